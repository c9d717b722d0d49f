// The main entry's lookups by id. The parameter types accept only this release's ids; at run time an unknown id
// throws. Functions, not properties of the dataset, so that a bundler drops the records when none is imported.
import { shipped } from "./records.js";
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
  CurrentMilestoneId,
  Milestone,
  MilestoneAlias,
  MilestoneId,
  Party,
  PartyAlias,
  PartyId,
  Place,
  PlaceAlias,
  PlaceId,
  Source,
  SourceAlias,
  SourceId,
} from "./types.js";

// Each lookup has a second, deprecated signature for aliases, so editors strike out calls with an old id.
// While a release has no alias of a kind, that signature takes NoOldIds rather than `never`, so that the
// compile error of a misspelt id does not talk about an overload taking `never`.

/** The parameter of a lookup's deprecated signature for old ids, in a release with no old id of that kind. */
export interface NoOldIds {
  readonly "this release has no old id of this kind": never;
}
type OldId<A> = [A] extends [never] ? NoOldIds : A;

export function getIncident(id: CurrentIncidentId): Incident;
/** @deprecated An old incident id: the record was merged or renamed. Use its current id (the returned record's `id`). */
export function getIncident(id: OldId<IncidentAlias>): Incident;
/** A value typed as any id of this release, current or old (such as a record's own reference list). */
export function getIncident(id: IncidentId): Incident;
export function getIncident(id: IncidentId | NoOldIds): Incident {
  return shipped.getIncident(id as IncidentId);
}

export function getPlace(id: CurrentPlaceId): Place;
/** @deprecated An old place id: the record was merged or renamed. Use its current id (the returned record's `id`). */
export function getPlace(id: OldId<PlaceAlias>): Place;
/** A value typed as any id of this release, current or old (such as a record's own reference list). */
export function getPlace(id: PlaceId): Place;
export function getPlace(id: PlaceId | NoOldIds): Place {
  return shipped.getPlace(id as PlaceId);
}

export function getParty(id: CurrentPartyId): Party;
/** @deprecated An old party id: the record was merged or renamed. Use its current id (the returned record's `id`). */
export function getParty(id: OldId<PartyAlias>): Party;
/** A value typed as any id of this release, current or old (such as a record's own reference list). */
export function getParty(id: PartyId): Party;
export function getParty(id: PartyId | NoOldIds): Party {
  return shipped.getParty(id as PartyId);
}

export function getSource(id: CurrentSourceId): Source;
/** @deprecated An old source id: the record was merged or renamed. Use its current id (the returned record's `id`). */
export function getSource(id: OldId<SourceAlias>): Source;
/** A value typed as any id of this release, current or old (such as a record's own reference list). */
export function getSource(id: SourceId): Source;
export function getSource(id: SourceId | NoOldIds): Source {
  return shipped.getSource(id as SourceId);
}

export function getEpisode(id: CurrentEpisodeId): Episode;
/** @deprecated An old episode id: the record was merged or renamed. Use its current id (the returned record's `id`). */
export function getEpisode(id: OldId<EpisodeAlias>): Episode;
export function getEpisode(id: EpisodeId | NoOldIds): Episode {
  return shipped.getEpisode(id as EpisodeId);
}

export function getMilestone(id: CurrentMilestoneId): Milestone;
/** @deprecated An old milestone id: the record was merged or renamed. Use its current id (the returned record's `id`). */
export function getMilestone(id: OldId<MilestoneAlias>): Milestone;
export function getMilestone(id: MilestoneId | NoOldIds): Milestone {
  return shipped.getMilestone(id as MilestoneId);
}

/** For ids that arrive as plain strings (user input, URLs): narrows to the release's id union. */
export function isIncidentId(value: unknown): value is IncidentId {
  return shipped.isIncidentId(value);
}
/** For place ids that arrive as plain strings: narrows to the release's place id union. */
export function isPlaceId(value: unknown): value is PlaceId {
  return shipped.isPlaceId(value);
}
/** For party ids that arrive as plain strings: narrows to the release's party id union. */
export function isPartyId(value: unknown): value is PartyId {
  return shipped.isPartyId(value);
}
/** For source ids that arrive as plain strings: narrows to the release's source id union. */
export function isSourceId(value: unknown): value is SourceId {
  return shipped.isSourceId(value);
}
/** For episode ids that arrive as plain strings: narrows to the release's episode id union. */
export function isEpisodeId(value: unknown): value is EpisodeId {
  return shipped.isEpisodeId(value);
}
/** For milestone ids that arrive as plain strings: narrows to the release's milestone id union. */
export function isMilestoneId(value: unknown): value is MilestoneId {
  return shipped.isMilestoneId(value);
}
