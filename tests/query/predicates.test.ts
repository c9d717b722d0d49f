import { describe, expect, it } from "vitest";
import { InvalidQueryError } from "../../src/errors.js";
import { makeFixture } from "../fixtures/dataset.js";

const data = makeFixture();

describe("predicates", () => {
  it("compose with Array.prototype.filter and agree with filterIncidents", () => {
    const composed = data.incidents
      .filter(data.byDate({ from: "2021" }))
      .filter(data.byParty("armenia"))
      .filter(data.byLocation({ place: "north-province" }));
    expect(composed).toEqual(data.filterIncidents({ from: "2021", party: "armenia", place: "north-province" }));
    expect(composed.map((i) => i.id)).toEqual(["2023-04-11-beta"]);
  });

  it("check their input once, when made", () => {
    expect(() => data.byDate({ from: "2023-13" })).toThrow(InvalidQueryError);
    expect(() => data.byType([])).toThrow(InvalidQueryError);
    expect(() => data.byLocation({ plase: "alpha" } as never)).toThrow('Did you mean "place"?');
  });

  it("byType matches any of the incident's types", () => {
    expect(data.incidents.filter(data.byType("shelling")).map((i) => i.id)).toEqual(["2020-07-12-alpha"]);
  });
});
