// The `armenia-azerbaijan-incidents/schema` entry: zod schemas and the types inferred from them. Holds no data.
import type { z } from "zod";
import type { DatasetSchema } from "./dataset.js";
import type {
  AccusationSchema,
  CasualtyBoundSchema,
  CasualtyClaimSchema,
  CasualtyEstimateSchema,
  CasualtyRangeSchema,
  DenialSchema,
  IncidentRecordSchema,
  IncidentSchema,
  IncidentTypeSchema,
  InclusionClassSchema,
  LocationSchema,
  VerificationSchema,
} from "./incident.js";
import type { PartySchema, SideSchema } from "./party.js";
import type { ControlPeriodSchema, PlaceLineSchema, PlaceKindSchema, PlaceRecordSchema, PlaceSchema } from "./place.js";
import type { SourceSchema } from "./source.js";
import type { EpisodeRecordSchema, EpisodeSchema } from "./episode.js";
import type { MilestoneSchema } from "./milestone.js";
import type { DateSpanSchema } from "./date-span.js";
import type { DeepReadonly } from "./readonly.js";

export { DateSpanSchema, DatePrecisionSchema } from "./date-span.js";
export {
  AccusationSchema,
  CASUALTY_CATEGORIES,
  CasualtyBoundSchema,
  CasualtyBoundsSchema,
  CasualtyCategorySchema,
  CasualtyClaimSchema,
  CasualtyCountSchema,
  CasualtyEstimateSchema,
  CasualtyRangeSchema,
  DenialSchema,
  IncidentRecordSchema,
  IncidentSchema,
  IncidentTypeSchema,
  InclusionClassSchema,
  LocationRelationSchema,
  LocationSchema,
  VerificationSchema,
} from "./incident.js";
export { PartyKindSchema, PartySchema, SideSchema } from "./party.js";
export {
  ControlPeriodSchema,
  CoordinateSourceSchema,
  NameSourcesSchema,
  PlaceLineSchema,
  LonLatSchema,
  PlaceKindSchema,
  PlaceNamesSchema,
  PlaceRecordSchema,
  PlaceSchema,
  SideNamesSchema,
} from "./place.js";
export { SourceKindSchema, SourceSchema } from "./source.js";
export { EpisodeRecordSchema, EpisodeSchema } from "./episode.js";
export { MilestoneProcessSchema, MilestoneSchema } from "./milestone.js";
export { CountryCodeSchema, IdSchema, IsoDateSchema, PartialDateSchema } from "./primitives.js";
export { DatasetSchema } from "./dataset.js";
export { COUNTRY_BOUNDS, integrityChecks, noFutureDates, runIntegrityChecks } from "./integrity/checks.js";
export type { IntegrityCheck, IntegrityIssue } from "./integrity/types.js";
export type { DeepReadonly } from "./readonly.js";

/** An incident as the package publishes it: the record, with derived `sides`, `inclusion`, `estimates` and `file`. */
export type Incident = DeepReadonly<z.output<typeof IncidentSchema>>;
/** An incident as written in `data/incidents/`, without the derived fields. */
export type IncidentRecord = z.output<typeof IncidentRecordSchema>;
/** A kind of incident: exchange-of-fire, shelling, drone-strike and the other values of `IncidentTypeSchema`. */
export type IncidentType = z.output<typeof IncidentTypeSchema>;
/** Why an incident is in the record: its class under the inclusion policy (`mine`, `casualties`, `accusation`, …). */
export type InclusionClass = z.output<typeof InclusionClassSchema>;
/** Where an incident happened: a place and how it relates to it (`at`, `near` or `within`). */
export type Location = DeepReadonly<z.output<typeof LocationSchema>>;
/** One statement about losses: whose losses, the figures, who said it and when, and the sources. */
export type CasualtyClaim = DeepReadonly<z.output<typeof CasualtyClaimSchema>>;
/** Low / best / high per casualty category for one party's losses, derived from the claims. */
export type CasualtyEstimate = DeepReadonly<z.output<typeof CasualtyEstimateSchema>>;
/** How a figure is worded where it is not exact: "lower" (at least), "upper" (up to), "approximate" (about). */
export type CasualtyBound = z.output<typeof CasualtyBoundSchema>;
/** Low, best and high of one casualty category, how many claimants gave a figure, and what best rests on. */
export type CasualtyRange = DeepReadonly<z.output<typeof CasualtyRangeSchema>>;
/** A claim that a party did something, by whom, with sources. */
export type Accusation = DeepReadonly<z.output<typeof AccusationSchema>>;
/** A party's denial of an accusation, with sources. */
export type Denial = DeepReadonly<z.output<typeof DenialSchema>>;
/** How far an incident is confirmed: by both sides, one side, independent sources, or disputed. */
export type Verification = z.output<typeof VerificationSchema>;
/** The first and last day of an incident or episode, and the precision they are known to. */
export type DateSpan = DeepReadonly<z.output<typeof DateSpanSchema>>;
/** A place as the package publishes it: the record, with derived `label` and `ancestors`. */
export type Place = DeepReadonly<z.output<typeof PlaceSchema>>;
/** A place as written in `data/places/`, without the derived fields. */
export type PlaceRecord = z.output<typeof PlaceRecordSchema>;
/** A kind of place: country, province, district, settlement, height, border section and so on. */
export type PlaceKind = z.output<typeof PlaceKindSchema>;
/** A period during which a party controlled a place, with sources. */
export type ControlPeriod = DeepReadonly<z.output<typeof ControlPeriodSchema>>;
/** The line a place is drawn as (a border section, a road), with where it comes from. */
export type PlaceLine = DeepReadonly<z.output<typeof PlaceLineSchema>>;
/** An actor: armed forces, a ministry, an authority, an organisation; with its side. */
export type Party = DeepReadonly<z.output<typeof PartySchema>>;
/** A side of the conflict: armenia, azerbaijan, nagorno-karabakh, russia or other. */
export type Side = z.output<typeof SideSchema>;
/** A publication cited by the records. */
export type Source = DeepReadonly<z.output<typeof SourceSchema>>;
/** An episode as the package publishes it, with derived `sides` and `estimates`. */
export type Episode = DeepReadonly<z.output<typeof EpisodeSchema>>;
/** An episode as written in `data/episodes.json`, without the derived fields. */
export type EpisodeRecord = z.output<typeof EpisodeRecordSchema>;
/** A dated step of the peace process (a border agreement, the treaty's text, a summit), with sources. */
export type Milestone = DeepReadonly<z.output<typeof MilestoneSchema>>;
/** A whole published dataset: incidents, places, parties, sources, episodes and milestones. */
export type Dataset = DeepReadonly<z.output<typeof DatasetSchema>>;
