// The filters as predicates over one dataset, to compose with Array.prototype.filter. Each checks its input
// once, when made.
import type { IndexedRecords } from "../lookup/records.js";
import type { Hierarchy } from "../gazetteer/hierarchy.js";
import type { IncidentTypeValue } from "../schema/enums.js";
import type { Incident, Place } from "../schema/index.js";
import type { DateQuery, LocationQuery, OneOrMany, PartyFilter } from "./types.js";
import {
  dateBounds,
  incidentType,
  knownEpisode,
  knownKeys,
  knownPlace,
  listOf,
  nearTarget,
  partyIds,
  withinNear,
} from "./validate.js";

/**
 * A test of one incident. Declared as a method type, so that the release's dataset (literal ids) can be passed
 * where a Dataset of plain string ids is expected.
 */
export type IncidentPredicate<I = Incident> = { test(incident: I): boolean }["test"];

export interface Predicates {
  byDate(range: DateQuery): IncidentPredicate;
  byParty(party: OneOrMany<PartyFilter<string>>): IncidentPredicate;
  byLocation(location: LocationQuery<string>): IncidentPredicate;
  byType(type: OneOrMany<IncidentTypeValue>): IncidentPredicate;
  byEpisode(episode: OneOrMany<string>): IncidentPredicate;
}

export function predicatesFor(
  records: IndexedRecords,
  hierarchy: Hierarchy,
  requirePlace: (id: string) => Place,
): Predicates {
  return {
    /** Incidents whose span overlaps the range: an incident from 12 to 16 July matches `{ from: "2020-07-15" }`. */
    byDate(range) {
      knownKeys("date filter", range, ["from", "to"]);
      const { from, to } = dateBounds(range);
      return (incident) => incident.span.start <= to && incident.span.end >= from;
    },
    /** Incidents in which any of the sides or actors took part or suffered losses. */
    byParty(party) {
      const wanted = new Set(listOf("party", party).flatMap((filter) => [...partyIds(filter, records.partyById)]));
      return (incident) =>
        incident.actors.some((actor) => wanted.has(actor)) ||
        incident.casualties.some((claim) => wanted.has(claim.losses));
    },
    /** Incidents at or inside any of the places, and/or within a distance of a place or point. */
    byLocation(location) {
      knownKeys("location filter", location, ["place", "near"]);
      const tests: IncidentPredicate[] = [];
      if (location.place !== undefined) {
        const containers = listOf("place", location.place).map((id) => knownPlace(id, requirePlace).id);
        tests.push((incident) =>
          incident.locations.some(({ place }) => containers.some((c) => hierarchy.isWithin(place, c))),
        );
      }
      if (location.near !== undefined) {
        const within = withinNear(nearTarget(location.near, requirePlace));
        tests.push((incident) =>
          incident.locations.some(({ place }) => {
            const coordinates = records.placeById.get(place)?.coordinates;
            return coordinates !== undefined && within(coordinates);
          }),
        );
      }
      return (incident) => tests.every((test) => test(incident));
    },
    /** Incidents linked to any of the episodes (an alias counts as its current id). */
    byEpisode(episode) {
      const wanted = new Set(listOf("episode", episode).map((id) => knownEpisode(id, records.episodeById).id));
      return (incident) => (incident.episodes ?? []).some((id) => wanted.has(records.episodeById.get(id)?.id ?? id));
    },
    /** Incidents of any of the types. */
    byType(type) {
      const wanted = new Set<string>(listOf("type", type).map(incidentType));
      return (incident) => incident.types.some((t) => wanted.has(t));
    },
  };
}
