import { describe, expect, it } from "vitest";
import { filterIncidents, incidents, InvalidQueryError, UnknownIdError } from "../../src/index.js";
import type { IncidentQuery } from "../../src/index.js";

const ids = (query: IncidentQuery) => filterIncidents(query).map((incident) => incident.id);

describe("filterIncidents by date", () => {
  it("returns everything, sorted, without filters", () => {
    expect(ids({})).toEqual(incidents.map((incident) => incident.id));
  });

  it("matches spans that overlap a partial-date range: a year", () => {
    expect(ids({ from: "2023", to: "2023" })).toEqual([
      "2022-12-12-lachin-corridor",
      "2023-04-11-tegh",
      "2023-06-28-martuni-martakert",
      "2023-09-01-sotk",
    ]);
  });

  it("matches a multi-day incident on a day inside its span", () => {
    expect(ids({ from: "2020-07-15", to: "2020-07-15" })).toEqual(["2020-07-12-tavush-tovuz-border"]);
  });

  it("reads a month as its first day in from and its last day in to", () => {
    expect(ids({ from: "2023-06" })).toEqual(["2022-12-12-lachin-corridor", "2023-06-28-martuni-martakert", "2023-09-01-sotk"]);
    expect(ids({ to: "2016-04" })).toEqual(["2016-04-02-nagorno-karabakh-line-of-contact"]);
  });

  it("returns an empty list for a valid range with no incident", () => {
    expect(ids({ from: "2018", to: "2019" })).toEqual([]);
  });
});

describe("filterIncidents by place, party and type", () => {
  it("includes everything inside a place", () => {
    const inSyunik = ids({ place: "syunik-province" });
    expect(inSyunik).toContain("2023-04-11-tegh");
    expect(inSyunik).toContain("2022-09-13-jermuk");
    expect(inSyunik).not.toContain("2023-09-01-sotk");
    expect(ids({ place: "tegh" })).toEqual(["2023-04-11-tegh"]);
  });

  it("matches any of several places", () => {
    expect(ids({ place: ["tegh", "sotk"] })).toEqual(["2022-09-13-jermuk", "2023-04-11-tegh", "2023-09-01-sotk"]);
  });

  it("matches a side through all its actors, or one actor", () => {
    const karabakh = ids({ party: "nagorno-karabakh" });
    expect(karabakh).toContain("2016-04-02-nagorno-karabakh-line-of-contact");
    expect(karabakh).toContain("2023-06-28-martuni-martakert");
    expect(karabakh).not.toContain("2023-04-11-tegh");
    expect(ids({ party: "azerbaijan-civilians" })).toContain("2020-07-12-tavush-tovuz-border");
  });

  it("filters by type and combines filters with AND", () => {
    expect(ids({ type: "blockade" })).toEqual(["2022-12-12-lachin-corridor"]);
    expect(ids({ type: ["incursion", "blockade"], from: "2022" })).toEqual(["2022-09-13-jermuk", "2022-12-12-lachin-corridor"]);
    expect(ids({ place: "gegharkunik-province", from: "2023" })).toEqual(["2023-09-01-sotk"]);
  });

  it("finds incidents near a place or a point by great-circle distance", () => {
    expect(ids({ near: { place: "tegh", km: 5 } })).toEqual(["2023-04-11-tegh"]);
    expect(ids({ near: { place: "tegh", km: 10 } })).toEqual(["2022-12-12-lachin-corridor", "2023-04-11-tegh"]);
    // Sotk's coordinates as its page states them.
    expect(ids({ near: { lat: 40.20306, lon: 45.86472, km: 1 } })).toEqual(["2022-09-13-jermuk", "2023-09-01-sotk"]);
  });
});

describe("filterIncidents on bad input", () => {
  const rejects = (query: unknown) => () => filterIncidents(query as IncidentQuery);

  it("names an invalid date", () => {
    expect(rejects({ from: "2023-02-30" })).toThrow(new InvalidQueryError("from", "2023-02-30", "must be a date written YYYY, YYYY-MM or YYYY-MM-DD"));
    expect(rejects({ to: "June 2023" })).toThrow(InvalidQueryError);
  });

  it("rejects from after to", () => {
    expect(rejects({ from: "2024", to: "2023" })).toThrow('Invalid from "2024": is after to "2023".');
  });

  it("rejects a negative or non-finite radius and an out-of-range point", () => {
    expect(rejects({ near: { place: "tegh", km: -1 } })).toThrow("Invalid near.km -1");
    expect(rejects({ near: { place: "tegh", km: Number.NaN } })).toThrow(InvalidQueryError);
    expect(rejects({ near: { lat: 95, lon: 45, km: 1 } })).toThrow("Invalid near.lat 95");
  });

  it("rejects unknown ids with a suggestion", () => {
    expect(rejects({ party: "azerbijan" })).toThrow(new UnknownIdError("party", "azerbijan", ["azerbaijan"]));
    expect(rejects({ place: "tekh" })).toThrow('Unknown place id "tekh". Did you mean "tegh"?');
    expect(rejects({ near: { place: "tekh", km: 3 } })).toThrow(UnknownIdError);
    expect(rejects({ type: "shellings" })).toThrow(/Did you mean "shelling"\?/);
  });

  it("rejects an unknown filter instead of ignoring it, and an empty list", () => {
    expect(rejects({ form: "2023" })).toThrow('Invalid query "form": is not a filter; the filters are from, to, party, place, near, type. Did you mean "from"?');
    expect(rejects({ party: [] })).toThrow("must name at least one value");
    expect(rejects(null)).toThrow(InvalidQueryError);
  });
});
