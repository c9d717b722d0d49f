// `match` and `draft`: which record is this article about, and a draft record from it.
import { readFileSync } from "node:fs";
import {
  draftIncidentIn,
  matchArticleIn,
  readArticleIn,
  type ArticleMatch,
  type ArticleReading,
} from "armenia-azerbaijan-incidents/article";
import { CASUALTY_CATEGORIES } from "../../schema/categories.js";
import { formatSpan } from "../span-format.js";
import type { CliDataset } from "../dataset.js";
import { formatOption, parse, UsageError } from "../args.js";
import { ok, type Result, type Terminal } from "../io.js";

export const MATCH_HELP = `Usage: armenia-azerbaijan-incidents match [file|-] [--published YYYY-MM-DD] [--limit n] [--format text|json]

Reads a news article (a file, or standard input with - or no file) and lists the incidents of the record it most
likely reports, best first: the score, the evidence for and against (dates, places, figures), each side's
casualty claims side by side with their sources. Nothing fits: says so, exit status 1.

Options:
  --published <date>  the article's publication date, to resolve "on Tuesday" (else its date line, if any)
  --limit <n>         how many matches to show (default 3)
  --format <format>   text (default on a terminal) or json (default when piped)
  -h, --help          this help

Example:
  armenia-azerbaijan-incidents match article.txt --published 2023-09-01
`;

export const DRAFT_HELP = `Usage: armenia-azerbaijan-incidents draft [file|-] --published YYYY-MM-DD [--url <url>] [--publisher <name>]

Reads a news article and prints a draft incident record in the source format (data/incidents/YYYY/<id>.json),
the source stub, the npm run data:add command that scaffolds it, and what a curator must still check.

Options:
  --published <date>  the article's publication date (required, unless the article has a date line)
  --url <url>         the article's address
  --publisher <name>  who published it
  --format <format>   text (default on a terminal) or json (default when piped)
  -h, --help          this help
`;

function readText(file: string | undefined): string {
  try {
    return readFileSync(file === undefined || file === "-" ? 0 : file, "utf8");
  } catch (error) {
    throw new UsageError(
      `cannot read ${file === undefined || file === "-" ? "standard input" : `"${file}"`}: ${(error as Error).message}`,
    );
  }
}

function dateOption(value: string | undefined): string | undefined {
  if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value))
    throw new UsageError(`--published takes a date written YYYY-MM-DD (got "${value}")`);
  return value;
}

function describeReading(reading: ArticleReading): string[] {
  const lines = [`The article (${reading.language}):`];
  lines.push(`  published: ${reading.published ? `${reading.published.date} (${reading.published.from})` : "unknown"}`);
  lines.push(
    `  event date: ${reading.date ? `${reading.date.date} from “${reading.date.text}” (${reading.date.how})` : "none named in the text"}`,
  );
  const places = [
    ...new Map(reading.places.filter((p) => p.place.kind !== "country").map((p) => [p.place.id, p])).values(),
  ];
  lines.push(
    `  places: ${places.map((p) => `“${p.text}” → ${p.place.label}`).join(", ") || "none of the gazetteer's"}`,
  );
  for (const warning of reading.warnings ?? []) lines.push(`  warning: ${warning}`);
  for (const f of reading.figures)
    lines.push(
      `  figure: ${f.count} ${f.category}, ${f.side ?? "side not said"}${f.civilians ? " civilians" : ""}, ${f.claimant ? `says ${f.claimant}` : "not attributed"}`,
    );
  return lines;
}

function claimsSideBySide(data: CliDataset, match: ArticleMatch): string[] {
  const incident = match.incident;
  const sideOf = (party: string) => data.getParty(party).side;
  const sides = [...new Set(incident.casualties.map((c) => sideOf(c.losses)))];
  if (sides.length === 0) return ["  No casualty claims in the record."];
  const columns = sides.map((side) =>
    incident.casualties
      .filter((c) => sideOf(c.losses) === side)
      .map((c) => {
        const figures = CASUALTY_CATEGORIES.filter((k) => c[k] !== undefined)
          .map((k) => (c[k] === "unspecified" ? `${k} ?` : `${c[k]} ${k}`))
          .join(", ");
        return `${c.claimant ?? "unattributed"}${c.reported ? ` ${c.reported}` : ""}: ${figures} [${c.sources.join(", ")}]`;
      }),
  );
  const width = 56;
  const cut = (s: string) => (s.length > width ? `${s.slice(0, width - 1)}…` : s.padEnd(width));
  const rows = Math.max(...columns.map((c) => c.length));
  const lines = [
    `  ${sides.map((s) => cut(`${s}'s losses`)).join(" │ ")}`,
    `  ${sides.map(() => "─".repeat(width)).join("─┼─")}`,
  ];
  for (let i = 0; i < rows; i++) lines.push(`  ${columns.map((c) => cut(c[i] ?? "")).join(" │ ")}`.trimEnd());
  return lines;
}

