import { describe, expect, it } from "vitest";
import { InvalidQueryError, UnknownIdError } from "../../src/errors.js";
import { FILTER_KEYS, FILTER_SPECS } from "../../src/query/filters.js";
import { createDataset } from "../../src/create.js";
import { distanceKm } from "../../src/gazetteer/distance.js";
import { distanceToLineKm } from "../../src/gazetteer/line-distance.js";
import { fixtureIncidents, fixtureInput, makeFixture } from "../fixtures/dataset.js";

const data = makeFixture();
type Query = Parameters<typeof data.filterIncidents>[0];
const ids = (query: Query) => data.filterIncidents(query).map((incident) => incident.id);

describe("filterIncidents by date", () => {
  it("returns everything, sorted, without filters", () => {
    expect(ids({})).toEqual(["2020-07-12-alpha", "2021-05-gamma", "2023-04-11-beta"]);
  });

  it("matches spans that overlap a partial-date range: a year", () => {
    expect(ids({ from: "2023", to: "2023" })).toEqual(["2023-04-11-beta"]);
    expect(ids({ from: "2020", to: "2021" })).toEqual(["2020-07-12-alpha", "2021-05-gamma"]);
  });

  it("matches a multi-day incident on a day inside its span", () => {
    expect(ids({ from: "2020-07-15", to: "2020-07-15" })).toEqual(["2020-07-12-alpha"]);
  });

  it("reads a month as its first day in from and its last day in to; a month-precision span covers the month", () => {
    expect(ids({ from: "2021-05-31" })).toEqual(["2021-05-gamma", "2023-04-11-beta"]);
    expect(ids({ to: "2020-07" })).toEqual(["2020-07-12-alpha"]);
    expect(ids({ from: "2021-05-15", to: "2021-05-15" })).toEqual(["2021-05-gamma"]);
  });

  it("returns an empty list for a valid range with no incident", () => {
    expect(ids({ from: "2018", to: "2019" })).toEqual([]);
  });
});

describe("filterIncidents by place, party and type", () => {
  it("includes everything inside a place", () => {
    expect(ids({ place: "north-province" })).toEqual(["2020-07-12-alpha", "2023-04-11-beta"]);
    expect(ids({ place: "alpha" })).toEqual(["2020-07-12-alpha"]);
    expect(ids({ place: "azerbaijan" })).toEqual(["2021-05-gamma", "2023-04-11-beta"]);
  });

  it("matches any of several places, and accepts an alias", () => {
    expect(ids({ place: ["alpha", "gamma"] })).toEqual(["2020-07-12-alpha", "2021-05-gamma"]);
    expect(ids({ place: "gama" })).toEqual(["2021-05-gamma"]);
  });

  it("matches a side through all its actors, or one actor", () => {
    expect(ids({ party: "nagorno-karabakh" })).toEqual(["2021-05-gamma"]);
    expect(ids({ party: "armenia" })).toEqual(["2020-07-12-alpha", "2023-04-11-beta"]);
    expect(ids({ party: "az-army" })).toEqual(["2020-07-12-alpha", "2021-05-gamma", "2023-04-11-beta"]);
    // A party that only made a statement is not involved.
    expect(ids({ party: "am-mod" })).toEqual([]);
  });

  it("filters by type and combines filters with AND", () => {
    expect(ids({ type: "incursion" })).toEqual(["2021-05-gamma"]);
    expect(ids({ type: ["shelling", "drone-strike"], from: "2021" })).toEqual(["2023-04-11-beta"]);
    expect(ids({ place: "armenia", from: "2021" })).toEqual(["2023-04-11-beta"]);
  });

  it("finds incidents near a place or a point by great-circle distance", () => {
    // Alpha and Beta are about 6.9 km apart.
    expect(ids({ near: { place: "alpha", km: 5 } })).toEqual(["2020-07-12-alpha"]);
    expect(ids({ near: { place: "alpha", km: 10 } })).toEqual(["2020-07-12-alpha", "2023-04-11-beta"]);
    expect(ids({ near: { lat: 39.8, lon: 46.8, km: 1 } })).toEqual(["2021-05-gamma"]);
  });

  it("measures near a place drawn as a line from the line's segments, not only its points", () => {
    // The Front runs from Alpha to Beta and has no point of its own.
    expect(ids({ near: { place: "front", km: 0 } })).toEqual(["2020-07-12-alpha", "2023-04-11-beta"]);
    // About 1 km off the middle of the segment, 3.5 km from either end.
    const beside: [number, number] = [45.3155, 40.9304];
    expect(
      distanceToLineKm(beside, [
        [45.3, 40.9],
        [45.35, 40.95],
      ]),
    ).toBeCloseTo(1, 1);
    expect(distanceKm(beside, [45.3, 40.9])).toBeGreaterThan(3);
    const withBeside = createDataset({
      ...fixtureInput,
      places: [
        ...fixtureInput.places,
        {
          id: "beside",
          kind: "settlement",
          country: "AM",
          parent: "north-province",
          name: "Beside",
          names: {},
          variants: [],
          coordinates: beside,
          coordinateSource: { geonamesId: 2 },
        },
      ],
      incidents: [
        ...fixtureInput.incidents,
        { ...fixtureIncidents[0]!, id: "2020-07-13-beside", locations: [{ place: "beside", relation: "at" }] },
      ],
    });
    const near = (place: string, km: number) =>
      withBeside.filterIncidents({ near: { place, km } }).map((incident) => incident.id);
    expect(near("front", 1.5)).toContain("2020-07-13-beside");
    expect(near("front", 0.5)).not.toContain("2020-07-13-beside");
    expect(near("front", 0.5)).toEqual(
      withBeside.incidents.filter(withBeside.byLocation({ near: { place: "front", km: 0.5 } })).map((i) => i.id),
    );
    // A place with a line and a point is measured from its line: Alpha is 34 km from High Road's end, 48 km from
    // its point.
    expect(ids({ near: { place: "high-road", km: 36 } })).toEqual(["2020-07-12-alpha"]);
    expect(ids({ near: { place: "high-road", km: 30 } })).toEqual([]);
  });
});

