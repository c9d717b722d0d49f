import { InvalidQueryError } from "../errors.js";
import type { Incident } from "../schema/index.js";
import type { FilterContext, Narrowing } from "./definition.js";
import { type Bits, countOf, incidentIndex, type IncidentIndex, intersect, positionsOf } from "./engine.js";
import { flagsOf, type FilterList, INCIDENT_FILTERS } from "./filters.js";
import type { IncidentQuery } from "./types.js";
import { knownKeys } from "./validate.js";

/**
 * The number of incidents from which filterIncidents answers from the indexes; below it, it tests every incident
 * with the filters' predicates (the plain filter), builds nothing and holds no memory for indexes.
 *
 * Measured by `npm run bench` ("Where the indexes pay", scripts/bench/baseline.md): the package's own records
 * cloned to 400 to 25,600 incidents, the benchmark's four queries timed on both paths. Once built, the indexes
 * answer faster at every size, but their build reads every incident's dates, parties and places and costs the
 * first query several plain queries (a one-month query paid it back only after 10 to 60 queries, at every size
 * measured). At 1,600 incidents the slowest plain query took under 1 ms (0.78 ms), so the indexes could save a
 * user less than a millisecond a query there; at 3,200 it took 1.56 ms (growing with the size) and the indexes
 * answered all four faster: the rule the benchmark applies, and the size it found on each run.
 */
export const INDEX_FROM = 3200;

/** filterIncidents and the indexes behind it (exposed for tests and the benchmark). */
export interface IncidentFilter {
  (query?: IncidentQuery<string, string, string>): Incident[];
  readonly index: IncidentIndex;
  /** True when this dataset's queries use the indexes (it holds INDEX_FROM incidents or more). */
  readonly indexed: boolean;
}

export interface IncidentFilterOptions {
  /** The size from which the indexes answer (INDEX_FROM; tests force either path with 0 or Infinity). */
  readonly indexFrom?: number | undefined;
}

/** One test of all of these (none: undefined), without a loop over them where there is one. */
function allOf<T>(tests: readonly ((value: T) => boolean)[]): ((value: T) => boolean) | undefined {
  if (tests.length <= 1) return tests[0];
  return (value) => {
    for (let i = 0; i < tests.length; i++) if (!(tests[i] as (value: T) => boolean)(value)) return false;
    return true;
  };
}

/** The part of a query one filter reads: its keys that are given. */
const partOf = (query: Readonly<Record<string, unknown>>, keys: readonly string[]) =>
  Object.fromEntries(keys.filter((key) => query[key] !== undefined).map((key) => [key, query[key]]));

/**
 * The incidents that match every filter given (AND), in the dataset's order. Within one filter, a list matches
 * any of its values (OR). Bad input throws an InvalidQueryError or UnknownIdError; it never yields a silently
 * empty result. Every filter of the registry checks its input first, in the registry's order (so the first error
 * is always the same); then, from INDEX_FROM incidents on, the filters with an index narrow the candidates (every
 * index built in one pass on the first query) and the others test what remains; below it, every filter tests.
 */
export function incidentFilter(
  context: FilterContext,
  filters: FilterList = INCIDENT_FILTERS,
  { indexFrom = INDEX_FROM }: IncidentFilterOptions = {},
): IncidentFilter {
  const incidents = context.records.incidents;
  const index = incidentIndex(context.records);
  const indexed = incidents.length >= indexFrom;
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

    // Every input is valid: the indexes narrow, as sets of positions and ranges; the other filters test. Below
    // INDEX_FROM incidents every filter tests (the plain filter), and no index is built.
    const sets: Bits[] = [];
    const ranges: Exclude<Narrowing, { bits: Bits }>[] = [];
    const rest: ((incident: Incident) => boolean)[] = [];
    for (const { definition, value } of checked) {
      const narrowed = indexed ? definition.narrow?.(value, index, context) : undefined;
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
        // The range is scanned once, testing the set in the same scan: only the matches come back.
        candidates = (ranges[smallest] as (typeof ranges)[number]).positions(bits);
        ranges.forEach((range, i) => i !== smallest && keep.push(range.test));
      }
    } else if (bits) candidates = positionsOf(bits);

    const test = allOf(rest);
    if (candidates === undefined) return test === undefined ? incidents.slice() : incidents.filter(test);
    const position = allOf(keep);
    // Room for every candidate, cut to the matches at the end: no growing array.
    const out = new Array<Incident>(candidates.length);
    let n = 0;
    for (let k = 0; k < candidates.length; k++) {
      const p = candidates[k] as number;
      if (position !== undefined && !position(p)) continue;
      const incident = incidents[p] as Incident;
      if (test === undefined || test(incident)) out[n++] = incident;
    }
    out.length = n;
    return out;
  };
  return Object.assign(filter, { index, indexed });
}
