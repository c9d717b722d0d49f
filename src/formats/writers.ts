// The format writers as pure functions: the records they read beside the incidents (place labels and points,
// the sides of parties) are passed in, so a bundle that imports them holds neither the shipped records nor zod.
import type { Party, Place } from "../schema/index.js";
import { type CSVOptions, incidentsCSV } from "./csv.js";
import { type IncidentFeatureCollection, incidentsGeoJSON } from "./geojson.js";
import { indexById } from "../lookup/index-by-id.js";
import type { Incident } from "../schema/index.js";

/** The places and parties a writer looks incidents' references up in (a dataset, or the arrays it holds). */
export interface WriterRecords {
  readonly places: readonly Place[];
  readonly parties?: readonly Party[];
}

const indexOf = (records: WriterRecords) => ({ placeById: indexById(records.places), partyById: indexById(records.parties ?? []) });

/** `toCSV` with the places and parties given: `writeCSV(incidents, { places, parties })`. */
export function writeCSV(incidents: readonly Incident[], records: WriterRecords, options: CSVOptions = {}): string {
  return incidentsCSV(incidents, options, indexOf(records));
}

/** `toGeoJSON` with the places given: `writeGeoJSON(incidents, { places })`. */
export function writeGeoJSON(incidents: readonly Incident[], records: WriterRecords): IncidentFeatureCollection {
  return incidentsGeoJSON(incidents, indexOf(records));
}
