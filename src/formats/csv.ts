// CSV as RFC 4180 has it: a header row, CRLF line ends, fields quoted where they hold a comma, quote or line end.
import type { Incident } from "../data/types.js";
import { InvalidQueryError } from "../errors.js";
import { type Cell, CLAIM_COLUMNS, claimRows, INCIDENT_COLUMNS, incidentRow, requireIncidents, type Row } from "./rows.js";

function field(value: Cell): string {
  if (value === null) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function rowsToCSV(columns: readonly string[], rows: readonly Row[]): string {
  return [columns, ...rows.map((row) => columns.map((name) => row[name] ?? null))]
    .map((cells) => cells.map((cell) => field(cell as Cell)).join(","))
    .map((line) => `${line}\r\n`)
    .join("");
}

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
