// `episodes`: the named spans (wars, escalations, a blockade) that incidents belong to, with their running totals.
import { formatSpan } from "../span-format.js";
import type { CliDataset } from "../dataset.js";
import { formatOption, parse } from "../args.js";
import { ok, type Result, type Terminal } from "../io.js";
import { renderTable } from "../table.js";

export const EPISODES_HELP = `Usage: armenia-azerbaijan-incidents episodes [--format table|json]

Lists the episodes (the 2020 war, the escalations, the Lachin corridor blockade): their span, how many incidents
belong to them, and each side's best killed figure from the episode's own running claims, where it has any.
Show one in full with: show <episode-id>; list its incidents with: list --episode <episode-id>.

Options:
  --format <format>   table (default on a terminal) or json (default when piped)
  -h, --help          this help
`;

type EpisodeLine = {
  id: string;
  title: string;
  start: string;
  end: string;
  incidents: number;
  killed_best: Record<string, number>;
};

/** Per episode: its span, how many incidents link to it, and each losing side's best killed figure summed. */
export function episodeLines(data: CliDataset): EpisodeLine[] {
  return data.episodes.map((episode) => {
    const killed: Record<string, number> = {};
    for (const estimate of episode.estimates) {
      const range = estimate.killed;
      if (range) killed[estimate.side] = (killed[estimate.side] ?? 0) + range.best;
    }
    return {
      id: episode.id,
      title: episode.title,
      start: episode.span.start,
      end: episode.span.end,
      incidents: data.filterIncidents({ episode: episode.id as never }).length,
      killed_best: killed,
    };
  });
}

export function episodesCommand(argv: readonly string[], terminal: Terminal, data: CliDataset): Result {
  const { values } = parse(argv, { format: { type: "string", short: "f" } });
  if (values.help) return ok(EPISODES_HELP);
  const format = formatOption(values.format, terminal.isTTY ? "table" : "json", ["table", "json"]);
  const lines = episodeLines(data);
  if (format === "json") return ok(JSON.stringify(lines, null, 2));
  const rows = data.episodes.map((episode, i) => {
    const line = lines[i]!;
    const killed = Object.entries(line.killed_best)
      .map(([side, n]) => `${side} ${n}`)
      .join(", ");
    return [formatSpan(episode.span, "range"), episode.id, String(line.incidents), killed, episode.title];
  });
  const table = renderTable(
    ["dates", "id", "incidents", "killed (best, from its own claims)", "title"],
    rows,
    terminal.columns,
  );
  return ok(
    `${table}\n\n${lines.length} episode(s); the best figures rest on each side's own running totals where it gave one.`,
  );
}
