// The format writers as pure functions: the records they read beside the incidents (place labels and points,
// the sides of parties) are passed in, so a bundle that imports them holds neither the shipped records nor zod.
import type { Incident } from "../schema/index.js";
import { type CSVOptions, incidentsCSV } from "./csv.js";
import { type IncidentFeatureCollection, incidentsGeoJSON } from "./geojson.js";
import { formatIndexOf, type WriterRecords } from "./records.js";

export type { WriterRecords } from "./records.js";

/** `toCSV` with the places and parties given: `writeCSV(incidents, { places, parties })`. */
export function writeCSV(incidents: readonly Incident[], records: WriterRecords, options: CSVOptions = {}): string {
  return incidentsCSV(incidents, options, formatIndexOf(records));
}

/** `toGeoJSON` with the places given: `writeGeoJSON(incidents, { places })`. */
export function writeGeoJSON(incidents: readonly Incident[], records: WriterRecords): IncidentFeatureCollection {
  return incidentsGeoJSON(incidents, formatIndexOf(records));
}
