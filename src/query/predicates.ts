// The filters as predicates over one dataset, to compose with Array.prototype.filter: one per filter of the
// registry, named by it (byDate, byParty…). Each checks its input once, when made.
import type { IncidentTypeValue } from "../schema/enums.js";
import type { Incident } from "../schema/index.js";
import type { FilterContext } from "./definition.js";
import { type FilterList, INCIDENT_FILTERS } from "./filters.js";
import type { DateQuery, InclusionQuery, LocationQuery, OneOrMany, PartyFilter } from "./types.js";
import { knownKeys } from "./validate.js";

/**
 * A test of one incident. Declared as a method type, so that the release's dataset (literal ids) can be passed
 * where a Dataset of plain string ids is expected.
 */
export type IncidentPredicate<I = Incident> = { test(incident: I): boolean }["test"];

export interface Predicates {
  /** Incidents whose span overlaps the range: an incident from 12 to 16 July matches `{ from: "2020-07-15" }`. */
  byDate(range: DateQuery): IncidentPredicate;
  /** Incidents in which any of the sides or actors took part or suffered losses. */
  byParty(party: OneOrMany<PartyFilter<string>>): IncidentPredicate;
  /** Incidents at or inside any of the places, and/or within a distance of a place or point. */
  byLocation(location: LocationQuery<string>): IncidentPredicate;
  /** Incidents of any of the types. */
  byType(type: OneOrMany<IncidentTypeValue>): IncidentPredicate;
  /** Incidents linked to any of the episodes (an alias counts as its current id). */
  byEpisode(episode: OneOrMany<string>): IncidentPredicate;
  /** Incidents of the classes given, and of none of those excluded. */
  byInclusion(query: InclusionQuery): IncidentPredicate;
}

/**
 * The predicate of each filter: a filter of one key takes its value (`byType("shelling")`), a filter of several
 * an object of them (`byDate({ from, to })`), whose unknown keys are refused.
 */
export function predicatesOf(
  context: FilterContext,
  filters: FilterList,
): Record<string, (input: unknown) => IncidentPredicate> {
  return Object.fromEntries(
    filters.map((filter) => {
      const keys = filter.flags.map((flag) => flag.key);
      const predicate = (input: unknown): IncidentPredicate => {
        let part: Record<string, unknown>;
        if (keys.length === 1) part = { [keys[0] as string]: input };
        else {
          knownKeys(`${filter.label} filter`, input as object, keys);
          part = input as Record<string, unknown>;
        }
        return filter.test(filter.parse(part, context), context);
      };
      return [filter.predicate, predicate];
    }),
  );
}

export function predicatesFor(context: FilterContext): Predicates {
  return predicatesOf(context, INCIDENT_FILTERS) as unknown as Predicates;
}
