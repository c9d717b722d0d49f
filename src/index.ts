// The main entry: the records of this release as a dataset, typed by their ids, and helpers to look them up and
// filter them. Built from records validated and derived at build time: importing it runs no zod.
import { shipped, shippedField } from "./data/records.js";
import type { DatasetSummary, Episode, Incident, Milestone, Party, Place, Source } from "./data/types.js";

/** Every incident, sorted by start date, then id. */
export const incidents: readonly Incident[] = /* @__PURE__ */ shippedField("incidents");
/** The gazetteer: every place the incidents name, and their parents up to the country, sorted by id. */
export const places: readonly Place[] = /* @__PURE__ */ shippedField("places");
/** Every actor that takes part, suffers losses or makes a claim, sorted by id. */
export const parties: readonly Party[] = /* @__PURE__ */ shippedField("parties");
/** Every publication cited, sorted by id. */
export const sources: readonly Source[] = /* @__PURE__ */ shippedField("sources");
/** Named spans (a war, an escalation, a blockade) incidents link to, sorted by id. */
export const episodes: readonly Episode[] = /* @__PURE__ */ shippedField("episodes");
/** Dated steps of the peace process (border agreements, the treaty's text, summits) that a chart can mark, sorted by date. */
export const milestones: readonly Milestone[] = /* @__PURE__ */ shippedField("milestones");
/** What this release holds: version, content hash, counts, span. */
export const dataset: DatasetSummary = /* @__PURE__ */ shippedField("info");
/** The release as one dataset object (the same shape createDataset returns), to pass around or merge from. */
export { shipped as release };

export type {
  Accusation,
  CasualtyClaim,
  CasualtyEstimate,
  CurrentEpisodeId,
  CurrentIncidentId,
  CurrentPartyId,
  CurrentPlaceId,
  CurrentSourceId,
  DatasetSummary,
  Denial,
  Episode,
  EpisodeAlias,
  EpisodeId,
  Incident,
  IncidentAlias,
  IncidentId,
  Location,
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
  ShippedRecordTypes,
  Source,
  SourceAlias,
  SourceId,
} from "./data/types.js";
export type { Dataset, DatasetInfo, RecordTypes, UserRecordTypes } from "./dataset/types.js";
export {
  episodeAliases,
  episodeIds,
  incidentAliases,
  incidentIds,
  milestoneAliases,
  milestoneIds,
  partyAliases,
  partyIds,
  placeAliases,
  placeIds,
  sourceAliases,
  sourceIds,
} from "./data/generated/ids.js";
export {
  getEpisode,
  getIncident,
  getMilestone,
  getParty,
  getPlace,
  getSource,
  isEpisodeId,
  isIncidentId,
  isMilestoneId,
  isPartyId,
  isPlaceId,
  isSourceId,
} from "./data/get.js";
export {
  ancestorsOf,
  byDate,
  byEpisode,
  byInclusion,
  byLocation,
  byParty,
  byType,
  casualtyTotals,
  controlOf,
  descendantsOf,
  filterIncidents,
  findPlaces,
  isWithin,
  toCSV,
  toGeoJSON,
} from "./data/helpers.js";
export { distanceKm } from "./gazetteer/distance.js";
export type { Control } from "./gazetteer/control.js";
export type { CasualtyCounts, CasualtyTotal, CasualtyTotalsOptions } from "./claims/totals.js";
export type { IncidentPredicate } from "./query/predicates.js";
/** The keys of filterIncidents' query, in the order of the filter registry (the page builds its query from them). */
export { FILTER_KEYS as filterKeys, type FilterKey } from "./query/filters.js";
export type {
  DateQuery,
  IncidentQuery,
  InclusionQuery,
  LocationQuery,
  NearQuery,
  OneOrMany,
  PartyFilter,
} from "./query/types.js";
export {
  DatasetError,
  IncidentsError,
  isIncidentsError,
  InvalidOptionError,
  InvalidPointError,
  InvalidQueryError,
  UnknownIdError,
  type DatasetIssue,
  type RecordKind,
} from "./errors.js";
/** The enum values of the records, in the order every output lists them: use these rather than a copy. */
export { ACCUSATIONS_FROM, INCIDENT_TYPES, INCLUSION_CLASSES, SIDES } from "./schema/enums.js";
export {
  CASUALTY_BOUNDS,
  CASUALTY_CATEGORIES,
  ESTIMATE_BASES,
  ESTIMATE_BASIS_WORDS,
  type CasualtyBound,
  type CasualtyCategory,
  type EstimateBasis,
} from "./schema/categories.js";
export type {
  CasualtyRange,
  ControlPeriod,
  DateSpan,
  PlaceLine,
  IncidentType,
  InclusionClass,
  PlaceKind,
  Side,
  Verification,
} from "./schema/index.js";
export type { CSVOptions } from "./formats/csv.js";
export type {
  GeometryCollection,
  IncidentFeature,
  IncidentFeatureCollection,
  IncidentGeometry,
  LineStringGeometry,
  PointGeometry,
} from "./formats/geojson.js";
export { toNDJSON } from "./formats/ndjson.js";
export { writeCSV, writeGeoJSON, type WriterRecords } from "./formats/writers.js";
