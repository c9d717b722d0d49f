// The main entry's helpers over the shipped dataset, typed by this release's ids. Plain functions delegating to
// the dataset, so that a bundler drops the records from a bundle that imports none of them.
import type { CasualtyTotal, CasualtyTotalsOptions } from "../claims/totals.js";
import type { CSVOptions } from "../formats/csv.js";
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
import { shipped } from "./records.js";
import type { EpisodeId, Incident, PartyId, Place, PlaceId } from "./types.js";
import type { Control } from "../gazetteer/control.js";

/** Places whose English, Armenian, Azerbaijani or Russian name, or any recorded spelling, matches; best first. */
export function findPlaces(name: string): Place[] {
  return shipped.findPlaces(name);
}
/** True when `place` is `container` itself or lies anywhere inside it. Aliases count as their current ids. */
export function isWithin(place: PlaceId, container: PlaceId): boolean {
  return shipped.isWithin(place, container);
}
/** The parent chain of a place, nearest first, up to its country. */
export function ancestorsOf(id: PlaceId): readonly Place[] {
  return shipped.ancestorsOf(id);
}
/** Who controlled a place on a day (`YYYY-MM-DD`), from its own periods of control or its nearest ancestor's. */
export function controlOf(place: PlaceId, date: string): Control<Place, PartyId> | undefined {
  return shipped.controlOf(place, date);
}
/** Every place inside a place, at any depth, sorted by id. */
export function descendantsOf(id: PlaceId): readonly Place[] {
  return shipped.descendantsOf(id);
}

/**
 * The incidents that match every filter given (AND), sorted by start date. Within one filter, a list matches
 * any of its values (OR). Bad input throws an InvalidQueryError or UnknownIdError; it never yields a silently
 * empty result.
 */
export function filterIncidents(query: IncidentQuery = {}): Incident[] {
  return shipped.filterIncidents(query);
}
/** Incidents whose span overlaps the range: an incident from 12 to 16 July matches `{ from: "2020-07-15" }`. */
export function byDate(range: DateQuery): IncidentPredicate<Incident> {
  return shipped.byDate(range);
}
/** Incidents in which any of the sides or actors took part or suffered losses. */
export function byParty(party: OneOrMany<PartyFilter>): IncidentPredicate<Incident> {
  return shipped.byParty(party);
}
/** Incidents at or inside any of the places, and/or within a distance of a place or point. */
export function byLocation(location: LocationQuery): IncidentPredicate<Incident> {
  return shipped.byLocation(location);
}
/** Incidents linked to any of the episodes. */
export function byEpisode(episode: OneOrMany<EpisodeId>): IncidentPredicate<Incident> {
  return shipped.byEpisode(episode);
}
/** Incidents of the inclusion classes given, and of none of those excluded: `byInclusion({ excludeInclusion: "mine" })`. */
export function byInclusion(query: InclusionQuery): IncidentPredicate<Incident> {
  return shipped.byInclusion(query);
}
/** Incidents of any of the types. */
export function byType(type: OneOrMany<IncidentTypeValue>): IncidentPredicate<Incident> {
  return shipped.byType(type);
}

/** The incidents, or their casualty claims, as CSV (RFC 4180), with the release's place labels and sides. */
export function toCSV(incidents: readonly Incident[], options: CSVOptions = {}): string {
  return shipped.toCSV(incidents, options);
}
/** RFC 7946 GeoJSON: one feature per incident location, at the release's coordinates. */
export function toGeoJSON(incidents: readonly Incident[]): IncidentFeatureCollection {
  return shipped.toGeoJSON(incidents);
}
/**
 * Casualty totals by year (or over all, with `{ by: "all" }`) and losing side: the losing side's own camp's latest
 * figures apart from the highest latest figure of another camp, summed over incidents. A category no claim gives
 * a number for is `null`, not 0. What the command line's `stats` prints.
 */
export function casualtyTotals(incidents: readonly Incident[], options: CasualtyTotalsOptions = {}): CasualtyTotal[] {
  return shipped.casualtyTotals(incidents, options);
}