describe("filterIncidents on bad input", () => {
  const rejects = (query: unknown) => () => data.filterIncidents(query as Query);

  it("names an invalid date", () => {
    expect(rejects({ from: "2023-02-30" })).toThrow(
      new InvalidQueryError("from", "2023-02-30", "is not a calendar date"),
    );
    expect(rejects({ to: "June 2023" })).toThrow(InvalidQueryError);
  });

  it("rejects from after to", () => {
    expect(rejects({ from: "2024", to: "2023" })).toThrow('Invalid from "2024": is after to "2023".');
  });

  it("rejects a negative or non-finite radius, an out-of-range point, a place without coordinates", () => {
    expect(rejects({ near: { place: "alpha", km: -1 } })).toThrow("Invalid near.km -1");
    expect(rejects({ near: { place: "alpha", km: Number.NaN } })).toThrow(InvalidQueryError);
    expect(rejects({ near: { lat: 95, lon: 45, km: 1 } })).toThrow("Invalid near.lat 95");
    expect(rejects({ near: { place: "ridge", km: 1 } })).toThrow("has no coordinates");
  });

  it("rejects unknown ids with a suggestion", () => {
    expect(rejects({ party: "azerbijan" })).toThrow(new UnknownIdError("party", "azerbijan", ["azerbaijan"]));
    expect(rejects({ place: "alfa" })).toThrow('Unknown place id "alfa". Did you mean "alpha"?');
    expect(rejects({ near: { place: "alfa", km: 3 } })).toThrow(UnknownIdError);
    expect(rejects({ type: "shellings" })).toThrow(/Did you mean "shelling"\?/);
  });

  it("rejects an unknown filter instead of ignoring it, and an empty list", () => {
    expect(rejects({ form: "2023" })).toThrow(
      'Invalid query "form": is not a filter; the filters are from, to, party, place, near, type, episode, inclusion, excludeInclusion. Did you mean "from"?',
    );
    expect(rejects({ party: [] })).toThrow("must name at least one value");
    expect(rejects(null)).toThrow(InvalidQueryError);
  });
});

describe("the filter registry", () => {
  it("lists the keys filterIncidents accepts, in the order of the specs", () => {
    expect(FILTER_SPECS.map((spec) => spec.key)).toEqual([...FILTER_KEYS]);
  });
});
