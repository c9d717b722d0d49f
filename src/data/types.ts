// The record types of this release: inferred from the schemas, with every reference narrowed to the ids it ships.
import type { z } from "zod";
import type { datasetSchema } from "../schema/dataset.js";
import type { DeepReadonly } from "../schema/readonly.js";
import type { DatasetInfo } from "../dataset/types.js";
import type { EpisodeId, IncidentId, PartyId, PlaceId, SourceId } from "./generated/ids.js";

// The type argument stays inline: the declaration bundler drops names used only inside `typeof f<…>`.
type ReleaseDataset = z.output<
  ReturnType<
    typeof datasetSchema<{
      incident: z.ZodType<IncidentId>;
      place: z.ZodType<PlaceId>;
      party: z.ZodType<PartyId>;
      source: z.ZodType<SourceId>;
      episode: z.ZodType<EpisodeId>;
    }>
  >
>;

export type Incident = DeepReadonly<ReleaseDataset["incidents"][number]>;
export type Place = DeepReadonly<ReleaseDataset["places"][number]>;
export type Party = DeepReadonly<ReleaseDataset["parties"][number]>;
export type Source = DeepReadonly<ReleaseDataset["sources"][number]>;
export type Episode = DeepReadonly<NonNullable<ReleaseDataset["episodes"]>[number]>;
export type CasualtyClaim = Incident["casualties"][number];
export type CasualtyEstimate = Incident["estimates"][number];
export type Accusation = Incident["accusations"][number];
export type Denial = Incident["denials"][number];
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
  info: DatasetSummary;
}
