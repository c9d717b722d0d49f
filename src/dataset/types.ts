// The type of a dataset: the records and every helper bound to them. One shape for the shipped release (literal
// id unions, so a misspelt id fails to compile) and for a dataset made with createDataset (plain string ids).
import type { CasualtyTotal, CasualtyTotalsOptions } from "../claims/totals.js";
import type { CSVOptions } from "../formats/csv.js";
import type { Control } from "../gazetteer/control.js";
import type { IncidentFeatureCollection } from "../formats/geojson.js";
import type { IncidentPredicate } from "../query/predicates.js";
import type {
  DateQuery,
  IncidentQuery,
  InclusionQuery,
  LocationQuery,
  OneOrMany,
  PartyFilter,
} from "../query/types.js";
import type { IncidentTypeValue } from "../schema/enums.js";
import type { Episode, Incident, Milestone, Party, Place, Source } from "../schema/index.js";

/** What a dataset holds, for a consumer to show or check. */
export interface DatasetInfo {
  readonly counts: {
    readonly incidents: number;
    readonly places: number;
    readonly parties: number;
    readonly sources: number;
    readonly episodes: number;
    readonly milestones: number;
  };
  /** The first start date and the last end date of any incident ("" for a dataset without incidents). */
  readonly span: { readonly start: string; readonly end: string };
}

/** The record and id types of one dataset. */
export interface RecordTypes {
  incident: Incident;
  place: Place;
  party: Party;
  source: Source;
  incidentId: string;
  placeId: string;
  partyId: string;
  sourceId: string;
  episode: Episode;
  episodeId: string;
  milestone: Milestone;
  milestoneId: string;
  info: DatasetInfo;
}

/** A dataset made with createDataset: the record types of the schema entry, ids as plain strings. */
export interface UserRecordTypes extends RecordTypes {}

/** A dataset: its records and every helper bound to them (the shipped `release`, or what `createDataset` returns). */
export interface Dataset<R extends RecordTypes = UserRecordTypes> {
  /** Every incident, sorted by start date, then id. */
  readonly incidents: readonly R["incident"][];
  /** The gazetteer, sorted by id. */
  readonly places: readonly R["place"][];
  /** Every party, sorted by id. */
  readonly parties: readonly R["party"][];
  /** Every source, sorted by id. */
  readonly sources: readonly R["source"][];
  /** Named spans (a war, an escalation, a blockade) incidents link to, sorted by id. */
  readonly episodes: readonly R["episode"][];
  /** Dated steps of the peace process (border agreements, the treaty's text, summits), sorted by date. */
  readonly milestones: readonly R["milestone"][];
  /** Counts and span (and, for the shipped dataset, version and content hash). */
  readonly info: R["info"];

  /** One record by id or alias; an unknown id throws UnknownIdError with the closest ids as suggestions. */
  getIncident(id: R["incidentId"]): R["incident"];
  getPlace(id: R["placeId"]): R["place"];
  getParty(id: R["partyId"]): R["party"];
  getSource(id: R["sourceId"]): R["source"];
  getEpisode(id: R["episodeId"]): R["episode"];
  isEpisodeId(value: unknown): value is R["episodeId"];
  getMilestone(id: R["milestoneId"]): R["milestone"];
  isMilestoneId(value: unknown): value is R["milestoneId"];
  isIncidentId(value: unknown): value is R["incidentId"];
  isPlaceId(value: unknown): value is R["placeId"];
  isPartyId(value: unknown): value is R["partyId"];
  isSourceId(value: unknown): value is R["sourceId"];

  /** Places whose name or recorded spelling matches, best first. */
  findPlaces(name: string): R["place"][];
  /** The parent chain of a place, nearest first, up to its country. */
  ancestorsOf(id: R["placeId"]): readonly R["place"][];
  /** Every place inside a place, at any depth, sorted by id. */
  descendantsOf(id: R["placeId"]): readonly R["place"][];
  /** True when `place` is `container` itself or lies anywhere inside it. */
  isWithin(place: R["placeId"], container: R["placeId"]): boolean;
  /**
   * Who controlled a place on a day (`YYYY-MM-DD`): from its own periods of control, or its nearest ancestor's;
   * undefined where no period covers the day.
   */
  controlOf(place: R["placeId"], date: string): Control<R["place"], R["partyId"]> | undefined;

  /** The incidents matching every filter given (AND); a list inside one filter matches any value (OR). */
  filterIncidents(query?: IncidentQuery<R["placeId"], R["partyId"], R["episodeId"]>): R["incident"][];
  byDate(range: DateQuery): IncidentPredicate<R["incident"]>;
  byParty(party: OneOrMany<PartyFilter<R["partyId"]>>): IncidentPredicate<R["incident"]>;
  byLocation(location: LocationQuery<R["placeId"]>): IncidentPredicate<R["incident"]>;
  byType(type: OneOrMany<IncidentTypeValue>): IncidentPredicate<R["incident"]>;
  /** Incidents linked to any of the episodes. */
  byEpisode(episode: OneOrMany<R["episodeId"]>): IncidentPredicate<R["incident"]>;
  /** Incidents of the inclusion classes given, and of none of those excluded. */
  byInclusion(query: InclusionQuery): IncidentPredicate<R["incident"]>;

  /** Incidents (this dataset's, or any list of them) as CSV, with place labels and sides from this dataset. */
  toCSV(incidents: readonly R["incident"][], options?: CSVOptions): string;
  /** Incidents as GeoJSON, one feature per location, located at this dataset's places. */
  toGeoJSON(incidents: readonly R["incident"][]): IncidentFeatureCollection;
  /** Incidents as NDJSON, one per line. */
  toNDJSON(incidents: readonly R["incident"][]): string;
  /**
   * Casualty totals by year (or over all, with `{ by: "all" }`) and losing side, the losing side's own camp apart
   * from the other camps, by the estimate rules (each claimant's latest figure). What `stats` prints.
   */
  casualtyTotals(incidents: readonly R["incident"][], options?: CasualtyTotalsOptions): CasualtyTotal[];
}
