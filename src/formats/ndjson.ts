// Newline-delimited JSON: one complete incident per line, for jq, DuckDB or pandas.read_json(lines=True).
import type { Incident } from "../schema/index.js";
import type { IncidentFormat } from "./format.js";
import { requireIncidents } from "./rows.js";

/** The incidents as NDJSON: one complete incident as JSON per line. */
export function toNDJSON(incidents: readonly Incident[]): string {
  return requireIncidents(incidents)
    .map((incident) => `${JSON.stringify(incident)}\n`)
    .join("");
}

export const ndjsonFormat: IncidentFormat = {
  description: "one complete incident per line (NDJSON)",
  files: [{ name: "incidents.ndjson" }],
  write: (_records, incidents) => toNDJSON(incidents),
};
