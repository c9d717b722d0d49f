import { describe, expect, it } from "vitest";
import { byDate, byLocation, byParty, byType, filterIncidents, incidents, InvalidQueryError } from "../../src/index.js";

describe("predicates", () => {
  it("compose with Array.prototype.filter and agree with filterIncidents", () => {
    const composed = incidents.filter(byDate({ from: "2021" })).filter(byParty("armenia")).filter(byLocation({ place: "syunik-province" }));
    expect(composed).toEqual(filterIncidents({ from: "2021", party: "armenia", place: "syunik-province" }));
    expect(composed.length).toBeGreaterThan(0);
  });

  it("check their input once, when made", () => {
    expect(() => byDate({ from: "2023-13" })).toThrow(InvalidQueryError);
    expect(() => byType([])).toThrow(InvalidQueryError);
    expect(() => byLocation({ plase: "tegh" } as never)).toThrow('Did you mean "place"?');
  });

  it("byType matches any of the incident's types", () => {
    expect(incidents.filter(byType("drone-strike")).map((i) => i.id)).toContain("2023-09-01-sotk");
  });
});
