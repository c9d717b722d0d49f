// The `armenia-azerbaijan-incidents/schema` entry: zod schemas and the types inferred from them. Holds no data.
import type { z } from "zod";
import type { DatasetSchema } from "./dataset.js";
import type {
  AccusationSchema,
  CasualtyClaimSchema,
  CasualtyEstimateSchema,
  CasualtyRangeSchema,
  DenialSchema,
  IncidentRecordSchema,
  IncidentSchema,
  IncidentTypeSchema,
  LocationSchema,
  VerificationSchema,
} from "./incident.js";
import type { PartySchema, SideSchema } from "./party.js";
import type { ControlPeriodSchema, PlaceLineSchema, PlaceKindSchema, PlaceRecordSchema, PlaceSchema } from "./place.js";
import type { SourceSchema } from "./source.js";
import type { EpisodeRecordSchema, EpisodeSchema } from "./episode.js";
import type { DateSpanSchema } from "./date-span.js";
import type { DeepReadonly } from "./readonly.js";

export { DateSpanSchema, DatePrecisionSchema } from "./date-span.js";
export {
  AccusationSchema,
  CASUALTY_CATEGORIES,
  CasualtyCategorySchema,
  CasualtyClaimSchema,
  CasualtyCountSchema,
  CasualtyEstimateSchema,
  CasualtyRangeSchema,
  DenialSchema,
  IncidentRecordSchema,
  IncidentSchema,
  IncidentTypeSchema,
  LocationRelationSchema,
  LocationSchema,
  VerificationSchema,
} from "./incident.js";
export { PartyKindSchema, PartySchema, SideSchema } from "./party.js";
export {
  ControlPeriodSchema,
  CoordinateSourceSchema,
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
export { CountryCodeSchema, IdSchema, IsoDateSchema, PartialDateSchema } from "./primitives.js";
export { DatasetSchema } from "./dataset.js";
export { COUNTRY_BOUNDS, integrityChecks, noFutureDates, runIntegrityChecks } from "./integrity/checks.js";
export type { IntegrityCheck, IntegrityIssue } from "./integrity/types.js";
export type { DeepReadonly } from "./readonly.js";

export type Incident = DeepReadonly<z.output<typeof IncidentSchema>>;
export type IncidentRecord = z.output<typeof IncidentRecordSchema>;
export type IncidentType = z.output<typeof IncidentTypeSchema>;
export type Location = DeepReadonly<z.output<typeof LocationSchema>>;
export type CasualtyClaim = DeepReadonly<z.output<typeof CasualtyClaimSchema>>;
export type CasualtyEstimate = DeepReadonly<z.output<typeof CasualtyEstimateSchema>>;
export type CasualtyRange = DeepReadonly<z.output<typeof CasualtyRangeSchema>>;
export type Accusation = DeepReadonly<z.output<typeof AccusationSchema>>;
export type Denial = DeepReadonly<z.output<typeof DenialSchema>>;
export type Verification = z.output<typeof VerificationSchema>;
export type DateSpan = DeepReadonly<z.output<typeof DateSpanSchema>>;
export type Place = DeepReadonly<z.output<typeof PlaceSchema>>;
export type PlaceRecord = z.output<typeof PlaceRecordSchema>;
export type PlaceKind = z.output<typeof PlaceKindSchema>;
export type ControlPeriod = DeepReadonly<z.output<typeof ControlPeriodSchema>>;
export type PlaceLine = DeepReadonly<z.output<typeof PlaceLineSchema>>;
export type Party = DeepReadonly<z.output<typeof PartySchema>>;
export type Side = z.output<typeof SideSchema>;
export type Source = DeepReadonly<z.output<typeof SourceSchema>>;
export type Episode = DeepReadonly<z.output<typeof EpisodeSchema>>;
export type EpisodeRecord = z.output<typeof EpisodeRecordSchema>;
export type Dataset = DeepReadonly<z.output<typeof DatasetSchema>>;
