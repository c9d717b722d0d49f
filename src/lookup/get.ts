// The main entry's lookups by id. The parameter types accept only this release's ids; at run time an unknown id
// throws. Functions, not properties of the dataset, so that a bundler drops the records when none is imported.
import { shipped } from "../data/records.js";
import type {
  CurrentEpisodeId,
  CurrentIncidentId,
  CurrentPartyId,
  CurrentPlaceId,
  CurrentSourceId,
  Episode,
  EpisodeAlias,
  EpisodeId,
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

// Each lookup has a second, deprecated signature for aliases, so editors strike out calls with an old id.

export function getIncident(id: CurrentIncidentId): Incident;
/** @deprecated An old incident id: the record was merged or renamed. Use its current id (the returned record's `id`). */
export function getIncident(id: IncidentAlias): Incident;
/** A value typed as any id of this release, current or old (such as a record's own reference list). */
export function getIncident(id: IncidentId): Incident;
export function getIncident(id: IncidentId): Incident {
  return shipped.getIncident(id);
}

export function getPlace(id: CurrentPlaceId): Place;
/** @deprecated An old place id: the record was merged or renamed. Use its current id (the returned record's `id`). */
export function getPlace(id: PlaceAlias): Place;
/** A value typed as any id of this release, current or old (such as a record's own reference list). */
export function getPlace(id: PlaceId): Place;
export function getPlace(id: PlaceId): Place {
  return shipped.getPlace(id);
}

export function getParty(id: CurrentPartyId): Party;
/** @deprecated An old party id: the record was merged or renamed. Use its current id (the returned record's `id`). */
export function getParty(id: PartyAlias): Party;
/** A value typed as any id of this release, current or old (such as a record's own reference list). */
export function getParty(id: PartyId): Party;
export function getParty(id: PartyId): Party {
  return shipped.getParty(id);
}

export function getSource(id: CurrentSourceId): Source;
/** @deprecated An old source id: the record was merged or renamed. Use its current id (the returned record's `id`). */
export function getSource(id: SourceAlias): Source;
/** A value typed as any id of this release, current or old (such as a record's own reference list). */
export function getSource(id: SourceId): Source;
export function getSource(id: SourceId): Source {
  return shipped.getSource(id);
}

export function getEpisode(id: CurrentEpisodeId): Episode;
/** @deprecated An old episode id: the record was merged or renamed. Use its current id (the returned record's `id`). */
export function getEpisode(id: EpisodeAlias): Episode;
export function getEpisode(id: EpisodeId): Episode {
  return shipped.getEpisode(id);
}

/** For ids that arrive as plain strings (user input, URLs): narrows to the release's id union. */
export function isIncidentId(value: unknown): value is IncidentId {
  return shipped.isIncidentId(value);
}
export function isPlaceId(value: unknown): value is PlaceId {
  return shipped.isPlaceId(value);
}
export function isPartyId(value: unknown): value is PartyId {
  return shipped.isPartyId(value);
}
export function isSourceId(value: unknown): value is SourceId {
  return shipped.isSourceId(value);
}
export function isEpisodeId(value: unknown): value is EpisodeId {
  return shipped.isEpisodeId(value);
}
