import { InvalidQueryError } from "../errors.js";
import type { Incident } from "../schema/index.js";
import type { FilterContext, Narrowing } from "./definition.js";
import { type Bits, countOf, hasBit, incidentIndex, type IncidentIndex, intersect, positionsOf } from "./engine.js";
import { flagsOf, type FilterList, INCIDENT_FILTERS } from "./filters.js";
import type { IncidentQuery } from "./types.js";
import { knownKeys } from "./validate.js";

/** filterIncidents and the indexes behind it (exposed for tests and the benchmark). */
export interface IncidentFilter {
  (query?: IncidentQuery<string, string, string>): Incident[];
  readonly index: IncidentIndex;
}

/** The part of a query one filter reads: its keys that are given. */
const partOf = (query: Readonly<Record<string, unknown>>, keys: readonly string[]) =>
  Object.fromEntries(keys.filter((key) => query[key] !== undefined).map((key) => [key, query[key]]));

/**
 * The incidents that match every filter given (AND), in the dataset's order. Within one filter, a list matches
 * any of its values (OR). Bad input throws an InvalidQueryError or UnknownIdError; it never yields a silently
 * empty result. Every filter of the registry checks its input first, in the registry's order (so the first error
 * is always the same); then the filters with an index narrow the candidates (indexes built on first use) and the
 * others test what remains.
 */
export function incidentFilter(context: FilterContext, filters: FilterList = INCIDENT_FILTERS): IncidentFilter {
  const incidents = context.records.incidents;
  const index = incidentIndex(context.records);
  const keys = flagsOf(filters).map((flag) => flag.key);
  const filter = (query: IncidentQuery<string, string, string> = {}): Incident[] => {
    if (query === null || typeof query !== "object" || Array.isArray(query))
      throw new InvalidQueryError("query", query, "must be an object of filters");
    knownKeys("query", query, keys);
    const given = query as Readonly<Record<string, unknown>>;
    const checked = filters.flatMap((definition) => {
      const part = partOf(
        given,
        definition.flags.map((flag) => flag.key),
      );
      return Object.keys(part).length === 0 ? [] : [{ definition, value: definition.parse(part, context) }];
    });

    // Every input is valid: the indexes narrow, as sets of positions and ranges; the other filters test.
    const sets: Bits[] = [];
    const ranges: Exclude<Narrowing, { bits: Bits }>[] = [];
    const rest: ((incident: Incident) => boolean)[] = [];
    for (const { definition, value } of checked) {
      const narrowed = definition.narrow?.(value, index, context);
      if (narrowed === undefined) rest.push(definition.test(value, context));
      else if (narrowed.bits !== undefined) sets.push(narrowed.bits);
      else ranges.push(narrowed);
    }
    const bits = sets.length > 0 ? intersect(sets) : undefined;
    let candidates: Int32Array | undefined;
    const keep: ((position: number) => boolean)[] = [];
    if (ranges.length > 0) {
      // The smallest side drives: the positions in the sets, or the smallest range; the others test each position.
      const counts = ranges.map((range) => range.count());
      const smallest = counts.indexOf(Math.min(...counts));
      const inBits = bits ? countOf(bits) : Infinity;
      if (bits && inBits <= (counts[smallest] as number)) {
        candidates = positionsOf(bits, inBits);
        for (const range of ranges) keep.push(range.test);
      } else {
        candidates = (ranges[smallest] as (typeof ranges)[number]).positions();
        ranges.forEach((range, i) => i !== smallest && keep.push(range.test));
        if (bits) keep.push((position) => hasBit(bits, position));
      }
    } else if (bits) candidates = positionsOf(bits);

    const out: Incident[] = [];
    if (candidates === undefined) {
      for (const incident of incidents) if (rest.every((test) => test(incident))) out.push(incident);
      return out;
    }
    for (let k = 0; k < candidates.length; k++) {
      const position = candidates[k] as number;
      if (keep.length > 0 && !keep.every((test) => test(position))) continue;
      const incident = incidents[position] as Incident;
      if (rest.length === 0 || rest.every((test) => test(incident))) out.push(incident);
    }
    return out;
  };
  return Object.assign(filter, { index });
}
