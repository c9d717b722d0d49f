// The incidents, or their casualty claims, as CSV (RFC 4180).
import { InvalidQueryError } from "../errors.js";
import type { Incident } from "../schema/index.js";
import { rowsToCSV } from "./rfc4180.js";
import { CLAIM_COLUMNS, claimRows, type FormatIndex, INCIDENT_COLUMNS, incidentRow, requireIncidents } from "./rows.js";

/** Options of `toCSV`: which table to write. */
export interface CSVOptions {
  /** `incidents` (default): one row per incident, with low / best / high per side; `claims`: one row per casualty claim. */
  readonly table?: "incidents" | "claims";
}

export function incidentsCSV(incidents: readonly Incident[], options: CSVOptions, index: FormatIndex): string {
  const list = requireIncidents(incidents);
  const table = (options ?? {}).table ?? "incidents";
  if (table === "claims") {
    return rowsToCSV(CLAIM_COLUMNS, list.flatMap((incident) => claimRows(incident, index)));
  }
  if (table !== "incidents") throw new InvalidQueryError("table", table, 'must be "incidents" or "claims"');
  return rowsToCSV(INCIDENT_COLUMNS, list.map((incident) => incidentRow(incident, index)));
}
