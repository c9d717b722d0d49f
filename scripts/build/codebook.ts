// The codebook (docs/codebook.md, shipped in the package): every field of every record, every column of every table,
// every enumeration and the estimate rules, written from the schemas, scripts/build/tables.ts and the README's rule
// sections, so it cannot drift from them. `npm run docs:codebook` rewrites it; a test fails when it is stale.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "../data/paths.js";
import { jsonSchemaOf } from "./json-schemas.js";
import { TABLES, type TableName, tableColumns } from "./tables.js";

export const CODEBOOK_FILE = path.join(ROOT, "docs/codebook.md");

type Node = Record<string, unknown>;

const RECORDS = [
  ["incident", "Incident", "incidents.json, incidents.ndjson"],
  ["episode", "Episode", "episodes.json"],
  ["milestone", "Milestone", "milestones.json"],
  ["place", "Place", "places.json"],
  ["party", "Party", "parties.json"],
  ["source", "Source", "sources.json"],
] as const;

/**
 * What each field means, where its schema carries no description of its own. A test requires a meaning for every
 * field of every record, so a new field cannot ship undocumented.
 */
const COMMON: Record<string, string> = {
  id: "Stable id; never changes once released (a record that must go keeps resolving through another's aliases).",
  aliases: "Earlier ids of this record (merged or renamed), which still resolve to it.",
  note: "What a cited page adds, in the dataset's own words.",
};
export const FIELD_DOCS: Record<string, Record<string, string>> = {
  incident: {
    ...COMMON,
    id: "Start date and main place, such as `2023-04-11-tegh`; never changes once released.",
    title: "A short title in the dataset's own words.",
    types: "What happened: one or more incident types.",
    span: "`{ start, end, precision }`: first and last day, inclusive, and whether known to the day, month or year.",
    time: "Local time (UTC+4) the incident began, HH:MM, where a source gives it.",
    locations:
      "`[{ place, relation, note? }]`: where, in order of importance; `relation` is `at`, `near`, or only `within` the place.",
    actors: "Party ids of those who took part.",
    summary: "A neutral summary in the dataset's own words; both names where the sides' names differ.",
    casualties:
      "Casualty claims: `{ losses, killed?, wounded?, captured?, missing?, bounds?, claimant?, reported?, sources, note? }`, one per statement (see the claims table).",
    accusations: "`[{ claimant, accused, allegation, sources }]`: who accuses whom of what, in neutral words.",
    denials: "`[{ claimant, denial, sources }]`: what a party denies.",
    sources: "Every source the record cites; each claim cites its own among them.",
    episodes: "Ids of the episodes (a war, an escalation, a blockade) the incident is part of.",
    sides: "Derived: the sides of the actors and of the parties whose losses are claimed.",
    inclusion:
      "Derived: why the incident is in the record, its class under the inclusion policy (see What the record includes).",
    estimates:
      "Derived: per party whose losses are claimed, `{ losses, side, killed?, wounded?, captured?, missing? }`, each a range `{ low, best, high, claimants, basis, bestBound? }` (see the rules below).",
    file: "Derived: the data file the record was built from.",
  },
  episode: {
    ...COMMON,
    id: "Such as `2020-war`; never changes once released.",
    title: "The episode's name.",
    span: "`{ start, end, precision }` of the whole episode.",
    actors: "Party ids of those who took part.",
    summary: "A neutral summary in the dataset's own words.",
    sources: "Every source the episode cites.",
    casualties: "Running claims for the whole episode (each side's totals), shaped like an incident's.",
    sides: "Derived: the sides of the actors and of the parties whose losses are claimed.",
    estimates: "Derived from the episode's own claims, by the same rules as an incident's.",
  },
  milestone: {
    ...COMMON,
    id: "The date, as precise as the span, then a name: `2025-08-08-washington-summit`; never changes once released.",
    span: "`{ start, end, precision }`: the day of the signing or meeting (month precision where no page gives the day).",
    process: "Which track of the peace process: the border commissions' work, or the peace agreement itself.",
    title: "A short title in the dataset's own words.",
    summary: "What was agreed or signed and what each side said of it, in neutral words.",
    actors: "Party ids of those who took part (the governments, their ministries and commissions).",
    places: "Place ids it concerns, such as the border villages of an agreed section.",
    sources: "Every source the milestone cites.",
  },
  place: {
    ...COMMON,
    id: "ASCII kebab-case of the common English name, such as `tegh` or `syunik-province`.",
    kind: "What kind of place it is.",
    country: "The country it lies in de jure (ISO 3166-1 alpha-2): Nagorno-Karabakh's places are `AZ`.",
    parent: "The place it lies in, in the administrative hierarchy.",
    name: "The English name used in the data.",
    sideNames: "Where the sides' names differ: `{ armenia, azerbaijan }` (Stepanakert / Khankendi).",
    names: "`{ hy?, az?, ru? }`: the Armenian, Azerbaijani and Russian names in their own scripts.",
    nameSources:
      "`{ hy?, az?, ru? }`: where each name was read, `{ geonamesId }` or `{ url, note? }` (names recorded before 0.6.0 may have none).",
    variants: "Every other spelling seen in sources, so that a name in an article resolves to the place.",
    coordinates: "`[longitude, latitude]`, WGS84, as in GeoJSON; copied from a gazetteer or a page, never estimated.",
    coordinateSource: "Where the coordinates come from: `{ geonamesId }` or `{ url, note? }`.",
    line: "A place drawn as a line: `{ coordinates, source }`, the source a page or the named places it runs through.",
    control: "Periods of control: `[{ party, from?, to?, sources, note? }]`, first and last day inclusive.",
    label: "Derived: the name to show, with both sides' names where they differ.",
    ancestors: "Derived: the parent chain, nearest first.",
  },
  party: {
    ...COMMON,
    name: "The party's name.",
    side: "The side it is on; filtering by a side matches all of its parties.",
    kind: "What kind of body it is (armed forces, a ministry, civilians, an NGO, ...).",
  },
  source: {
    ...COMMON,
    publisher: "The site or body at the address, written one way for one outlet.",
    agency: "The wire agency whose story the publisher carries, where it says so.",
    title: "The title exactly as published, where seen.",
    url: "The address, without tracking parameters.",
    published: "The publication date as the page shows it (YYYY, YYYY-MM or YYYY-MM-DD): not the events' date.",
    language: "The page's language (ISO 639-1).",
    kind: "What kind of publication it is.",
  },
};

