// The format writers as pure functions: the records they read beside the incidents (place labels and points,
// the sides of parties) are passed in, so a bundle that imports them holds neither the shipped records nor zod.
import type { Episode, Party, Place, Source } from "../schema/index.js";
import { type CSVOptions, incidentsCSV } from "./csv.js";
import { type IncidentFeatureCollection, incidentsGeoJSON } from "./geojson.js";
import { InvalidQueryError } from "../errors.js";
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

/** The lists besides `places` (which is required) that a writer may be given. */
const OPTIONAL = ["parties", "sources", "episodes"] as const;

/** The records passed in: `places` a list of records with ids, the others such lists where given. */
function checkRecords(records: unknown): asserts records is WriterRecords {
  const given = records as Record<string, unknown> | null;
  const listOfRecords = (value: unknown) =>
    Array.isArray(value) &&
    value.every(
      (item) =>
        item !== null &&
        typeof item === "object" &&
        typeof (item as { id?: unknown }).id === "string" &&
        ((item as { aliases?: unknown }).aliases === undefined ||
          Array.isArray((item as { aliases?: unknown }).aliases)),
    );
  const ok =
    given !== null &&
    typeof given === "object" &&
    listOfRecords(given["places"]) &&
    OPTIONAL.every((name) => given[name] === undefined || listOfRecords(given[name]));
  if (!ok) {
    throw new InvalidQueryError(
      "records",
      records,
      "must be { places, parties?, sources?, episodes? }: a dataset, or arrays of its records",
    );
  }
}

const indexOf = (records: WriterRecords) => ({
  placeById: indexById(records.places),
  partyById: indexById(records.parties ?? []),
  sourceById: indexById(records.sources ?? []),
  episodeById: indexById(records.episodes ?? []),
});

/** `toCSV` with the places and parties given: `writeCSV(incidents, { places, parties })`. */
export function writeCSV(incidents: readonly Incident[], records: WriterRecords, options: CSVOptions = {}): string {
  checkRecords(records);
  return incidentsCSV(incidents, options, indexOf(records));
}

/** `toGeoJSON` with the places given: `writeGeoJSON(incidents, { places })`. */
export function writeGeoJSON(incidents: readonly Incident[], records: WriterRecords): IncidentFeatureCollection {
  checkRecords(records);
  return incidentsGeoJSON(incidents, indexOf(records));
}
