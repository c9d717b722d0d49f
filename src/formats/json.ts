// JSON: one array of complete incidents, indented.
import type { IncidentFormat } from "./format.js";
import { line } from "./format.js";
import { requireIncidents } from "./rows.js";

export const jsonFormat: IncidentFormat = {
  description: "a JSON array of complete incidents",
  files: [],
  write: (_records, incidents) => line(JSON.stringify(requireIncidents(incidents), null, 2)),
};
