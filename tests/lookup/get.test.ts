import { describe, expect, it } from "vitest";
import { getIncident, getParty, getPlace, getSource, isIncidentId, isPlaceId, UnknownIdError } from "../../src/index.js";
import type { IncidentId, PlaceId } from "../../src/index.js";

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
  it("returns the record", () => {
    expect(getIncident("2023-04-11-tegh").span).toEqual({ start: "2023-04-11", end: "2023-04-11", precision: "day" });
    expect(getPlace("tegh").parent).toBe("syunik-province");
    expect(getParty("azerbaijan-mod").side).toBe("azerbaijan");
    const { sources } = getIncident("2023-04-11-tegh");
    expect(getSource(sources[0]!).id).toBe(sources[0]);
  });

  it("throws an UnknownIdError naming the id and suggesting close ones", () => {
    const error = thrown(() => getIncident("2023-04-11-tehg" as IncidentId));
    expect(error.kind).toBe("incident");
    expect(error.id).toBe("2023-04-11-tehg");
    expect(error.suggestions).toEqual(["2023-04-11-tegh"]);
    expect(error.message).toBe('Unknown incident id "2023-04-11-tehg". Did you mean "2023-04-11-tegh"?');
  });

  it("suggests a place by a spelling it is known under", () => {
    expect(thrown(() => getPlace("tekh" as PlaceId)).suggestions[0]).toBe("tegh");
    expect(thrown(() => getPlace("khankendi" as PlaceId)).suggestions[0]).toBe("stepanakert");
  });

  it("rejects non-string ids with the same error", () => {
    expect(thrown(() => getParty(42 as never)).message).toBe('Unknown party id "42".');
  });
});

describe("id guards", () => {
  it("narrow plain strings to the release's ids", () => {
    const fromUser: string = "tegh";
    expect(isPlaceId(fromUser)).toBe(true);
    if (isPlaceId(fromUser)) expect(getPlace(fromUser).name).toBe("Tegh");
    expect(isPlaceId("Tegh")).toBe(false);
    expect(isIncidentId(undefined)).toBe(false);
  });
});
