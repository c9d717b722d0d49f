// What one incident format is: its line of help, the files the build emits in it, and how it writes incidents
// from the records it is given. The registry (registry.ts) lists them.
import type { Incident } from "../schema/index.js";
import type { WriterRecords } from "./records.js";

/** Options of `toCSV`: which table to write. */
export interface CSVOptions {
  /**
   * `incidents` (default): one row per incident, with low / best / high per side; `claims`: one row per casualty
   * claim, the incidents' and then those of the episodes they belong to; `episodes`: one row per episode the
   * incidents belong to, with the estimates from the episode's own running claims.
   */
  readonly table?: "incidents" | "claims" | "episodes";
}

export interface IncidentFormat {
  /** One line for the help. */
  readonly description: string;
  /** Files emitted in dist/data/ in this format, each with the options it is written with. */
  readonly files: readonly { readonly name: string; readonly options?: CSVOptions }[];
  /**
   * The whole output, ending with a line break: the incidents, with their places, parties, sources and episodes
   * looked up in `records` (a dataset, or arrays of its records).
   */
  write(records: WriterRecords, incidents: readonly Incident[], options?: CSVOptions): string;
}

/** Ends a text with one line break. */
export const line = (text: string): string => (text.endsWith("\n") ? text : `${text}\n`);
