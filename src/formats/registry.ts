// The registry of incident formats: each format is one module (its help line, the files the build emits in it, and
// its writer), and one line here. The registry drives the command line's --format values and help and the files
// `npm run build` emits in dist/data/.
import { csvFormat } from "./csv.js";
import type { IncidentFormat } from "./format.js";
import { geojsonFormat } from "./geojson.js";
import { jsonFormat } from "./json.js";
import { ndjsonFormat } from "./ndjson.js";

export type { IncidentFormat } from "./format.js";

export const INCIDENT_FORMATS = {
  json: jsonFormat,
  ndjson: ndjsonFormat,
  csv: csvFormat,
  geojson: geojsonFormat,
} as const satisfies Record<string, IncidentFormat>;

export type IncidentFormatName = keyof typeof INCIDENT_FORMATS;
export const INCIDENT_FORMAT_NAMES = Object.keys(INCIDENT_FORMATS) as IncidentFormatName[];
