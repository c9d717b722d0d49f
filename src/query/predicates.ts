// The filters as predicates, to compose with Array.prototype.filter. Each checks its input once, when made.
import type { Incident } from "../data/types.js";
import { distanceKm } from "../gazetteer/distance.js";
import { isWithin } from "../gazetteer/hierarchy.js";
import { placeById } from "../data/records.js";
import type { IncidentType } from "../schema/index.js";
import type { DateQuery, LocationQuery, OneOrMany, PartyFilter } from "./types.js";
import { dateBounds, incidentType, knownKeys, knownPlace, listOf, nearPoint, partyIds } from "./validate.js";

export type IncidentPredicate = (incident: Incident) => boolean;

/** Incidents whose span overlaps the range: an incident from 12 to 16 July matches `{ from: "2020-07-15" }`. */
export function byDate(range: DateQuery): IncidentPredicate {
  knownKeys("date filter", range, ["from", "to"]);
  const { from, to } = dateBounds(range);
  return (incident) => incident.span.start <= to && incident.span.end >= from;
}

/** Incidents in which any of the sides or actors took part or suffered losses. */
export function byParty(party: OneOrMany<PartyFilter>): IncidentPredicate {
  const wanted = new Set(listOf("party", party).flatMap((filter) => [...partyIds(filter)]));
  return (incident) =>
    incident.actors.some((actor) => wanted.has(actor)) || incident.casualties.some((claim) => wanted.has(claim.losses));
}

/** Incidents at or inside any of the places, and/or within a distance of a place or point. */
export function byLocation(location: LocationQuery): IncidentPredicate {
  knownKeys("location filter", location, ["place", "near"]);
  const tests: IncidentPredicate[] = [];
  if (location.place !== undefined) {
    const containers = listOf("place", location.place).map((id) => knownPlace(id).id);
    tests.push((incident) => incident.locations.some(({ place }) => containers.some((c) => isWithin(place, c))));
  }
  if (location.near !== undefined) {
    const { point, km } = nearPoint(location.near);
    tests.push((incident) =>
      incident.locations.some(({ place }) => {
        const coordinates = placeById.get(place)?.coordinates;
        return coordinates !== undefined && distanceKm(coordinates, point) <= km;
      }),
    );
  }
  return (incident) => tests.every((test) => test(incident));
}

/** Incidents of any of the types. */
export function byType(type: OneOrMany<IncidentType>): IncidentPredicate {
  const wanted = new Set(listOf("type", type).map(incidentType));
  return (incident) => incident.types.some((t) => wanted.has(t));
}
