// The command line as a function of its arguments, so tests can run it without a process.
import { describe } from "../errors.js";
import { isIncidentsError, release } from "armenia-azerbaijan-incidents";
import type { CliDataset } from "./dataset.js";
import { parse, UsageError } from "./args.js";
import { draftCommand, DRAFT_HELP, matchCommand, MATCH_HELP } from "./commands/article.js";
import { episodesCommand, EPISODES_HELP } from "./commands/episodes.js";
import { list, LIST_HELP } from "./commands/list.js";
import { milestonesCommand, MILESTONES_HELP } from "./commands/milestones.js";
import { overview } from "./commands/overview.js";
import { PLACES_HELP, placesCommand } from "./commands/places.js";
import { show, SHOW_HELP } from "./commands/show.js";
import { stats, STATS_HELP } from "./commands/stats.js";
import { ok, type Result, type Terminal } from "./io.js";
import { closest } from "../lookup/suggest.js";

export const HELP = `Usage: armenia-azerbaijan-incidents [command] [options]
       aa-incidents [command] [options]

Curated, cited records of armed incidents between Armenia and Azerbaijan.

Commands:
  (none)           an overview: counts, the span covered, the latest incidents
  list             incidents filtered by date, party, place, distance and type; table, json, ndjson, csv, geojson
  show <id>        one incident (or episode) in full, every claim with its claimant and source
  episodes         the wars and escalations incidents belong to, with their running totals
  milestones       the peace process's dated steps: border agreements, the treaty's text, summits
  places <name>    look a place up in the gazetteer
  stats            casualty claims by year and side, each side's own claims apart from the other's
  match [file|-]   which incidents a news article reports, each side's claims side by side (--published)
  draft [file|-]   a draft incident record from a news article, with what a curator must check

Options:
  -n, --latest <count>  with no command: how many of the latest incidents to show (default 5)
  -v, --version         the package and data version
  -h, --help            this help; <command> --help for a command's options
`;

const COMMANDS: Record<
  string,
  { run: (argv: readonly string[], terminal: Terminal, data: CliDataset) => Result; help: string }
> = {
  list: { run: list, help: LIST_HELP },
  show: { run: show, help: SHOW_HELP },
  episodes: { run: episodesCommand, help: EPISODES_HELP },
  milestones: { run: milestonesCommand, help: MILESTONES_HELP },
  places: { run: placesCommand, help: PLACES_HELP },
  stats: { run: stats, help: STATS_HELP },
  match: { run: matchCommand, help: MATCH_HELP },
  draft: { run: draftCommand, help: DRAFT_HELP },
};

function runOverview(argv: readonly string[], data: CliDataset): Result {
  const { values } = parse(argv, { latest: { type: "string", short: "n" }, version: { type: "boolean", short: "v" } });
  if (values.help) return ok(HELP);
  if (values.version) return ok("version" in data.info ? String(data.info.version) : "unversioned");
  const latest = values.latest === undefined ? 5 : Number(values.latest);
  if (!Number.isInteger(latest) || latest < 0)
    throw new UsageError(`--latest must be a whole number, zero or more (got ${describe(values.latest)})`);
  return ok(overview(data, latest));
}

function dispatch(argv: readonly string[], terminal: Terminal, data: CliDataset): Result {
  const [first, ...rest] = argv;
  if (first === undefined || first.startsWith("-")) return runOverview(argv, data);
  if (first === "help") return ok(COMMANDS[rest[0] ?? ""]?.help ?? HELP);
  const command = COMMANDS[first];
  if (!command) {
    const near = closest(first, Object.keys(COMMANDS), 1);
    throw new UsageError(`unknown command ${describe(first)}${near.length > 0 ? `. Did you mean "${near[0]}"?` : ""}`);
  }
  return command.run(rest, terminal, data);
}

/** Runs a command. User mistakes (bad flags, dates, ids) give exit status 2 and a message, never a stack trace. */
export function run(
  argv: readonly string[],
  terminal: Terminal = { isTTY: false, columns: 100 },
  data: CliDataset = release,
): Result {
  try {
    return dispatch(argv, terminal, data);
  } catch (error) {
    if (error instanceof UsageError || isIncidentsError(error)) {
      return {
        code: 2,
        stdout: "",
        stderr: `armenia-azerbaijan-incidents: ${error.message}\nRun with --help for usage.\n`,
      };
    }
    throw error;
  }
}
