// `milestones`: the dated steps of the peace process (border agreements, the treaty's text, summits).
import { formatSpan } from "../span-format.js";
import type { CliDataset } from "../dataset.js";
import { formatOption, parse } from "../args.js";
import { ok, type Result, type Terminal } from "../io.js";
import { renderTable } from "../table.js";

export const MILESTONES_HELP = `Usage: armenia-azerbaijan-incidents milestones [--format table|json]

Lists the milestones of the peace process in date order: the border commissions' agreements, the peace treaty's
text, the leaders' declarations. They are not incidents: a chart of incidents can mark them as context.

Options:
  --format <format>   table (default on a terminal) or json (default when piped: the records in full)
  -h, --help          this help
`;

export function milestonesCommand(argv: readonly string[], terminal: Terminal, data: CliDataset): Result {
  const { values } = parse(argv, { format: { type: "string", short: "f" } });
  if (values.help) return ok(MILESTONES_HELP);
  const format = formatOption(values.format, terminal.isTTY ? "table" : "json", ["table", "json"]);
  if (format === "json") return ok(JSON.stringify(data.milestones, null, 2));
  const rows = data.milestones.map((milestone) => [
    formatSpan(milestone.span, "range"),
    milestone.process,
    milestone.title,
    milestone.id,
  ]);
  const table = renderTable(["date", "process", "title", "id"], rows, terminal.columns);
  return ok(`${table}\n\n${rows.length} milestone(s); each record's summary and sources: --format json.`);
}
