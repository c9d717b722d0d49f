// What one incident filter is: the query keys it reads (each a command-line flag with its help), how it checks
// its value, the test of one incident, and where it has one, the index that answers it. The registry
// (filters.ts) lists them; filterIncidents, the by* predicates, the command line and its help read the registry.
import type { Hierarchy } from "../gazetteer/hierarchy.js";
import type { IndexedRecords } from "../lookup/records.js";
import type { Incident, Place } from "../schema/index.js";
import type { Bits, IncidentIndex } from "./engine.js";

/** What a filter reads beside its value: the dataset's records, its place hierarchy, its place lookup. */
export interface FilterContext {
  readonly records: IndexedRecords;
  readonly hierarchy: Hierarchy;
  readonly requirePlace: (id: string) => Place;
}

/** One query key of a filter, and the command-line flag of the same name. */
export interface FilterFlag<K extends string = string> {
  /** The key in a query object, and the flag's name (`--from`). */
  readonly key: K;
  /** What the flag takes, for the help: `<date>`. */
  readonly argument: string;
  /** The help text, one or more lines. */
  readonly help: readonly string[];
  /** Repeated or comma-separated values on the command line; a list in a query. */
  readonly multiple: boolean;
  /**
   * How the command line reads the flag's text where it is not taken as it is: `places` resolves each value as a
   * place name or id, `near` reads `<where>:<km>` and resolves the place.
   */
  readonly read?: "places" | "near";
}

/**
 * What an index answers for a filter: a set of incident positions, or a range of positions that can be counted,
 * listed in order or tested one by one (the engine lets the smaller side drive).
 */
export type Narrowing =
  | { readonly bits: Bits }
  | {
      readonly bits?: undefined;
      count(): number;
      /** The positions in the range, ascending; with `within`, only those also in that set (one scan). */
      positions(within?: Bits): Int32Array;
      test(position: number): boolean;
    };

/** One incident filter. `P` is its value once checked. */
export interface FilterDefinition<P = unknown, K extends string = string> {
  /** The name of its predicate on a dataset: `byDate`. */
  readonly predicate: string;
  /** Its name in the messages of its predicate (`date filter`), where it reads several keys. */
  readonly label: string;
  /** The query keys it reads, in order. A filter of one key takes its value alone in its predicate. */
  readonly flags: readonly FilterFlag<K>[];
  /**
   * Checks the value (the query's keys of this filter, at least one given), and returns it checked. Bad input
   * throws InvalidQueryError or UnknownIdError naming it.
   */
  parse(input: Readonly<Partial<Record<K, unknown>>>, context: FilterContext): P;
  /** The test of one incident, for a checked value. */
  test(value: P, context: FilterContext): (incident: Incident) => boolean;
  /** The index's answer for a checked value, where an index answers it; else the engine tests each candidate. */
  narrow?(value: P, index: IncidentIndex, context: FilterContext): Narrowing;
}

/** Declares a filter, keeping its value type and keys. */
export const defineFilter = <P, K extends string>(definition: FilterDefinition<P, K>): FilterDefinition<P, K> =>
  definition;
