// The command line's filter flags, from the filter registry: one flag per query key, read as its spec says (a
// list, a place name, a distance), so that a filter added to the registry is a flag of `list` without an edit here.
import type { FilterFlag } from "../query/definition.js";
import { flagsOf, type FilterList, INCIDENT_FILTERS } from "../query/filters.js";
import type { CliDataset } from "./dataset.js";
import { listOption, nearOption } from "./args.js";
import { resolvePlace } from "./place-names.js";

/** parseArgs's options for the filters' flags. */
export function filterOptions(filters: FilterList = INCIDENT_FILTERS) {
  return Object.fromEntries(
    flagsOf(filters).map((spec) => [spec.key, { type: "string", multiple: spec.multiple }] as const),
  ) as Record<string, { type: "string"; multiple: boolean }>;
}

function read(spec: FilterFlag, value: string | string[], data: CliDataset): unknown {
  if (spec.read === "near") {
    const near = nearOption(value as string);
    const place = near?.place === undefined ? undefined : resolvePlace(data, near.place, `--${spec.key}`).id;
    return place === undefined ? near : { place, km: near?.km };
  }
  if (spec.read === "places")
    return listOption(value as string[])?.map((name) => resolvePlace(data, name, `--${spec.key}`).id);
  return spec.multiple ? listOption(value as string[]) : value;
}

/** The query the filters' flags given stand for. */
export function queryFromFlags(
  given: Readonly<Record<string, unknown>>,
  data: CliDataset,
  filters: FilterList = INCIDENT_FILTERS,
): Record<string, unknown> {
  return Object.fromEntries(
    flagsOf(filters).flatMap((spec): [string, unknown][] => {
      const value = given[spec.key] as string | string[] | undefined;
      return value === undefined ? [] : [[spec.key, read(spec, value, data)]];
    }),
  );
}
