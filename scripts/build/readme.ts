// The README's parts that come from the data, the schemas and the exports: its counts, coverage grid, episodes,
// lists of values, the lookups of each record kind and the files shipped. Each is written between marker comments,
// `<!-- generated:NAME -->` … `<!-- /generated -->` (a block when the markers stand on lines of their own, inline
// otherwise), so the README cannot drift from what it describes. `npm run docs:readme` rewrites them after a build;
// a test fails when the README differs from what this script would write.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import * as main from "../../src/index.js";
import { coverageReport, formatCoverage } from "../data/coverage.js";
import { loadRawData } from "../data/load.js";
import { parseRawData } from "../data/parse.js";
import { DIST_DIR, ROOT } from "../data/paths.js";
import { readingState, readReadingLedger } from "../data/reading-ledger.js";
import { jsonSchemaOf, jsonSchemas } from "./json-schemas.js";

export const README_FILE = path.join(ROOT, "README.md");

const MONTHS = "January February March April May June July August September October November December".split(" ");
const code = (value: string) => `\`${value}\``;
const list = (values: readonly string[]) => values.map(code).join(", ");
const number = (n: number) => n.toLocaleString("en-GB");
const monthOf = (day: string) => `${MONTHS[Number(day.slice(5, 7)) - 1]!} ${day.slice(0, 4)}`;
const dayOf = (day: string) => `${Number(day.slice(8, 10))} ${monthOf(day)}`;
/** A span of days as the README writes one: `2–5 April 2016`, `27 July – 8 August 2014`, `12 December 2022 – 24 September 2023`. */
function daysOf(start: string, end: string): string {
  if (start === end) return dayOf(start);
  if (start.slice(0, 7) === end.slice(0, 7)) return `${Number(start.slice(8, 10))}–${dayOf(end)}`;
  if (start.slice(0, 4) === end.slice(0, 4)) return `${dayOf(start).replace(/ \d{4}$/, "")} – ${dayOf(end)}`;
  return `${dayOf(start)} – ${dayOf(end)}`;
}

/** A paragraph wrapped at the README's width (Prettier keeps the lines of Markdown prose as they are). */
function wrap(text: string, width = 116): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  return [...lines, line].join("\n");
}
const capital = (word: string) => `${word[0]!.toUpperCase()}${word.slice(1)}`;

type Node = Record<string, unknown>;

/**
 * The enum values at a path of a record's JSON Schema, such as `incident.types` or `incident.locations.relation`:
 * the schemas own the values, the README lists them.
 */
export function enumValues(spec: string): string[] {
  const [name, ...fields] = spec.split(".");
  if (!(name! in jsonSchemas)) throw new Error(`docs:readme: no JSON Schema named ${name}`);
  const schema = jsonSchemaOf(name as keyof typeof jsonSchemas) as Node;
  const defs = (schema["$defs"] ?? {}) as Record<string, Node>;
  const resolve = (node: Node): Node => {
    if (typeof node["$ref"] === "string") return resolve(defs[(node["$ref"] as string).split("/").pop()!] ?? {});
    if (node["type"] === "array" && node["items"]) return resolve(node["items"] as Node);
    const alternatives = (node["anyOf"] ?? node["oneOf"]) as Node[] | undefined;
    const object = alternatives?.map(resolve).find((alternative) => alternative["properties"] || alternative["enum"]);
    return object ?? node;
  };
  let node = resolve(schema);
  for (const field of fields) {
    const next = (node["properties"] as Record<string, Node> | undefined)?.[field];
    if (!next) throw new Error(`docs:readme: ${spec}: no field ${field}`);
    node = resolve(next);
  }
  if (!Array.isArray(node["enum"])) throw new Error(`docs:readme: ${spec} is not an enumeration`);
  return (node["enum"] as unknown[]).map(String);
}

/** The record kinds, in the order of `dataset.counts`, each with the main entry's exports for it (checked to exist). */
export function recordKinds() {
  const exported = main as unknown as Record<string, unknown>;
  return Object.keys(main.dataset.counts).map((collection) => {
    const kind = collection.endsWith("ies") ? `${collection.slice(0, -3)}y` : collection.slice(0, -1);
    const names = {
      collection,
      get: `get${capital(kind)}`,
      is: `is${capital(kind)}Id`,
      ids: `${kind}Ids`,
      aliases: `${kind}Aliases`,
      idType: `${capital(kind)}Id`,
    };
    for (const [role, name] of Object.entries(names)) {
      if (role !== "idType" && !(name in exported)) throw new Error(`docs:readme: the main entry lacks ${name}`);
    }
    return { kind, ...names };
  });
}

