// `npm run data:add -- --date 2023-04-11 --place Tegh --source https://… [--publisher …] [--published …]`
// Writes a new incident file with its id and path from the date and main place, and stubs for new sources.
// Every field left as TODO fails the lint until a curator writes it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { canonicalCollection, canonicalRecord } from "./canonical.js";
import { loadRawData } from "./load.js";
import { parseRawData } from "./parse.js";
import { ROOT, SOURCES_FILE } from "./paths.js";
import { ScaffoldError, scaffoldIncident } from "./scaffold.js";

const HELP = `usage: npm run data:add -- --date YYYY-MM-DD|YYYY-MM --place <id or name> [--place …] --source <url> [--source …]
  [--end YYYY-MM-DD] [--type exchange-of-fire] [--actor <party id> …] [--publisher <name>] [--published YYYY-MM-DD] [--language en]`;

const { values } = parseArgs({
  options: {
    date: { type: "string" },
    end: { type: "string" },
    place: { type: "string", multiple: true },
    type: { type: "string", multiple: true },
    actor: { type: "string", multiple: true },
    source: { type: "string", multiple: true },
    publisher: { type: "string" },
    published: { type: "string" },
    language: { type: "string" },
    help: { type: "boolean", short: "h" },
  },
});
if (values.help || values.date === undefined) {
  console.log(HELP);
  process.exit(values.help ? 0 : 2);
}

try {
  const { records } = parseRawData(loadRawData());
  const scaffold = scaffoldIncident(records, {
    date: values.date,
    ...(values.end ? { end: values.end } : {}),
    places: values.place ?? [],
    types: values.type ?? [],
    actors: values.actor ?? [],
    urls: values.source ?? [],
    ...(values.publisher ? { publisher: values.publisher } : {}),
    ...(values.published ? { published: values.published } : {}),
    ...(values.language ? { language: values.language } : {}),
  });
  const target = path.join(ROOT, scaffold.file);
  if (existsSync(target)) throw new ScaffoldError(`${scaffold.file} exists already`);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, canonicalRecord(scaffold.incident));
  if (scaffold.newSources.length > 0) {
    const sources = JSON.parse(readFileSync(SOURCES_FILE, "utf8")) as unknown[];
    writeFileSync(SOURCES_FILE, canonicalCollection([...sources, ...scaffold.newSources]));
  }
  console.log(`wrote ${scaffold.file}${scaffold.newSources.length > 0 ? ` and ${scaffold.newSources.length} source stub(s) in data/sources.json` : ""}`);
  console.log("next: write the title, summary and claims from the pages you read, then npm run data:lint");
} catch (error) {
  if (!(error instanceof ScaffoldError)) throw error;
  console.error(`data:add: ${error.message}`);
  process.exit(2);
}
