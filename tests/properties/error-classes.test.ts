// Each helper's bad input raises one of the package's own errors (isIncidentsError), with the input named: the
// options of casualtyTotals, the filters and their predicates, the writers, distanceKm.
import { describe, expect, it } from "vitest";
import {
  byDate,
  byType,
  casualtyTotals,
  distanceKm,
  filterIncidents,
  incidents,
  InvalidOptionError,
  InvalidPointError,
  InvalidQueryError,
  isIncidentsError,
  release,
  toNDJSON,
  UnknownIdError,
  writeCSV,
} from "../../src/index.js";

/** What a call threw. */
function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to throw");
}

describe("the package's own error classes", () => {
  it("casualtyTotals: a bad option is an InvalidOptionError, still a TypeError", () => {
    for (const options of [{ by: "month" }, { episodes: "yes" }, { by: Object.create(null) }]) {
      const error = thrown(() => casualtyTotals(incidents, options as never));
      expect(error).toBeInstanceOf(InvalidOptionError);
      expect(error).toBeInstanceOf(TypeError);
      expect(isIncidentsError(error)).toBe(true);
    }
    expect((thrown(() => release.casualtyTotals([], { by: "month" } as never)) as InvalidOptionError).parameter).toBe(
      "by",
    );
  });

  it("the filters, their predicates and the writers: InvalidQueryError or UnknownIdError", () => {
    expect(thrown(() => filterIncidents({ from: "2023-13" }))).toBeInstanceOf(InvalidQueryError);
    expect(thrown(() => byDate({ form: "2023" } as never))).toBeInstanceOf(InvalidQueryError);
    expect(thrown(() => byType("shellings" as never))).toBeInstanceOf(InvalidQueryError);
    expect(thrown(() => filterIncidents({ place: "nowhere" as never }))).toBeInstanceOf(UnknownIdError);
    expect(thrown(() => toNDJSON("x" as never))).toBeInstanceOf(InvalidQueryError);
    expect(thrown(() => writeCSV(incidents, { places: 3 } as never))).toBeInstanceOf(InvalidQueryError);
  });

  it("distanceKm: InvalidPointError, still a RangeError", () => {
    const error = thrown(() => distanceKm([200, 0], [0, 0]));
    expect(error).toBeInstanceOf(InvalidPointError);
    expect(isIncidentsError(error)).toBe(true);
  });
});
