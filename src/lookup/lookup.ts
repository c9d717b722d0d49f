// Lookups by id over one dataset's records: an unknown id throws with the closest ids as suggestions.
import type { IndexedRecords } from "./records.js";
import { type RecordKind, safeString, UnknownIdError } from "../errors.js";
import type { Episode, Incident, Party, Place, Source } from "../schema/index.js";
import { closest } from "./suggest.js";

function lookup<T>(kind: RecordKind, table: ReadonlyMap<string, T>, id: unknown, extra: () => string[] = () => []): T {
  // A value that is not a string is an unknown id too, named as it converts (never a TypeError of its own).
  const text = typeof id === "string" ? id : safeString(id);
  const found = typeof id === "string" ? table.get(id) : undefined;
  if (found !== undefined) return found;
  const suggestions = [...new Set([...extra(), ...closest(text, table.keys())])].slice(0, 3);
  throw new UnknownIdError(kind, text, suggestions);
}

export interface Lookups {
  getIncident(id: string): Incident;
  getPlace(id: string): Place;
  getParty(id: string): Party;
  getSource(id: string): Source;
  getEpisode(id: string): Episode;
  isEpisodeId(value: unknown): boolean;
  isIncidentId(value: unknown): boolean;
  isPlaceId(value: unknown): boolean;
  isPartyId(value: unknown): boolean;
  isSourceId(value: unknown): boolean;
}

/** `placesNamed` suggests places known under a mistyped id as a name: "tekh" suggests "tegh". */
export function lookupsFor(records: IndexedRecords, placesNamed: (id: string) => string[]): Lookups {
  const has = (table: ReadonlyMap<string, unknown>) => (value: unknown) =>
    typeof value === "string" && table.has(value);
  return {
    getIncident: (id) => lookup("incident", records.incidentById, id),
    getPlace: (id) => lookup("place", records.placeById, id, () => (typeof id === "string" ? placesNamed(id) : [])),
    getParty: (id) => lookup("party", records.partyById, id),
    getSource: (id) => lookup("source", records.sourceById, id),
    getEpisode: (id) => lookup("episode", records.episodeById, id),
    isEpisodeId: has(records.episodeById),
    isIncidentId: has(records.incidentById),
    isPlaceId: has(records.placeById),
    isPartyId: has(records.partyById),
    isSourceId: has(records.sourceById),
  };
}
