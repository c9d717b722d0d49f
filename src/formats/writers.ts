// The format writers as pure functions: the records they read beside the incidents (place labels and points,
// the sides of parties) are passed in, so a bundle that imports them holds neither the shipped records nor zod.
import type { Episode, Party, Place, Source } from "../schema/index.js";
import { type CSVOptions, incidentsCSV } from "./csv.js";
import { type IncidentFeatureCollection, incidentsGeoJSON } from "./geojson.js";
import { indexById } from "../lookup/index-by-id.js";
import type { Incident } from "../schema/index.js";

/** The places and parties a writer looks incidents' references up in (a dataset, or the arrays it holds). */
export interface WriterRecords {
  readonly places: readonly Place[];
  readonly parties?: readonly Party[];
  /** Their publication days date the claims that give no `reported` day (claims table). */
  readonly sources?: readonly Source[];
  /** The episodes the incidents link to (episodes and claims tables). */
  readonly episodes?: readonly Episode[];
}

const indexOf = (records: WriterRecords) => ({
  placeById: indexById(records.places),
  partyById: indexById(records.parties ?? []),
  sourceById: indexById(records.sources ?? []),
  episodeById: indexById(records.episodes ?? []),
});

/** `toCSV` with the places and parties given: `writeCSV(incidents, { places, parties })`. */
export function writeCSV(incidents: readonly Incident[], records: WriterRecords, options: CSVOptions = {}): string {
  return incidentsCSV(incidents, options, indexOf(records));
}

/** `toGeoJSON` with the places given: `writeGeoJSON(incidents, { places })`. */
export function writeGeoJSON(incidents: readonly Incident[], records: WriterRecords): IncidentFeatureCollection {
  return incidentsGeoJSON(incidents, indexOf(records));
}
