// The format registry: each format is one module that writes from the records it is given (a dataset, or arrays
// of its records), and writes what the dataset's own helpers write.
import { describe, expect, it } from "vitest";
import { InvalidQueryError } from "../../src/errors.js";
import { INCIDENT_FORMAT_NAMES, INCIDENT_FORMATS } from "../../src/formats/registry.js";
import { makeFixture } from "../fixtures/dataset.js";

const data = makeFixture();
const arrays = { places: data.places, parties: data.parties, sources: data.sources, episodes: data.episodes };

describe("the format registry", () => {
  it("writes from the records given, as the dataset's helpers do", () => {
    const { csv, geojson, ndjson, json } = INCIDENT_FORMATS;
    expect(csv.write(arrays, data.incidents)).toBe(data.toCSV(data.incidents));
    expect(csv.write(data, data.incidents, { table: "claims" })).toBe(data.toCSV(data.incidents, { table: "claims" }));
    expect(geojson.write(arrays, data.incidents)).toBe(`${JSON.stringify(data.toGeoJSON(data.incidents))}\n`);
    expect(ndjson.write(arrays, data.incidents)).toBe(data.toNDJSON(data.incidents));
    expect(JSON.parse(json.write(arrays, data.incidents))).toEqual(JSON.parse(JSON.stringify(data.incidents)));
  });

  it("refuses records that are not a dataset's, in the package's own error", () => {
    for (const name of INCIDENT_FORMAT_NAMES.filter((name) => name === "csv" || name === "geojson"))
      expect(() => INCIDENT_FORMATS[name].write({ places: "x" } as never, data.incidents)).toThrow(InvalidQueryError);
  });
});
