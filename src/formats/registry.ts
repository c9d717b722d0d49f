// The registry of incident formats: one entry per format drives the command line's --format values and help, and
// the files `npm run build` emits in dist/data/. Adding a format is adding an entry here.
import type { CSVOptions } from "./csv.js";
import type { IncidentFeatureCollection } from "./geojson.js";

/** What a writer needs of a dataset: its format helpers, which read its places and parties. */
export interface FormatTarget<I> {
  toCSV(incidents: readonly I[], options?: CSVOptions): string;
  toGeoJSON(incidents: readonly I[]): IncidentFeatureCollection;
  toNDJSON(incidents: readonly I[]): string;
}

export interface IncidentFormat {
  /** One line for the help. */
  readonly description: string;
  /** Files emitted in dist/data/ in this format, each with the options it is written with. */
  readonly files: readonly { readonly name: string; readonly options?: CSVOptions }[];
  /** The whole output, ending with a line break. */
  write<I>(target: FormatTarget<I>, incidents: readonly I[], options?: CSVOptions): string;
}

const line = (text: string) => (text.endsWith("\n") ? text : `${text}\n`);

export const INCIDENT_FORMATS = {
  json: {
    description: "a JSON array of complete incidents",
    files: [],
    write: (_target, incidents) => line(JSON.stringify(incidents, null, 2)),
  },
  ndjson: {
    description: "one complete incident per line (NDJSON)",
    files: [{ name: "incidents.ndjson" }],
    write: (target, incidents) => target.toNDJSON(incidents),
  },
  csv: {
    description:
      "RFC 4180: one row per incident, per casualty claim with --table claims, per episode with --table episodes",
    files: [
      { name: "incidents.csv" },
      { name: "claims.csv", options: { table: "claims" } },
      { name: "episodes.csv", options: { table: "episodes" } },
    ],
    write: (target, incidents, options) => target.toCSV(incidents, options),
  },
  geojson: {
    description: "RFC 7946: one feature per incident location, the figures on the first location's only",
    files: [{ name: "incidents.geojson" }],
    write: (target, incidents) => line(JSON.stringify(target.toGeoJSON(incidents))),
  },
} as const satisfies Record<string, IncidentFormat>;

export type IncidentFormatName = keyof typeof INCIDENT_FORMATS;
export const INCIDENT_FORMAT_NAMES = Object.keys(INCIDENT_FORMATS) as IncidentFormatName[];
