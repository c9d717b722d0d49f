// The record types of this release: inferred from the schemas, with every reference narrowed to the ids it ships.
import type { z } from "zod";
import type { datasetSchema } from "../schema/dataset.js";
import type { DeepReadonly } from "../schema/readonly.js";
import type { DatasetInfo } from "../dataset/types.js";
import type { EpisodeId, IncidentId, MilestoneId, PartyId, PlaceId, SourceId } from "./generated/ids.js";

// The type argument stays inline: the declaration bundler drops names used only inside `typeof f<…>`.
type ReleaseDataset = z.output<
  ReturnType<
    typeof datasetSchema<{
      incident: z.ZodType<IncidentId>;
      place: z.ZodType<PlaceId>;
      party: z.ZodType<PartyId>;
      source: z.ZodType<SourceId>;
      episode: z.ZodType<EpisodeId>;
      milestone: z.ZodType<MilestoneId>;
    }>
  >
>;

/** An incident of this release: an armed clash, strike, capture or blockade, with its places, actors, casualty claims and derived estimates. */
// An interface, not an alias, so that editors and compile errors show its name rather than its 70 lines.
export interface Incident extends DeepReadonly<ReleaseDataset["incidents"][number]> {}
/** A place of the gazetteer, with its names, parent chain (`ancestors`), display `label` and, where a source states them, coordinates. */
export interface Place extends DeepReadonly<ReleaseDataset["places"][number]> {}
/** An actor: armed forces, a ministry, an authority, an organisation; with the side it belongs to. */
export interface Party extends DeepReadonly<ReleaseDataset["parties"][number]> {}
/** A publication cited by the records: publisher, address, language and date. */
export interface Source extends DeepReadonly<ReleaseDataset["sources"][number]> {}
/** A named span (a war, an escalation, a blockade) incidents link to, with derived sides and estimates. */
export interface Episode extends DeepReadonly<NonNullable<ReleaseDataset["episodes"]>[number]> {}
/** A dated step of the peace process (a border agreement, the treaty's text, a summit) that a chart can mark, with sources. */
export interface Milestone extends DeepReadonly<NonNullable<ReleaseDataset["milestones"]>[number]> {}
/** One statement about losses: whose losses, the figures, who said it and when, and the sources that report it. */
export type CasualtyClaim = Incident["casualties"][number];
/** Low / best / high per casualty category for one party's losses, derived from the claims by the README's rules. */
export type CasualtyEstimate = Incident["estimates"][number];
/** A claim that a party did something (fired first, struck civilians), by whom, with sources. */
export type Accusation = Incident["accusations"][number];
/** A party's denial of an accusation, with sources. */
export type Denial = Incident["denials"][number];
/** Where an incident happened: a place and how it relates to it (`at`, `near` or `within`). */
export type Location = Incident["locations"][number];
// The id unions (current ids, aliases, and both), as the build generates them from the data.
export type {
  CurrentEpisodeId,
  CurrentIncidentId,
  EpisodeAlias,
  EpisodeId,
  CurrentPartyId,
  CurrentPlaceId,
  CurrentSourceId,
  IncidentAlias,
  IncidentId,
  CurrentMilestoneId,
  MilestoneAlias,
  MilestoneId,
  PartyAlias,
  PartyId,
  PlaceAlias,
  PlaceId,
  SourceAlias,
  SourceId,
} from "./generated/ids.js";

/** What this release holds, for a consumer to show or check. */
export interface DatasetSummary extends DatasetInfo {
  /** The package version, which is also the version of the data. */
  readonly version: string;
  /** `sha256-…` of the published records: equal hashes, equal data. */
  readonly contentHash: string;
  /**
   * The latest day the record was searched for incidents (`YYYY-MM-DD`): after it, no incident in the data means
   * not looked at yet, not that nothing happened. Months before it that were never swept are in the README.
   */
  readonly sweptTo: string;
}

/** The record and id types of the shipped release. */
export interface ShippedRecordTypes {
  incident: Incident;
  place: Place;
  party: Party;
  source: Source;
  incidentId: IncidentId;
  placeId: PlaceId;
  partyId: PartyId;
  sourceId: SourceId;
  episode: Episode;
  episodeId: EpisodeId;
  milestone: Milestone;
  milestoneId: MilestoneId;
  info: DatasetSummary;
}