/** What each file of dist/data/ holds. A shipped file without a line here fails the script, so none goes unlisted. */
const FILE_DOCS: [RegExp, string, string][] = [
  [
    /^incidents\.csv$/,
    "`incidents.csv`",
    "one row per incident (RFC 4180): dates, types, places, sides, verification, summary, sources, `<side>_<killed\\|wounded\\|captured\\|missing>_<low\\|best\\|high>` summed over each side's parties, `episode` (the incident's episode ids, joined with `; `), `<side>_<category>_basis`: what the best figure rests on (`own-camp`, `other-side`, `third-party`, `unattributed`, `median`, or `mixed` where the side's parties differ), and for analysis `latitude`, `longitude` (the first location whose place has coordinates of its own, `located_place`, `located_relation`), `province_id`, `province`, `district_id`, `district`, each side's best killed and wounded with civilians apart from forces (`<side>_<civilians\\|forces>_<killed\\|wounded>_best`) and `killed_best_total`, `wounded_best_total`",
  ],
  [
    /^claims\.csv$/,
    "`claims.csv`",
    "one row per casualty claim, the incidents' (`incident_id`) and then the episodes' (`episode_id`): whose losses and their side, who claims it and their side, the counts (a category reported without a number is listed in `unspecified`, not as a count), `reported`, sources, note, `latest`: the categories (`killed; wounded`) in which the claim is its claimant's latest figure for the same losses (empty where a later claim revises it), `<category>_bound` (`lower`, `upper`, `approximate`; empty for an exact figure), and `statement_day` with `statement_day_from`: the day the estimate rules date the claim by, from `reported` or else from its first source's publication",
  ],
  [
    /^episodes\.csv$/,
    "`episodes.csv`",
    "one row per episode (the 2020 war, the escalations, the blockade): span, sides, actors, summary, sources and the same estimate and basis columns as `incidents.csv`, from the episode's own running claims",
  ],
  [
    /^incidents\.geojson$/,
    "`incidents.geojson`",
    "RFC 7946: one feature per incident location: a Point (`[longitude, latitude]`), a LineString for a place drawn as a line (the line of contact, a border section, the corridor), or both; with the incident row's columns plus `location_*` as flat properties. An incident's figures (`casualty_claims`, the estimate and basis columns) stand on the feature of its first location (`location_index` 0) and are empty on the others, so summing a column over the features counts each incident once. A place no source locates is drawn at its nearest located ancestor (a village at its district or country), and `location_geometry_from` names the place whose geometry it is",
  ],
  [/^incidents\.ndjson$/, "`incidents.ndjson`", "one complete incident per line"],
  [/^(?!datapackage)[a-z]+\.json$/, "", "the records as the main entry exports them"],
  [
    /^[a-z]+\.parquet$/,
    "",
    "the same tables as Apache Parquet, typed: dates as DATE, counts as integers, empty cells as nulls (DuckDB: `SELECT * FROM '…/claims.parquet'`)",
  ],
  [
    /^datapackage\.json$/,
    "`datapackage.json`",
    "a Frictionless Data Package: each table, CSV and Parquet, with a Table Schema (every column's type, meaning and allowed values), the licences and the version",
  ],
];

function filesTable(): string {
  const shipped = readdirSync(path.join(DIST_DIR, "data")).sort();
  if (shipped.length === 0) throw new Error("docs:readme: dist/data/ is empty: run npm run build first");
  const collections = recordKinds().map(({ collection }) => `${collection}.json`);
  const rows = new Map<number, string[]>();
  for (const file of shipped) {
    const entry = FILE_DOCS.findIndex(([pattern]) => pattern.test(file));
    if (entry < 0)
      throw new Error(`docs:readme: dist/data/${file} is shipped but the README has no line for it (FILE_DOCS)`);
    rows.set(entry, [...(rows.get(entry) ?? []), file]);
  }
  const ordered = (files: string[]) =>
    [...files].sort((a, b) => {
      const rank = (file: string) => (collections.includes(file) ? collections.indexOf(file) : collections.length);
      const parquet = ["incidents", "claims", "episodes"];
      const rankParquet = (file: string) => parquet.indexOf(file.split(".")[0]!);
      return rank(a) - rank(b) || rankParquet(a) - rankParquet(b) || (a < b ? -1 : 1);
    });
  const lines = ["| file | holds |", "| --- | --- |"];
  for (const [index, [, name, holds]] of FILE_DOCS.entries()) {
    const files = rows.get(index);
    if (!files) continue;
    lines.push(`| ${name || list(ordered(files))} | ${holds} |`);
  }
  const schemas = Object.keys(jsonSchemas);
  lines.push(`| \`../json-schema/*.json\` | JSON Schemas of the record types (${schemas.join(", ")}) |`);
  return lines.join("\n");
}

function episodesTable(): string {
  const linked = (id: string) => main.incidents.filter((incident) => incident.episodes?.includes(id as never)).length;
  const lines = ["| episode | dates | what | incidents linked |", "| --- | --- | --- | ---: |"];
  for (const episode of [...main.episodes].sort((a, b) => (a.span.start < b.span.start ? -1 : 1))) {
    const dates = daysOf(episode.span.start, episode.span.end);
    lines.push(`| \`${episode.id}\` | ${dates} | ${episode.title.replace(/\|/g, "\\|")} | ${linked(episode.id)} |`);
  }
  return lines.join("\n");
}

