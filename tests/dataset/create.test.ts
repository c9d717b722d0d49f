import { describe, expect, it } from "vitest";
import { createDataset, DatasetError, type IncidentInput } from "../../src/create.js";
import * as shipped from "../../src/index.js";
import { fixtureInput, makeFixture } from "../fixtures/dataset.js";

const thrown = (fn: () => unknown): DatasetError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof DatasetError) return error;
    throw error;
  }
  throw new Error("expected a DatasetError");
};

const tegh = shipped.getIncident("2023-04-11-tegh");
const mine: IncidentInput = {
  ...structuredClone(tegh),
  id: "my-2023-05-20-tegh",
  span: { start: "2023-05-20", end: "2023-05-20", precision: "day" },
  file: "my-records.json",
};

describe("createDataset", () => {
  it("merges a user's incident with the shipped records, and filters both", () => {
    const merged = createDataset({ ...shipped, incidents: [...shipped.incidents, mine] });
    expect(merged.info.counts.incidents).toBe(shipped.incidents.length + 1);
    const query = { place: "syunik-province", from: "2023-04", to: "2023-05" } as const;
    const ids = merged.filterIncidents(query).map((i) => i.id);
    expect(ids).toContain("my-2023-05-20-tegh");
    expect(ids.filter((id) => id !== "my-2023-05-20-tegh")).toEqual(shipped.filterIncidents(query).map((i) => i.id));
    expect(merged.getIncident("my-2023-05-20-tegh").file).toBe("my-records.json");
    // The shipped dataset is untouched.
    expect(shipped.isIncidentId("my-2023-05-20-tegh")).toBe(false);
    expect(shipped.release.incidents).toHaveLength(shipped.dataset.counts.incidents);
  });

  it("made from the shipped records, equals the shipped dataset: same code, same derivation", () => {
    const again = createDataset(shipped);
    expect(again.incidents).toEqual(shipped.incidents);
    expect(again.places).toEqual(shipped.places);
    expect(again.toCSV(again.incidents)).toBe(shipped.toCSV(shipped.incidents));
  });

  it("recomputes derived fields instead of trusting them", () => {
    const forged = { ...structuredClone(mine), sides: ["russia"], estimates: [] } as unknown as IncidentInput;
    const data = createDataset({ ...fixtureInput, ...shipped, incidents: [forged] });
    const incident = data.getIncident("my-2023-05-20-tegh");
    expect(incident.sides).toEqual(tegh.sides);
    expect(incident.estimates).toEqual(tegh.estimates);
    const { label: _label, ancestors: _ancestors, ...rawPlace } = shipped.getPlace("stepanakert");
    const withPlace = createDataset({
      ...shipped,
      places: shipped.places.map((p) => (p.id === "stepanakert" ? { ...rawPlace, label: "wrong" } : p)),
    });
    expect(withPlace.getPlace("stepanakert").label).toBe("Stepanakert / Khankendi");
  });

  it("gives incidents without a file a marker file", () => {
    const { file: _file, ...noFile } = mine;
    expect(createDataset({ ...shipped, incidents: [noFile] }).getIncident("my-2023-05-20-tegh").file).toBe(
      "(createDataset)",
    );
  });

  it("throws a DatasetError listing every invalid record by id and path, not only the first", () => {
    const error = thrown(() =>
      createDataset({
        ...fixtureInput,
        incidents: [
          { ...fixtureInput.incidents[0]!, span: { start: "2020-02-30", end: "2020-02-30", precision: "day" } },
          { ...fixtureInput.incidents[1]!, types: [] },
        ],
        parties: [...fixtureInput.parties, { id: "Bad Id", name: "x", side: "other", kind: "ngo" }],
      }),
    );
    expect(error.issues.map((i) => `${i.collection} ${i.record} ${i.path.join(".")}`)).toEqual([
      "incidents 2020-07-12-alpha span.start",
      "incidents 2020-07-12-alpha span.end",
      "incidents 2021-05-gamma types",
      "parties Bad Id id",
    ]);
    expect(error.message).toContain("4 problem(s)");
  });

  it("checks the records against each other: references resolve, ids are unique", () => {
    const error = thrown(() =>
      createDataset({
        ...fixtureInput,
        incidents: [
          { ...fixtureInput.incidents[0]!, locations: [{ place: "nowhere", relation: "at" }] },
          fixtureInput.incidents[0]!,
        ],
      }),
    );
    expect(error.issues.some((i) => i.record === "2020-07-12-alpha" && i.message.includes("nowhere"))).toBe(true);
    expect(
      error.issues.some(
        (i) => i.message.includes("unique") || i.message.includes("duplicate") || i.message.includes("more than once"),
      ),
    ).toBe(true);
  });

  it("makes datasets that share no state", () => {
    const a = makeFixture();
    const b = createDataset({
      ...fixtureInput,
      places: fixtureInput.places.filter((p) => p.id !== "beta" && p.id !== "front"),
      incidents: fixtureInput.incidents.slice(0, 2),
    });
    expect(a.findPlaces("Beta")).toHaveLength(1);
    expect(b.findPlaces("Beta")).toEqual([]);
    expect(a.descendantsOf("north-province")).toHaveLength(2);
    expect(b.descendantsOf("north-province")).toHaveLength(1);
    expect(Object.isFrozen(a.incidents[0])).toBe(true);
    expect(a.incidents[0]).not.toBe(b.incidents[0]);
  });
});

describe("createDataset reports every problem at once", () => {
  it("lists a schema problem and the unknown references of the records that parsed, in one DatasetError", () => {
    const [alpha, gamma, beta] = fixtureInput.incidents;
    const input = {
      ...fixtureInput,
      incidents: [
        { ...alpha!, span: { start: "2020-02-30", end: "2020-02-30", precision: "day" as const } },
        { ...gamma!, locations: [{ place: "nowhere", relation: "at" as const }] },
        { ...beta!, sources: ["no-such-source"], casualties: [] },
      ],
    };
    let error: unknown;
    try {
      createDataset(input);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DatasetError);
    const issues = (error as DatasetError).issues.map((issue) => `${issue.record} ${issue.path.join(".")}`);
    expect(issues).toEqual([
      "2020-07-12-alpha span.start",
      "2020-07-12-alpha span.end",
      "2021-05-gamma locations.0.place",
      "2023-04-11-beta sources.0",
    ]);
  });

  it("does not report a reference to a record that failed its own schema as unknown", () => {
    const places = fixtureInput.places.map((place) => (place.id === "alpha" ? { ...place, kind: "village" } : place));
    let error: unknown;
    try {
      createDataset({ ...fixtureInput, places: places as never });
    } catch (caught) {
      error = caught;
    }
    const issues = (error as DatasetError).issues;
    expect(issues[0]).toMatchObject({ collection: "places", record: "alpha", path: ["kind"] });
    // The incident at alpha parsed, but its place did not: no "unknown place" issue repeats the problem.
    expect(issues.some((issue) => issue.message.includes('unknown place id "alpha"'))).toBe(false);
  });
});
