import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { InvalidQueryError } from "../../src/errors.js";
import { createDataset } from "../../src/create.js";
import {
  CLAIM_COLUMNS,
  EPISODE_COLUMNS,
  ESTIMATE_COLUMNS,
  INCIDENT_COLUMNS,
  incidentRow,
} from "../../src/formats/rows.js";
import { writeCSV, writeGeoJSON } from "../../src/formats/writers.js";
import { fixtureInput, makeFixture } from "../fixtures/dataset.js";

const data = makeFixture();
const { filterIncidents, getIncident, incidents, toCSV, toGeoJSON, toNDJSON } = data;

const index = {
  placeById: new Map(data.places.map((p) => [p.id, p])),
  partyById: new Map(data.parties.map((p) => [p.id, p])),
};
const records = (csv: string) => parse(csv, { columns: true, record_delimiter: "\r\n" }) as Record<string, string>[];

describe("toCSV", () => {
  it("writes one row per incident with the columns in a fixed order, CRLF line ends", () => {
    const csv = toCSV(incidents);
    expect(csv.split("\r\n")[0]).toBe(INCIDENT_COLUMNS.join(","));
    expect(csv.endsWith("\r\n")).toBe(true);
    const rows = records(csv);
    expect(rows.map((row) => row["id"])).toEqual(incidents.map((incident) => incident.id));
  });

  it("keeps commas, quotes and line breaks inside quoted fields (RFC 4180)", () => {
    const row = records(toCSV([getIncident("2023-04-11-beta")]))[0]!;
    expect(row["summary"]).toBe(getIncident("2023-04-11-beta").summary);
    expect(row["summary"]).toContain('"quote"\n');
    expect(row["place_labels"]).toBe("Beta; The Ridge");
    expect(row["time"]).toBe("16:00");
  });

  it("gives per side the low / best / high summed over that side's parties, empty where nobody gave a number", () => {
    const row = records(toCSV([getIncident("2020-07-12-alpha")]))[0]!;
    expect([row["armenia_killed_low"], row["armenia_killed_best"], row["armenia_killed_high"]]).toEqual([
      "5",
      "5",
      "5",
    ]);
    expect([row["azerbaijan_killed_low"], row["azerbaijan_killed_best"], row["azerbaijan_killed_high"]]).toEqual([
      "12",
      "12",
      "30",
    ]);
    expect(row["azerbaijan_wounded_best"]).toBe("");
    expect(ESTIMATE_COLUMNS).toHaveLength(5 * 4 * 3);
  });

  it("writes a table of claims, with counts numeric and 'no number given' listed apart", () => {
    const rows = records(toCSV([getIncident("2020-07-12-alpha")], { table: "claims" }));
    expect(Object.keys(rows[0]!)).toEqual([...CLAIM_COLUMNS]);
    // The incident's four claims, then the two of the episode it belongs to.
    expect(rows).toHaveLength(6);
    expect(rows[0]).toMatchObject({
      incident_id: "2020-07-12-alpha",
      episode_id: "",
      claimant: "am-mod",
      claimant_side: "armenia",
      losses_side: "armenia",
      killed: "4",
    });
    expect(rows[2]).toMatchObject({ claimant: "az-mod", killed: "12", wounded: "", unspecified: "wounded" });
    expect(rows[4]).toMatchObject({
      incident_id: "",
      episode_id: "summer-escalation",
      claimant: "am-mod",
      killed: "10",
      statement_day: "2020-08-01",
      statement_day_from: "reported",
    });
  });

  it("dates a claim without a reported day by its first source's publication, and says so", () => {
    // src-b has no publication date: nothing dates the claim.
    const [beta] = records(toCSV([getIncident("2023-04-11-beta")], { table: "claims" }));
    expect(beta).toMatchObject({ reported: "", statement_day: "", statement_day_from: "" });
    const data = createDataset({
      ...fixtureInput,
      incidents: fixtureInput.incidents.map((incident) =>
        incident.id === "2023-04-11-beta"
          ? { ...incident, casualties: [{ losses: "az-army", killed: 3, claimant: "az-mod", sources: ["src-a"] }] }
          : incident,
      ),
    });
    const [dated] = records(data.toCSV([data.getIncident("2023-04-11-beta")], { table: "claims" }));
    expect(dated).toMatchObject({ reported: "", statement_day: "2021-01-01", statement_day_from: "source-published" });
  });

  it("gives a claim's bounds in their own columns", () => {
    const data = createDataset({
      ...fixtureInput,
      incidents: fixtureInput.incidents.map((incident) =>
        incident.id === "2023-04-11-beta"
          ? {
              ...incident,
              casualties: [
                {
                  losses: "am-army",
                  killed: 800,
                  wounded: 5,
                  bounds: { killed: "upper" as const },
                  claimant: "az-mod",
                  sources: ["src-a"],
                },
              ],
            }
          : incident,
      ),
    });
    const [row] = records(data.toCSV([data.getIncident("2023-04-11-beta")], { table: "claims" }));
    expect(row).toMatchObject({ killed: "800", killed_bound: "upper", wounded: "5", wounded_bound: "" });
    // An upper bound alone gives no range: the incidents table leaves the figure empty rather than 800.
    const [incidentRowCsv] = records(data.toCSV([data.getIncident("2023-04-11-beta")]));
    expect(incidentRowCsv).toMatchObject({
      armenia_killed_best: "",
      armenia_wounded_best: "5",
      armenia_wounded_basis: "other-side",
    });
  });

  it("writes a table of episodes: those the incidents belong to, with estimates from their own claims", () => {
    const rows = records(toCSV(incidents, { table: "episodes" }));
    expect(Object.keys(rows[0]!)).toEqual([...EPISODE_COLUMNS]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: "summer-escalation",
      casualty_claims: "2",
      armenia_killed_best: "10",
      armenia_killed_high: "40",
      armenia_killed_basis: "own-camp",
    });
    expect(toCSV([getIncident("2023-04-11-beta")], { table: "episodes" })).toBe(`${EPISODE_COLUMNS.join(",")}\r\n`);
  });

  it("rejects what is not a list of incidents, and an unknown table", () => {
    expect(() => toCSV("incidents" as never)).toThrow(InvalidQueryError);
    expect(() => toCSV([{ id: 1 }] as never)).toThrow("must be an array of incidents");
    expect(() => toCSV(incidents, { table: "places" as never })).toThrow('Invalid table "places"');
    expect(toCSV([])).toBe(`${INCIDENT_COLUMNS.join(",")}\r\n`);
  });

  it("gives the columns an analyst needs: where (point, province, district), civilians apart, totals", () => {
    const rows = records(toCSV(incidents));
    const alpha = rows.find((row) => row["id"] === "2020-07-12-alpha")!;
    expect(alpha).toMatchObject({
      latitude: "40.9",
      longitude: "45.3",
      located_place: "alpha",
      located_relation: "at",
      province_id: "north-province",
      province: "North Province",
      district_id: "",
      armenia_forces_killed_best: "5",
      armenia_civilians_killed_best: "",
      azerbaijan_forces_killed_best: "12",
      killed_best_total: "17",
      wounded_best_total: "",
    });
    const gamma = rows.find((row) => row["id"] === "2021-05-gamma")!;
    expect(gamma).toMatchObject({
      located_place: "gamma",
      located_relation: "near",
      district_id: "east-district",
      province_id: "",
    });
    // No place of the incident has coordinates of its own: no point, rather than a guess.
    const ridgeOnly = createDataset({
      ...fixtureInput,
      incidents: [{ ...fixtureInput.incidents[2]!, locations: [{ place: "ridge", relation: "within" }] }],
    });
    const [ridge] = records(ridgeOnly.toCSV(ridgeOnly.incidents));
    expect(ridge).toMatchObject({ latitude: "", longitude: "", located_place: "", district_id: "east-district" });
  });

  it("builds rows with exactly the declared columns", () => {
    expect(Object.keys(incidentRow(getIncident("2023-04-11-beta"), index))).toEqual([...INCIDENT_COLUMNS]);
  });
});

