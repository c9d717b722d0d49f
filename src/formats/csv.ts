// The incidents, their casualty claims, or their episodes as CSV (RFC 4180).
import type { Incident } from "../schema/index.js";
import type { CSVOptions, IncidentFormat } from "./format.js";
import { formatIndexOf } from "./records.js";
import { rowsToCSV } from "./rfc4180.js";
import {
  CLAIM_COLUMNS,
  EPISODE_COLUMNS,
  type FormatIndex,
  INCIDENT_COLUMNS,
  requireIncidents,
  tableRows,
} from "./rows.js";

export type { CSVOptions } from "./format.js";

export function incidentsCSV(incidents: readonly Incident[], options: CSVOptions, index: FormatIndex): string {
  const list = requireIncidents(incidents);
  const table = (options ?? {}).table ?? "incidents";
  const columns = table === "claims" ? CLAIM_COLUMNS : table === "episodes" ? EPISODE_COLUMNS : INCIDENT_COLUMNS;
  return rowsToCSV(columns, tableRows(table, list, index));
}

export const csvFormat: IncidentFormat = {
  description:
    "RFC 4180: one row per incident, per casualty claim with --table claims, per episode with --table episodes",
  files: [
    { name: "incidents.csv" },
    { name: "claims.csv", options: { table: "claims" } },
    { name: "episodes.csv", options: { table: "episodes" } },
  ],
  write: (records, incidents, options = {}) => incidentsCSV(incidents, options, formatIndexOf(records)),
};
