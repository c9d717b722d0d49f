// The registry of incident filters. Each filter is one module of filters/ (its flags and help, how it checks its
// value, its test and its index); filterIncidents, the by* predicates, the command line's flags and its help read
// this list. Adding a filter is adding its module and a line here (and its key to IncidentQuery, for the types).
import type { FilterDefinition, FilterFlag } from "./definition.js";
import { dateFilter } from "./filters/date.js";
import { episodeFilter } from "./filters/episode.js";
import { inclusionFilter } from "./filters/inclusion.js";
import { locationFilter } from "./filters/location.js";
import { partyFilter } from "./filters/party.js";
import { typeFilter } from "./filters/type.js";
import type { IncidentQuery } from "./types.js";

/** Every incident filter, in the order their inputs are checked and their flags are listed. */
export const INCIDENT_FILTERS = [
  dateFilter,
  partyFilter,
  locationFilter,
  typeFilter,
  episodeFilter,
  inclusionFilter,
] as const;

/** A list of filters, as the registry is (tests pass their own). */
export type FilterList = readonly FilterDefinition<unknown, string>[];

/** The keys of a query, from the registry. */
export type FilterKey = (typeof INCIDENT_FILTERS)[number]["flags"][number]["key"];

// The registry and the query type name the same keys: a filter added to one and not the other fails to compile.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameKeys: Same<FilterKey, keyof IncidentQuery> = true;
void sameKeys;

/** Every flag of a list of filters, in order. */
export const flagsOf = (filters: FilterList): readonly FilterFlag[] => filters.flatMap((filter) => filter.flags);

/** The query keys of the registry: one flag each. */
export const FILTER_SPECS: readonly FilterFlag<FilterKey>[] = /* @__PURE__ */ flagsOf(
  INCIDENT_FILTERS,
) as readonly FilterFlag<FilterKey>[];

/** The keys filterIncidents accepts, in the registry's order. */
export const FILTER_KEYS: readonly FilterKey[] = /* @__PURE__ */ FILTER_SPECS.map((spec) => spec.key);

const wrap = (words: readonly string[], width = 78): string[] => {
  const lines: string[] = [];
  let current = "";
  for (const word of words) {
    const next = current === "" ? word : `${current} ${word}`;
    if (next.length > width && current !== "") {
      lines.push(current);
      current = word;
    } else current = next;
  }
  if (current !== "") lines.push(current);
  return lines;
};

/** The filters' lines for a command's help, aligned (the text moves right where a flag is longer than the column). */
export function filterHelp(filters: FilterList = INCIDENT_FILTERS, indent = "  ", column = 21): string {
  const flags = flagsOf(filters).map((spec) => ({ spec, flag: `--${spec.key} ${spec.argument}` }));
  const width = Math.max(column, ...flags.map(({ flag }) => flag.length + 2));
  return flags
    .flatMap(({ spec, flag }) =>
      spec.help
        .flatMap((text) => wrap(text.split(" ")))
        .map((text, i) => `${indent}${(i === 0 ? flag : "").padEnd(width)}${text}`),
    )
    .join("\n");
}