describe("toGeoJSON", () => {
  it("carries an incident's figures on its first location's feature only, so a column sums each incident once", () => {
    // 2023-04-11-beta has two locations (beta, the ridge) and 3 Azerbaijani killed.
    const features = toGeoJSON([getIncident("2023-04-11-beta")]).features;
    expect(
      features.map((f) => [
        f.properties["location_index"],
        f.properties["azerbaijan_killed_best"],
        f.properties["casualty_claims"],
      ]),
    ).toEqual([
      [0, 3, 1],
      [1, null, null],
    ]);
    const all = toGeoJSON(incidents).features;
    const sum = (column: string) => all.reduce((total, f) => total + ((f.properties[column] as number | null) ?? 0), 0);
    const csvSum = (column: string) =>
      records(toCSV(incidents)).reduce((total, row) => total + Number(row[column] || 0), 0);
    expect(all.length).toBeGreaterThan(incidents.length);
    for (const column of ["azerbaijan_killed_best", "armenia_killed_best", "azerbaijan_killed_high"])
      expect(sum(column)).toBe(csvSum(column));
  });

  it("gives one feature per incident location, with [lon, lat] points and flat properties", () => {
    const collection = toGeoJSON(filterIncidents({ from: "2020", to: "2021" }));
    expect(collection.type).toBe("FeatureCollection");
    const alpha = collection.features.find((f) => f.id === "2020-07-12-alpha/alpha");
    expect(alpha?.geometry).toEqual({ type: "Point", coordinates: [45.3, 40.9] });
    expect(alpha?.properties).toMatchObject({
      id: "2020-07-12-alpha",
      location_place: "alpha",
      location_relation: "at",
      armenia_killed_best: 5,
    });
    for (const feature of collection.features) {
      for (const value of Object.values(feature.properties))
        expect(["string", "number", "object"]).toContain(typeof value);
      for (const value of Object.values(feature.properties)) if (typeof value === "object") expect(value).toBeNull();
    }
    const count = filterIncidents({ from: "2020", to: "2021" }).reduce(
      (n, incident) => n + incident.locations.length,
      0,
    );
    expect(collection.features).toHaveLength(count);
  });

  it("draws a place no source locates at its nearest located ancestor, never at a country's point beside a finer place", () => {
    const features = toGeoJSON([getIncident("2023-04-11-beta")]).features;
    const ridge = features.find((f) => f.properties["location_place"] === "ridge");
    // The ridge has no coordinates; its district has none either; the country has a point, but the incident is
    // also at Beta, a finer place, so the ridge is not drawn at the country's point.
    expect(ridge?.geometry).toBeNull();
    expect(ridge?.properties["location_geometry_from"]).toBeNull();
    const beta = features.find((f) => f.properties["location_place"] === "beta");
    expect(beta?.properties["location_geometry_from"]).toBe("beta");
    // Located only within the country, the incident is drawn at the country's point.
    const alone = { ...getIncident("2023-04-11-beta"), locations: [{ place: "ridge", relation: "near" as const }] };
    const [only] = toGeoJSON([alone]).features;
    expect(only?.geometry).toEqual({ type: "Point", coordinates: [47.5, 40.5] });
    expect(only?.properties["location_geometry_from"]).toBe("azerbaijan");
  });
});

describe("writeCSV and writeGeoJSON, with the records passed in", () => {
  it("write what the dataset's own writers write", () => {
    expect(writeCSV(incidents, data)).toBe(toCSV(incidents));
    expect(writeCSV(incidents, data, { table: "claims" })).toBe(toCSV(incidents, { table: "claims" }));
    expect(writeGeoJSON(incidents, { places: data.places })).toEqual(toGeoJSON(incidents));
  });
});

describe("toNDJSON", () => {
  it("writes one complete incident per line", () => {
    const lines = toNDJSON(incidents).trimEnd().split("\n");
    expect(lines).toHaveLength(incidents.length);
    expect(JSON.parse(lines[0]!)).toEqual(JSON.parse(JSON.stringify(incidents[0])));
  });
});
