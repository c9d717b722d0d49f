// The main entry: the records of this release, typed by their ids, and helpers to look them up and filter them.
export { incidents, parties, places, sources } from "./data/records.js";
export { dataset, type DatasetSummary } from "./data/summary.js";
export type {
  Accusation,
  CasualtyClaim,
  CasualtyEstimate,
  CurrentIncidentId,
  CurrentPartyId,
  CurrentPlaceId,
  CurrentSourceId,
  Denial,
  Incident,
  IncidentAlias,
  IncidentId,
  Location,
  Party,
  PartyAlias,
  PartyId,
  Place,
  PlaceAlias,
  PlaceId,
  Source,
  SourceAlias,
  SourceId,
} from "./data/types.js";
export {
  incidentAliases,
  incidentIds,
  partyAliases,
  partyIds,
  placeAliases,
  placeIds,
  sourceAliases,
  sourceIds,
} from "./data/generated/ids.js";
export {
  getIncident,
  getParty,
  getPlace,
  getSource,
  isIncidentId,
  isPartyId,
  isPlaceId,
  isSourceId,
} from "./lookup/get.js";
export { findPlaces } from "./gazetteer/find-places.js";
export { ancestorsOf, descendantsOf, isWithin } from "./gazetteer/hierarchy.js";
export { distanceKm } from "./gazetteer/distance.js";
export { filterIncidents } from "./query/filter.js";
export { byDate, byLocation, byParty, byType, type IncidentPredicate } from "./query/predicates.js";
export type { DateQuery, IncidentQuery, LocationQuery, NearQuery, OneOrMany, PartyFilter } from "./query/types.js";
export { IncidentsError, InvalidQueryError, UnknownIdError, type RecordKind } from "./errors.js";
export type { CasualtyRange, DateSpan, IncidentType, PlaceKind, Side, Verification } from "./schema/index.js";
export { toCSV, type CSVOptions } from "./formats/csv.js";
export { toGeoJSON, type IncidentFeature, type IncidentFeatureCollection, type PointGeometry } from "./formats/geojson.js";
export { toNDJSON } from "./formats/ndjson.js";
