import type { CliDataset, CliIncident } from "../dataset.js";
import { rowsToCSV } from "../../formats/rfc4180.js";
import { formatOption, parse } from "../args.js";
import { ok, type Result, type Terminal } from "../io.js";
import { renderTable } from "../table.js";

export const STATS_HELP = `Usage: armenia-azerbaijan-incidents stats [--format table|json|csv]

Counts incidents and casualty claims by year (of an incident's start) and by the side whose losses are claimed.
Each side's own claims about its losses and the other side's claims about them are kept apart:

  own       the latest figure the losing side's own camp gave (Armenia and the de facto Karabakh
            authorities count as one camp), summed over incidents
  other     the highest of the latest figures given by claimants of another camp, summed over incidents
            (figures a source gives without attribution count in neither column)

A column is empty, not 0, where no claim gives a number. The library's casualtyTotals(incidents) gives the
same totals, for every casualty category.

Options:
  --format <format>   table (default on a terminal), json (default when piped), csv
  -h, --help          this help
`;

type Line = {
  year: string;
  side: string;
  incidents: number;
  killed_own: number | null;
  killed_other: number | null;
  wounded_own: number | null;
  wounded_other: number | null;
};

/** The lines `stats` prints: `casualtyTotals` by year, flattened; a category without any number stays empty. */
export function statistics(data: CliDataset, list: readonly CliIncident[] = data.incidents): Line[] {
  return data.casualtyTotals(list).map((total) => ({
    year: total.year,
    side: total.side,
    incidents: total.incidents,
    killed_own: total.own.killed,
    killed_other: total.other.killed,
    wounded_own: total.own.wounded,
    wounded_other: total.other.wounded,
  }));
}

export function stats(argv: readonly string[], terminal: Terminal, data: CliDataset): Result {
  const { values } = parse(argv, { format: { type: "string", short: "f" } });
  if (values.help) return ok(STATS_HELP);
  const format = formatOption(values.format, terminal.isTTY ? "table" : "json", ["table", "json", "csv"]);
  const { incidents } = data;
  const lines = statistics(data);
  const columns = ["year", "side", "incidents", "killed_own", "killed_other", "wounded_own", "wounded_other"] as const;
  if (format === "json") return ok(JSON.stringify(lines, null, 2));
  if (format === "csv") {
    return { code: 0, stdout: rowsToCSV(columns, lines), stderr: "" };
  }
  const headers = ["year", "losses of", "incidents", "killed: own claims", "killed: other side's", "wounded: own", "wounded: other side's"];
  const cell = (value: number | null) => (value === null ? "" : String(value));
  const rows = lines.map((l) => [l.year, l.side, String(l.incidents), cell(l.killed_own), cell(l.killed_other), cell(l.wounded_own), cell(l.wounded_other)]);
  return ok(`${renderTable(headers, rows, terminal.columns)}\n\n${incidents.length} incidents in all; see \`show <id>\` for each claim and its source.`);
}
