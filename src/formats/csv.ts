// The incidents, their casualty claims, or their episodes as CSV (RFC 4180).
import { InvalidQueryError } from "../errors.js";
import type { Incident } from "../schema/index.js";
import { rowsToCSV } from "./rfc4180.js";
import {
  CLAIM_COLUMNS,
  claimRows,
  EPISODE_COLUMNS,
  episodeRow,
  episodesOf,
  type FormatIndex,
  INCIDENT_COLUMNS,
  incidentRow,
  requireIncidents,
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
  if (table === "claims") {
    const rows = [
      ...list.flatMap((incident) => claimRows({ incident }, index)),
      ...episodesOf(list, index).flatMap((episode) => claimRows({ episode }, index)),
    ];
    return rowsToCSV(CLAIM_COLUMNS, rows);
  }
  if (table === "episodes") return rowsToCSV(EPISODE_COLUMNS, episodesOf(list, index).map(episodeRow));
  if (table !== "incidents") throw new InvalidQueryError("table", table, 'must be "incidents", "claims" or "episodes"');
  return rowsToCSV(
    INCIDENT_COLUMNS,
    list.map((incident) => incidentRow(incident, index)),
  );
}
