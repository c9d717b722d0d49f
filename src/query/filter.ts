import type { IndexedRecords } from "../lookup/records.js";
import { InvalidQueryError } from "../errors.js";
import type { Incident, Place } from "../schema/index.js";
import { type Bits, countOf, hasBit, incidentIndex, type IncidentIndex, positionsOf } from "./engine.js";
import type { IncidentPredicate, Predicates } from "./predicates.js";
import type { IncidentQuery } from "./types.js";
import { dateBounds, knownKeys, knownPlace, listOf, nearTarget, partyIds } from "./validate.js";
import { FILTER_KEYS } from "./filters.js";

/** filterIncidents and the indexes behind it (exposed for tests and the benchmark). */
export interface IncidentFilter {
  (query?: IncidentQuery<string, string, string>): Incident[];
  readonly index: IncidentIndex;
}

/**
 * The incidents that match every filter given (AND), in the dataset's order. Within one filter, a list matches
 * any of its values (OR). Bad input throws an InvalidQueryError or UnknownIdError; it never yields a silently
 * empty result. Dates, parties, places and distances are answered from indexes built on first use; types and
 * episodes are tested on the remaining candidates.
 */
export function incidentFilter(
  records: IndexedRecords,
  predicates: Predicates,
  requirePlace: (id: string) => Place,
): IncidentFilter {
  const incidents = records.incidents;
  const index = incidentIndex(records);
  const filter = (query: IncidentQuery<string, string, string> = {}): Incident[] => {
    if (query === null || typeof query !== "object" || Array.isArray(query))
      throw new InvalidQueryError("query", query, "must be an object of filters");
    knownKeys("query", query, FILTER_KEYS);
    // The predicates check every input first, in the order of the filter registry (so the first error is the same).
    const hasDate = query.from !== undefined || query.to !== undefined;
    const range = {
      ...(query.from !== undefined && { from: query.from }),
      ...(query.to !== undefined && { to: query.to }),
    };
    if (hasDate) predicates.byDate(range);
    if (query.party !== undefined) predicates.byParty(query.party);
    if (query.place !== undefined || query.near !== undefined) {
      predicates.byLocation({
        ...(query.place !== undefined && { place: query.place }),
        ...(query.near !== undefined && { near: query.near }),
      });
    }
    const rest: IncidentPredicate[] = [];
    if (query.type !== undefined) rest.push(predicates.byType(query.type));
    if (query.episode !== undefined) rest.push(predicates.byEpisode(query.episode));

    // Every input is valid: the indexed filters as bitsets, the dates as a range.
    const sets: Bits[] = [];
    if (query.party !== undefined) {
      sets.push(
        index.partyBits(
          new Set(listOf("party", query.party).flatMap((filter) => [...partyIds(filter, records.partyById)])),
        ),
      );
    }
    if (query.place !== undefined)
      sets.push(index.placeBits(listOf("place", query.place).map((id) => knownPlace(id, requirePlace))));
    if (query.near !== undefined) {
      sets.push(index.nearBits(nearTarget(query.near, requirePlace)));
    }
    let candidates: Int32Array | undefined;
    let keep: ((position: number) => boolean) | undefined;
    let bits: Bits | undefined;
    if (sets.length > 0) {
      bits = sets[0] as Bits;
      for (const other of sets.slice(1))
        for (let w = 0; w < bits.length; w++) (bits[w] as number) &= other[w] as number;
    }
    if (hasDate) {
      const { from, to } = dateBounds(range);
      // The smaller side drives: the incidents in the bitsets, each tested for the dates, or the date range, each
      // tested against the bitsets.
      const inBits = bits ? countOf(bits) : Infinity;
      if (bits && inBits <= index.dateCount(from, to)) {
        candidates = positionsOf(bits, inBits);
        keep = index.dateTest(from, to);
      } else {
        candidates = index.dateRange(from, to);
        const set = bits;
        if (set) keep = (position) => hasBit(set, position);
      }
    } else if (bits) candidates = positionsOf(bits);

    const out: Incident[] = [];
    if (candidates === undefined) {
      for (const incident of incidents) if (rest.every((test) => test(incident))) out.push(incident);
      return out;
    }
    for (let k = 0; k < candidates.length; k++) {
      const position = candidates[k] as number;
      if (keep && !keep(position)) continue;
      const incident = incidents[position] as Incident;
      if (rest.length === 0 || rest.every((test) => test(incident))) out.push(incident);
    }
    return out;
  };
  return Object.assign(filter, { index });
}
