// The incidents, their casualty claims, or their episodes as CSV (RFC 4180).
import type { Incident } from "../schema/index.js";
import { rowsToCSV } from "./rfc4180.js";
import {
  CLAIM_COLUMNS,
  EPISODE_COLUMNS,
  type FormatIndex,
  INCIDENT_COLUMNS,
  requireIncidents,
  tableRows,
} from "./rows.js";

/** Options of `toCSV`: which table to write. */
export interface CSVOptions {
  /**
   * `incidents` (default): one row per incident, with low / best / high per side; `claims`: one row per casualty
   * claim, the incidents' and then those of the episodes they belong to; `episodes`: one row per episode the
   * incidents belong to, with the estimates from the episode's own running claims.
   */
  readonly table?: "incidents" | "claims" | "episodes";
}

export function incidentsCSV(incidents: readonly Incident[], options: CSVOptions, index: FormatIndex): string {
  const list = requireIncidents(incidents);
  const table = (options ?? {}).table ?? "incidents";
  const columns = table === "claims" ? CLAIM_COLUMNS : table === "episodes" ? EPISODE_COLUMNS : INCIDENT_COLUMNS;
  return rowsToCSV(columns, tableRows(table, list, index));
}