const cellText = (text: string) => text.replace(/\|/g, "\\|").replace(/\s+/g, " ").trim();

/** A JSON Schema node's type in a few words: `string`, `integer`, `array of string`, `one of …`. */
function typeOf(node: Node, defs: Node): string {
  if (typeof node["$ref"] === "string") {
    const target = defs[(node["$ref"] as string).split("/").pop()!] as Node | undefined;
    return target ? typeOf(target, defs) : "object";
  }
  if (Array.isArray(node["enum"]))
    return `one of ${(node["enum"] as unknown[]).map((v) => `\`${String(v)}\``).join(", ")}`;
  if (node["const"] !== undefined) return `\`${String(node["const"])}\``;
  const alternatives = (node["anyOf"] ?? node["oneOf"]) as Node[] | undefined;
  if (alternatives) return alternatives.map((alternative) => typeOf(alternative, defs)).join(" or ");
  if (node["type"] === "array") return `array of ${typeOf((node["items"] ?? {}) as Node, defs)}`;
  if (typeof node["type"] === "string") {
    const format = node["format"] ?? (node["pattern"] ? "pattern" : undefined);
    return format === "pattern" || format === undefined
      ? String(node["type"])
      : `${String(node["type"])} (${String(format)})`;
  }
  return "object";
}

function recordSection(name: string, title: string, files: string): string[] {
  const schema = jsonSchemaOf(name as never) as Node;
  const defs = (schema["$defs"] ?? {}) as Node;
  const properties = (schema["properties"] ?? {}) as Record<string, Node>;
  const required = new Set((schema["required"] as string[] | undefined) ?? []);
  const lines = [
    `### ${title}`,
    "",
    `In ${files}; JSON Schema: \`json-schema/${name}.json\`.`,
    "",
    "| field | type | required | meaning |",
    "| --- | --- | --- | --- |",
  ];
  for (const [field, node] of Object.entries(properties)) {
    const own = typeof node["description"] === "string" ? node["description"] : "";
    const description = FIELD_DOCS[name]?.[field] ?? own;
    if (description === "") throw new Error(`scripts/build/codebook.ts: ${name}.${field} has no meaning written down`);
    lines.push(
      `| \`${field}\` | ${cellText(typeOf(node, defs))} | ${required.has(field) ? "yes" : "no"} | ${cellText(description)} |`,
    );
  }
  return [...lines, ""];
}

function tableSection(table: TableName): string[] {
  const { file, title, description } = TABLES[table];
  const lines = [
    `### ${title}: \`${file}.csv\`, \`${file}.parquet\``,
    "",
    description,
    "",
    "| column | type | meaning | values |",
    "| --- | --- | --- | --- |",
  ];
  for (const { name, spec } of tableColumns(table)) {
    const values = spec.values ? spec.values.map((value) => `\`${value}\``).join(", ") : "";
    lines.push(`| \`${name}\` | ${spec.type} | ${cellText(spec.description)} | ${values} |`);
  }
  return [...lines, ""];
}

/** A `### heading` section of the README, up to the next heading of the same or a higher level. */
function readmeSection(readme: string, heading: string): string {
  const start = readme.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`README.md has no section ${heading}`);
  const level = heading.split(" ")[0]!.length;
  const rest = readme.slice(start + heading.length + 2);
  const next = new RegExp(`\\n#{1,${level}} `).exec(rest);
  return rest.slice(0, next ? next.index : undefined).trim();
}

export function codebook(): string {
  const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
  const lines = [
    "# Codebook",
    "",
    "<!-- Written by `npm run docs:codebook` from the schemas, scripts/build/tables.ts and the README: do not edit. -->",
    "",
    "Every field of the records, every column of the tables, and the rules by which the estimates and totals are",
    "derived from the claims. The files are in `dist/data/` of the package; `datapackage.json` there describes the",
    "tables as a Frictionless Data Package. Every figure is a claim by someone, with its source: the estimates and",
    "totals are derived from the claims by the rules below, never typed in.",
    "",
    "## Records",
    "",
    ...RECORDS.flatMap(([name, title, files]) => recordSection(name, title, files)),
    "## Tables",
    "",
    "CSV files are RFC 4180 (CRLF line ends, a header row); an empty cell is a missing value. The Parquet files hold",
    "the same columns, typed: dates as DATE, counts as INT32, coordinates as DOUBLE, empty cells as nulls.",
    "",
    ...(Object.keys(TABLES) as TableName[]).flatMap(tableSection),
    "## What the record includes",
    "",
    readmeSection(readme, "### What the record includes"),
    "",
    "## How the estimates are derived",
    "",
    readmeSection(readme, "### How the estimates are derived"),
    "",
    "## Totals: each death once",
    "",
    readmeSection(readme, "### Totals: each death once"),
    "",
  ];
  return `${lines.join("\n")}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  writeFileSync(CODEBOOK_FILE, codebook());
  console.log(`wrote ${path.relative(ROOT, CODEBOOK_FILE)}`);
}
