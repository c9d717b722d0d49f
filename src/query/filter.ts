import { InvalidQueryError } from "../errors.js";
import type { Incident } from "../schema/index.js";
import type { IncidentPredicate, Predicates } from "./predicates.js";
import type { IncidentQuery } from "./types.js";
import { knownKeys } from "./validate.js";
import { FILTER_KEYS } from "./filters.js";


/**
 * The incidents that match every filter given (AND), sorted by start date. Within one filter, a list matches
 * any of its values (OR). Bad input throws an InvalidQueryError or UnknownIdError; it never yields a silently
 * empty result.
 */
export function incidentFilter(incidents: readonly Incident[], predicates: Predicates) {
  return (query: IncidentQuery<string, string, string> = {}): Incident[] => {
    if (query === null || typeof query !== "object" || Array.isArray(query)) throw new InvalidQueryError("query", query, "must be an object of filters");
    knownKeys("query", query, FILTER_KEYS);
    const tests: IncidentPredicate[] = [];
    if (query.from !== undefined || query.to !== undefined) {
      tests.push(predicates.byDate({ ...(query.from !== undefined && { from: query.from }), ...(query.to !== undefined && { to: query.to }) }));
    }
    if (query.party !== undefined) tests.push(predicates.byParty(query.party));
    if (query.place !== undefined || query.near !== undefined) {
      tests.push(predicates.byLocation({ ...(query.place !== undefined && { place: query.place }), ...(query.near !== undefined && { near: query.near }) }));
    }
    if (query.type !== undefined) tests.push(predicates.byType(query.type));
    if (query.episode !== undefined) tests.push(predicates.byEpisode(query.episode));
    return incidents.filter((incident) => tests.every((test) => test(incident)));
  };
}
