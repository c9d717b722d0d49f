// Builds a new incident record and the source stubs it needs, for `npm run data:add`.
import { allNamesOf } from "../../src/gazetteer/names.js";
import { normalizeName } from "../../src/gazetteer/normalize.js";
import { endOfMonth } from "../../src/dates/calendar.js";
import { IncidentTypeSchema } from "../../src/schema/index.js";
import { sourceIdOf } from "../../src/schema/source-id.js";
import { incidentFilePath } from "./paths.js";
import type { RawRecords } from "./parse.js";
import { addressKey } from "../lint/checks/sources.js";

/** What a curator must replace: the lint fails while any field still starts with it. */
export const PLACEHOLDER = "TODO";

export interface ScaffoldInput {
  /** `YYYY-MM-DD`, or `YYYY-MM` where only the month is known. */
  date: string;
  end?: string;
  /** Place ids or names (any spelling the gazetteer knows); the first is the main place. */
  places: string[];
  types: string[];
  actors: string[];
  /** Addresses of the pages read; an address already in sources.json reuses that source. */
  urls: string[];
  publisher?: string;
  published?: string;
  language?: string;
}

export interface Scaffold {
  file: string;
  incident: Record<string, unknown>;
  newSources: Record<string, unknown>[];
}

export class ScaffoldError extends Error {
  override name = "ScaffoldError";
}

function resolvePlace(records: RawRecords, wanted: string): string {
  if (records.places.some(({ record }) => record.id === wanted)) return wanted;
  const key = normalizeName(wanted);
  const matches = records.places.filter(({ record }) => allNamesOf(record).some((name) => normalizeName(name) === key));
  if (matches.length === 1) return matches[0]!.record.id;
  if (matches.length > 1) throw new ScaffoldError(`"${wanted}" names several places (${matches.map(({ record }) => record.id).join(", ")}): give the id`);
  throw new ScaffoldError(`no place "${wanted}" in the gazetteer: add it to data/places/ first`);
}

function span(date: string, end: string | undefined) {
  if (/^\d{4}-\d{2}$/.test(date)) return { start: `${date}-01`, end: endOfMonth(date), precision: "month" };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new ScaffoldError(`--date "${date}" must be YYYY-MM-DD, or YYYY-MM where only the month is known`);
  return { start: date, end: end ?? date, precision: "day" };
}

/** The convention's id (src/schema/source-id.ts): the publisher or the site's name, the day, the page's last path segment. */
function sourceId(url: string, publisher: string | undefined, published: string | undefined): string {
  const parsed = new URL(url);
  const site = publisher ?? parsed.hostname.replace(/^www\./, "").replace(/\.[a-z]+$/, "");
  return sourceIdOf({ publisher: site, published, subject: parsed.pathname.split("/").filter(Boolean).at(-1) ?? "" });
}

export function scaffoldIncident(records: RawRecords, input: ScaffoldInput): Scaffold {
  if (input.places.length === 0) throw new ScaffoldError("name at least one --place");
  for (const type of input.types) {
    if (!IncidentTypeSchema.safeParse(type).success) throw new ScaffoldError(`unknown --type "${type}": one of ${IncidentTypeSchema.options.join(", ")}`);
  }
  if (input.actors.length === 0) throw new ScaffoldError("name the parties that took part, with --actor");
  for (const actor of input.actors) {
    if (!records.parties.some(({ record }) => record.id === actor)) throw new ScaffoldError(`unknown --actor "${actor}": add it to data/parties.json first`);
  }
  const places = input.places.map((place) => resolvePlace(records, place));
  const dates = span(input.date, input.end);
  const id = `${dates.start}-${places[0]}`;
  if (records.incidents.some(({ record }) => record.id === id || record.aliases?.includes(id))) {
    throw new ScaffoldError(`an incident "${id}" exists already: edit it, or name a more precise main place`);
  }

  const known = new Map(records.sources.flatMap(({ record }) => (record.url ? [[addressKey(record.url), record.id] as const] : [])));
  const newSources: Record<string, unknown>[] = [];
  const sourceIds = input.urls.map((url) => {
    const existing = known.get(addressKey(url));
    if (existing) return existing;
    const source = {
      id: sourceId(url, input.publisher, input.published),
      url,
      publisher: input.publisher ?? new URL(url).hostname.replace(/^www\./, ""),
      ...(input.published ? { published: input.published } : {}),
      language: input.language ?? "en",
      kind: "news-website",
    };
    newSources.push(source);
    known.set(addressKey(url), source.id);
    return source.id;
  });
  if (sourceIds.length === 0) throw new ScaffoldError("give the address of at least one page read, with --source");

  const incident = {
    id,
    title: `${PLACEHOLDER}: a short neutral title`,
    types: input.types.length > 0 ? input.types : ["exchange-of-fire"],
    span: dates,
    locations: places.map((place) => ({ place, relation: "near" })),
    actors: input.actors,
    summary: `${PLACEHOLDER}: what happened, in your own neutral words; each side's account attributed`,
    casualties: [],
    accusations: [],
    denials: [],
    verification: "single-source",
    sources: sourceIds,
  };
  return { file: incidentFilePath(id), incident, newSources };
}
