// The incidents, or their casualty claims, as CSV (RFC 4180).
import type { Incident } from "../data/types.js";
import { InvalidQueryError } from "../errors.js";
import { rowsToCSV } from "./rfc4180.js";
import { CLAIM_COLUMNS, claimRows, INCIDENT_COLUMNS, incidentRow, requireIncidents } from "./rows.js";

export interface CSVOptions {
  /** `incidents` (default): one row per incident, with low / best / high per side; `claims`: one row per casualty claim. */
  readonly table?: "incidents" | "claims";
}

export function toCSV(incidents: readonly Incident[], options: CSVOptions = {}): string {
  const list = requireIncidents(incidents);
  const table = options.table ?? "incidents";
  if (table === "claims") {
    return rowsToCSV(CLAIM_COLUMNS, list.flatMap(claimRows));
  }
  if (table !== "incidents") throw new InvalidQueryError("table", table, 'must be "incidents" or "claims"');
  return rowsToCSV(INCIDENT_COLUMNS, list.map(incidentRow));
}
