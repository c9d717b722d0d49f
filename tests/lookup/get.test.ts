import { describe, expect, it } from "vitest";
import { UnknownIdError } from "../../src/errors.js";
import { makeFixture } from "../fixtures/dataset.js";

const data = makeFixture();

const thrown = (fn: () => unknown): UnknownIdError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof UnknownIdError) return error;
    throw error;
  }
  throw new Error("expected an UnknownIdError");
};

describe("get by id", () => {
  it("returns the record, by id or alias", () => {
    expect(data.getIncident("2023-04-11-beta").span).toEqual({
      start: "2023-04-11",
      end: "2023-04-11",
      precision: "day",
    });
    expect(data.getPlace("beta").parent).toBe("north-province");
    expect(data.getPlace("gama").id).toBe("gamma");
    expect(data.getParty("az-mod").side).toBe("azerbaijan");
    expect(data.getSource("src-b").publisher).toBe("Outlet B");
  });

  it("throws an UnknownIdError naming the id and suggesting close ones", () => {
    const error = thrown(() => data.getIncident("2023-04-11-bteа"));
    expect(error.kind).toBe("incident");
    expect(error.suggestions).toEqual(["2023-04-11-beta"]);
    expect(thrown(() => data.getIncident("2023-04-11-btea")).message).toBe(
      'Unknown incident id "2023-04-11-btea". Did you mean "2023-04-11-beta"?',
    );
  });

  it("suggests a place by a spelling or a side's name it is known under", () => {
    expect(thrown(() => data.getPlace("ghamma")).suggestions[0]).toBe("gamma");
    expect(thrown(() => data.getPlace("gammavan")).suggestions[0]).toBe("gamma");
  });

  it("rejects non-string ids with the same error", () => {
    expect(thrown(() => data.getParty(42 as never)).message).toBe('Unknown party id "42".');
  });
});

describe("id guards", () => {
  it("narrow plain strings to the dataset's ids", () => {
    expect(data.isPlaceId("alpha")).toBe(true);
    expect(data.isPlaceId("gama")).toBe(true);
    expect(data.isPlaceId("Alpha")).toBe(false);
    expect(data.isIncidentId(undefined)).toBe(false);
    expect(data.isSourceId("src-a")).toBe(true);
    expect(data.isPartyId("src-a")).toBe(false);
  });
});