function describeMatch(data: CliDataset, match: ArticleMatch, rank: number): string {
  const incident = match.incident;
  const lines = [
    `${rank}. ${incident.id} (score ${match.score}): ${incident.title}`,
    `   ${formatSpan(incident.span, "long")}; ${incident.locations.map((l) => `${l.relation} ${data.getPlace(l.place).label}`).join("; ")}`,
    ...match.evidence.map((e) => `   ${e.agrees ? "✓" : "✗"} ${e.kind}: ${e.detail}`),
    "",
    ...claimsSideBySide(data, match),
    "",
    "  Sources:",
    ...incident.sources.map((id) => {
      const s = data.getSource(id);
      return `    ${id}: ${[s.publisher, s.published, s.url].filter(Boolean).join(", ")}`;
    }),
  ];
  return lines.join("\n");
}

export function matchCommand(argv: readonly string[], terminal: Terminal, data: CliDataset): Result {
  const { values, positionals } = parse(
    argv,
    { published: { type: "string" }, limit: { type: "string", short: "n" }, format: { type: "string", short: "f" } },
    1,
  );
  if (values.help) return ok(MATCH_HELP);
  const published = dateOption(values.published);
  const limit = values.limit === undefined ? 3 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1)
    throw new UsageError(`--limit must be a whole number, one or more (got "${values.limit}")`);
  const format = formatOption(values.format, terminal.isTTY ? "text" : "json", ["text", "json"]);
  const text = readText(positionals[0]);
  const options = published ? { published } : {};
  const reading = readArticleIn(data, text, options);
  const matches = matchArticleIn(data, text, options).slice(0, limit);
  if (format === "json") {
    const out = {
      reading: { ...reading, places: reading.places.map((p) => ({ ...p, place: p.place.id })) },
      matches: matches.map((m) => ({
        id: m.incident.id,
        score: m.score,
        evidence: m.evidence,
        casualties: m.incident.casualties,
        sources: m.incident.sources.map((id) => data.getSource(id)),
      })),
    };
    return { ...ok(JSON.stringify(out, null, 2)), code: matches.length > 0 ? 0 : 1 };
  }
  const body = [...describeReading(reading), ""];
  if (matches.length === 0) body.push("No incident of the record fits this article.");
  else
    body.push(
      ...matches
        .map((m, i) => describeMatch(data, m, i + 1))
        .join("\n\n")
        .split("\n"),
    );
  return { ...ok(body.join("\n")), code: matches.length > 0 ? 0 : 1 };
}

export function draftCommand(argv: readonly string[], terminal: Terminal, data: CliDataset): Result {
  const { values, positionals } = parse(
    argv,
    {
      published: { type: "string" },
      url: { type: "string" },
      publisher: { type: "string" },
      format: { type: "string", short: "f" },
    },
    1,
  );
  if (values.help) return ok(DRAFT_HELP);
  const text = readText(positionals[0]);
  const unpublished = values.published === undefined ? readArticleIn(data, text) : undefined;
  const published = dateOption(values.published) ?? unpublished?.published?.date;
  if (published === undefined)
    throw new UsageError(
      `draft needs --published YYYY-MM-DD (${unpublished?.warnings?.[0] ?? "the article has no date line"})`,
    );
  const format = formatOption(values.format, terminal.isTTY ? "text" : "json", ["text", "json"]);
  const draft = draftIncidentIn(data, text, {
    published,
    ...(values.url ? { url: values.url } : {}),
    ...(values.publisher ? { publisher: values.publisher } : {}),
  });
  if (format === "json")
    return ok(
      JSON.stringify(
        {
          ...(draft.warnings ? { warnings: draft.warnings, existing: draft.existing } : {}),
          file: draft.file,
          record: draft.record,
          source: draft.source,
          command: draft.command,
          check: draft.check,
        },
        null,
        2,
      ),
    );
  return ok(
    [
      ...(draft.warnings ?? []).map((w) => `Warning: ${w}`),
      ...(draft.warnings ? [""] : []),
      `${draft.file}:`,
      JSON.stringify(draft.record, null, 2),
      "",
      "Source stub for data/sources.json:",
      JSON.stringify(draft.source, null, 2),
      "",
      "Or scaffold it with:",
      `  ${draft.command}`,
      "",
      "A curator must still check:",
      ...draft.check.map((c) => `  - ${c}`),
    ].join("\n"),
  );
}
