// Lookups by id. The parameter types accept only this release's ids; at run time an unknown id throws.
import { incidentById, partyById, placeById, sourceById } from "../data/records.js";
import type {
  CurrentIncidentId,
  CurrentPartyId,
  CurrentPlaceId,
  CurrentSourceId,
  Incident,
  IncidentAlias,
  IncidentId,
  Party,
  PartyAlias,
  PartyId,
  Place,
  PlaceAlias,
  PlaceId,
  Source,
  SourceAlias,
  SourceId,
} from "../data/types.js";
import { type RecordKind, UnknownIdError } from "../errors.js";
import { findPlaces } from "../gazetteer/find-places.js";
import { normalizeName } from "../gazetteer/normalize.js";
import { closest } from "./suggest.js";

function lookup<T>(kind: RecordKind, table: ReadonlyMap<string, T>, id: unknown, extra: () => string[] = () => []): T {
  const found = typeof id === "string" ? table.get(id) : undefined;
  if (found !== undefined) return found;
  const text = String(id);
  const suggestions = [...new Set([...extra(), ...closest(text, table.keys())])].slice(0, 3);
  throw new UnknownIdError(kind, text, suggestions);
}

/** Places known under the mistyped id as a name: "tekh" suggests "tegh", "khankendi" suggests "stepanakert". */
function placesNamed(id: unknown): string[] {
  if (typeof id !== "string" || normalizeName(id) === "") return [];
  return findPlaces(id).map((place) => place.id);
}

// Each lookup has a second, deprecated signature for aliases, so editors strike out calls with an old id.

export function getIncident(id: CurrentIncidentId): Incident;
/** @deprecated An old incident id: the record was merged or renamed. Use its current id (the returned record's `id`). */
export function getIncident(id: IncidentAlias): Incident;
/** A value typed as any id of this release, current or old (such as a record's own reference list). */
export function getIncident(id: IncidentId): Incident;
export function getIncident(id: IncidentId): Incident {
  return lookup("incident", incidentById, id);
}

export function getPlace(id: CurrentPlaceId): Place;
/** @deprecated An old place id: the record was merged or renamed. Use its current id (the returned record's `id`). */
export function getPlace(id: PlaceAlias): Place;
/** A value typed as any id of this release, current or old (such as a record's own reference list). */
export function getPlace(id: PlaceId): Place;
export function getPlace(id: PlaceId): Place {
  return lookup("place", placeById, id, () => placesNamed(id));
}

export function getParty(id: CurrentPartyId): Party;
/** @deprecated An old party id: the record was merged or renamed. Use its current id (the returned record's `id`). */
export function getParty(id: PartyAlias): Party;
/** A value typed as any id of this release, current or old (such as a record's own reference list). */
export function getParty(id: PartyId): Party;
export function getParty(id: PartyId): Party {
  return lookup("party", partyById, id);
}

export function getSource(id: CurrentSourceId): Source;
/** @deprecated An old source id: the record was merged or renamed. Use its current id (the returned record's `id`). */
export function getSource(id: SourceAlias): Source;
/** A value typed as any id of this release, current or old (such as a record's own reference list). */
export function getSource(id: SourceId): Source;
export function getSource(id: SourceId): Source {
  return lookup("source", sourceById, id);
}

/** For ids that arrive as plain strings (user input, URLs): narrows to the release's id union. */
export const isIncidentId = (value: unknown): value is IncidentId => typeof value === "string" && incidentById.has(value);
export const isPlaceId = (value: unknown): value is PlaceId => typeof value === "string" && placeById.has(value);
export const isPartyId = (value: unknown): value is PartyId => typeof value === "string" && partyById.has(value);
export const isSourceId = (value: unknown): value is SourceId => typeof value === "string" && sourceById.has(value);

/** Internal: a place by a string id (current or alias), with the same error as getPlace. */
export const requirePlace = (id: string): Place => lookup("place", placeById, id, () => placesNamed(id));
