import type { CliDataset, CliIncident } from "../dataset.js";
import { rowsToCSV } from "../../formats/rfc4180.js";
import { formatOption, parse } from "../args.js";
import { ok, type Result, type Terminal } from "../io.js";
import { renderTable } from "../table.js";
import { filterOptions, queryFromFlags } from "../filters.js";
import { filterHelp } from "../../query/filters.js";
import type { IncidentQuery } from "../../query/types.js";

export const STATS_HELP =
  /* @__PURE__ */ (() => `Usage: armenia-azerbaijan-incidents stats [filters] [--format table|json|csv] [--without-episodes]

Counts incidents and casualty claims by year (of an incident's or episode's start) and by the side whose
losses are claimed. Each side's own claims about its losses and the other side's claims about them are kept
apart:

  own       the latest count the losing side's own camp gave (Armenia and the de facto Karabakh
            authorities count as one camp), summed
  other     the highest of the latest counts given by claimants of another camp, summed (figures a
            source gives without attribution count in neither column)

Each death is counted once: where an episode (the 2020 war, an escalation) holds a camp's running total for a
party's losses, that total stands for the figures of the incidents inside it; the episodes column names them.
An upper bound ("up to 800") never counts. A column is empty, not 0, where no claim gives a number. The
library's casualtyTotals(incidents) gives the same totals, for every casualty category. The filters of list
count only the incidents they keep: \`--excludeInclusion mine\` leaves the mine casualties out.

Filters:
${filterHelp()}

Options:
  --format <format>     table (default on a terminal), json (default when piped), csv
  --without-episodes    incident-level sums alone: the incidents' own figures, no episode totals
  -h, --help            this help
`)();

type Line = {
  year: string;
  side: string;
  incidents: number;
  episodes: string;
  killed_own: number | null;
  killed_other: number | null;
  wounded_own: number | null;
  wounded_other: number | null;
};

/** The lines `stats` prints: `casualtyTotals` by year, flattened; a category without any number stays empty. */
export function statistics(data: CliDataset, list: readonly CliIncident[] = data.incidents, episodes = true): Line[] {
  return data.casualtyTotals(list, { episodes }).map((total) => ({
    year: total.year,
    side: total.side,
    incidents: total.incidents,
    episodes: total.episodes.join("; "),
    killed_own: total.own.killed,
    killed_other: total.other.killed,
    wounded_own: total.own.wounded,
    wounded_other: total.other.wounded,
  }));
}

export function stats(argv: readonly string[], terminal: Terminal, data: CliDataset): Result {
  const { values } = parse(argv, {
    ...filterOptions(),
    format: { type: "string", short: "f" },
    "without-episodes": { type: "boolean" },
  });
  if (values.help) return ok(STATS_HELP);
  const format = formatOption(values.format, terminal.isTTY ? "table" : "json", ["table", "json", "csv"]);
  const incidents = data.filterIncidents(queryFromFlags(values, data) as IncidentQuery<string, string>);
  const lines = statistics(data, incidents, values["without-episodes"] !== true);
  const columns = [
    "year",
    "side",
    "incidents",
    "killed_own",
    "killed_other",
    "wounded_own",
    "wounded_other",
    "episodes",
  ] as const;
  if (format === "json") return ok(JSON.stringify(lines, null, 2));
  if (format === "csv") {
    return { code: 0, stdout: rowsToCSV(columns, lines), stderr: "" };
  }
  const headers = [
    "year",
    "losses of",
    "incidents",
    "killed: own claims",
    "killed: other side's",
    "wounded: own",
    "wounded: other side's",
    "episode totals",
  ];
  const cell = (value: number | null) => (value === null ? "" : String(value));
  const rows = lines.map((l) => [
    l.year,
    l.side,
    String(l.incidents),
    cell(l.killed_own),
    cell(l.killed_other),
    cell(l.wounded_own),
    cell(l.wounded_other),
    l.episodes,
  ]);
  const basis =
    values["without-episodes"] === true
      ? "incident-level figures only"
      : "episode totals stand for their incidents' figures";
  return ok(
    `${renderTable(headers, rows, terminal.columns)}\n\n${incidents.length} incidents in all (${basis}); see \`show <id>\` for each claim and its source.`,
  );
}