function coverage(): string {
  const { records } = parseRawData(loadRawData());
  const report = coverageReport(records);
  const text = formatCoverage(report).split("\n");
  const start = text.findIndex((line) => line.startsWith("year "));
  const end = text.indexOf("", start);
  const grid = text.slice(start, end).join("\n");
  const { counts, span } = main.dataset;
  const { totals, independentlySourced, weak } = report;
  if (totals.incidents !== counts.incidents)
    throw new Error("docs:readme: data/ and the build disagree: run npm run build");
  const controlled = main.places.filter((place) => (place.control?.length ?? 0) > 0).length;
  const lines = main.places.filter((place) => place.line).length;
  const percent = Math.round(independentlySourced.share * 100);
  const reading = readingState(
    readReadingLedger(ROOT),
    records.incidents.map(({ record }) => record.id),
  );
  const read = reading.incidents - reading.unread.length;
  return [
    wrap(
      `${number(counts.incidents)} incidents from ${monthOf(span.start)} to ${monthOf(span.end)}, with ${number(totals.claims)} casualty claims, in ${number(counts.episodes)} episodes (named spans that incidents link to, below); a gazetteer of ${number(counts.places)} places (${number(controlled)} with periods of control, ${number(lines)} drawn as lines), ${number(counts.parties)} parties and ${number(counts.sources)} sources. \`npm run data:report\` prints where the record stands; at this release, incidents by the month they start in:`,
    ),
    "",
    "```",
    grid,
    "```",
    "",
    wrap(
      `Of the ${number(counts.incidents)}, ${number(independentlySourced.count)} (${percent}%) cite two or more independent sources (different publishers; an agency's copies counted once); ${number(weak.singleSource.length)} rest on one, ${number(weak.singleSide.length)} are reported by one side only, and ${number(weak.disputed.length)} are disputed (a party denies they happened).`,
    ),
    "",
    wrap(
      `A second reader, not the one who drafted them, has checked ${number(read)} of the ${number(reading.incidents)} incidents against their cited pages (figures, bounds, claimants, days, places and wording): ${number(reading.confirmed)} as drafted, ${number(reading.corrected)} corrected, ${number(reading.unverifiable)} only in part or not at all, because some or all of their cited pages could not be found again. The reading ledger, \`data/curation/reading-ledger.json\` in the repository, names the pages each reading found.`,
    ),
  ].join("\n");
}

/** Every generated part, by the name its markers carry. `values:<schema path>` lists an enumeration's values. */
export function generatedPart(name: string): string {
  const kinds = recordKinds();
  const parts: Record<string, () => string> = {
    coverage,
    episodes: episodesTable,
    files: filesTable,
    "episode-count": () => number(main.dataset.counts.episodes),
    "milestone-count": () => number(main.dataset.counts.milestones),
    collections: () => list(kinds.map((k) => k.collection)),
    "id-types": () => list(kinds.map((k) => k.idType)),
    "alias-maps": () => list(kinds.map((k) => k.aliases)),
    sides: () =>
      enumValues("party.side")
        .map((side) => `\`"${side}"\``)
        .join(", "),
    lookups: () =>
      [
        "| export | what it is |",
        "| --- | --- |",
        `| ${list(kinds.map((k) => k.collection))} | readonly arrays, frozen: incidents by start date then id, the rest by id |`,
        `| ${list(kinds.map((k) => `${k.get}(id)`))} | one record; an unknown id throws \`UnknownIdError\` with the closest ids as \`suggestions\` |`,
        `| ${list(kinds.map((k) => k.is))} | type guards for strings from outside |`,
        `| ${list(kinds.map((k) => k.ids))} | the ids as readonly tuples |`,
        `| ${list(kinds.map((k) => k.aliases))} | old ids that still resolve, each to its current id (see [Aliases](#versioning-policy)) |`,
      ].join("\n"),
  };
  if (name.startsWith("values:")) return list(enumValues(name.slice("values:".length)));
  const part = parts[name];
  if (!part) throw new Error(`README.md: no generated part named ${name}`);
  return part();
}

const MARKERS = /<!-- generated:([^ ]+) -->([\s\S]*?)<!-- \/generated -->/g;

/** The names of the generated parts the README holds, in order. */
export function generatedNames(readme: string): string[] {
  return [...readme.matchAll(MARKERS)].map((match) => match[1]!);
}

/** The README with every generated part rewritten; text outside the markers is kept as it is. */
export function renderReadme(readme: string): string {
  return readme.replace(MARKERS, (_, name: string, old: string) => {
    const block = old.startsWith("\n");
    const text = generatedPart(name);
    return block
      ? `<!-- generated:${name} -->\n\n${text}\n\n<!-- /generated -->`
      : `<!-- generated:${name} -->${text}<!-- /generated -->`;
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  writeFileSync(README_FILE, renderReadme(readFileSync(README_FILE, "utf8")));
  console.log(`wrote the generated parts of ${path.relative(ROOT, README_FILE)}`);
}
