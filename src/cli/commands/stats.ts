import type { CliDataset, CliIncident } from "../dataset.js";
import { campOf, figuresOf, latestPerClaimant, ownCampFigure } from "../../claims/estimates.js";
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

Options:
  --format <format>   table (default on a terminal), json (default when piped), csv
  -h, --help          this help
`;

type Line = {
  year: string;
  side: string;
  incidents: number;
  killed_own: number;
  killed_other: number;
  wounded_own: number;
  wounded_other: number;
};

export function statistics(data: CliDataset, list: readonly CliIncident[] = data.incidents): Line[] {
  const sideOf = (party: string): string | undefined => (data.isPartyId(party) ? data.getParty(party).side : undefined);
  const lines = new Map<string, Line>();
  for (const incident of list) {
    const year = incident.span.start.slice(0, 4);
    const sidesCounted = new Set<string>();
    for (const estimate of incident.estimates) {
      const key = `${year} ${estimate.side}`;
      const line = lines.get(key) ?? { year, side: estimate.side, incidents: 0, killed_own: 0, killed_other: 0, wounded_own: 0, wounded_other: 0 };
      if (!sidesCounted.has(estimate.side)) line.incidents += 1;
      sidesCounted.add(estimate.side);
      const claims = incident.casualties.filter((claim) => claim.losses === estimate.losses);
      for (const category of ["killed", "wounded"] as const) {
        const figures = latestPerClaimant(figuresOf(claims, category));
        line[`${category}_own`] += ownCampFigure(figures, estimate.side, sideOf) ?? 0;
        const others = figures.filter((f) => {
          const side = sideOf(f.claimant);
          return side !== undefined && campOf(side) !== campOf(estimate.side);
        });
        line[`${category}_other`] += Math.max(0, ...others.map((f) => f.value));
      }
      lines.set(key, line);
    }
  }
  return [...lines.values()].sort((a, b) => (a.year === b.year ? (a.side < b.side ? -1 : 1) : a.year < b.year ? -1 : 1));
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
  const rows = lines.map((l) => [l.year, l.side, String(l.incidents), String(l.killed_own), String(l.killed_other), String(l.wounded_own), String(l.wounded_other)]);
  return ok(`${renderTable(headers, rows, terminal.columns)}\n\n${incidents.length} incidents in all; see \`show <id>\` for each claim and its source.`);
}
