// draftIncident: a new record in the source format (data/incidents/YYYY/<id>.json), from what an article says.
import type { IncidentTypeValue } from "../schema/enums.js";
import { sourceIdOf } from "../schema/source-id.js";
import { matchReading } from "./match.js";
import { readArticleIn } from "./read.js";
import type { ArticleOptions, ArticleReading, SideName } from "./reading.js";
import type { ArticleDataset } from "./types.js";

export interface DraftOptions extends ArticleOptions {
  published: string;
  url?: string;
  publisher?: string;
}

export interface DraftSource {
  id: string;
  publisher?: string;
  url?: string;
  published: string;
  language: string;
  kind: "news-website";
}

export interface DraftClaim {
  losses: string;
  claimant?: string;
  reported: string;
  sources: string[];
  killed?: number;
  wounded?: number;
  captured?: number;
  missing?: number;
}

export interface DraftRecord {
  id: string;
  title: string;
  types: IncidentTypeValue[];
  span: { start: string; end: string; precision: "day" | "month" };
  locations: { place: string; relation: "at" | "near" | "within" }[];
  actors: string[];
  summary: string;
  casualties: DraftClaim[];
  accusations: [];
  denials: [];
  verification: "single-source";
  sources: string[];
}

export interface IncidentDraft {
  /** The record, in the source format: it validates against IncidentRecordSchema. */
  record: DraftRecord;
  /** The source it cites, for data/sources.json. */
  source: DraftSource;
  /** Where it goes, and the data:add command that scaffolds the same record. */
  file: string;
  command: string;
  /** What a curator must still check before the record goes in. */
  check: string[];
  /**
   * Why the draft may not belong in the record as a new file, naming the existing record: its id is taken, or the
   * record already holds an incident the article fits. Absent when there is nothing to warn of.
   */
  warnings?: string[];
  /** The existing records the warnings name: the one with the draft's id, and those the article fits, best first. */
  existing?: string[];
  reading: ArticleReading;
}

const FORCES: Record<SideName, string> = {
  armenia: "armenia-armed-forces",
  azerbaijan: "azerbaijan-armed-forces",
  "nagorno-karabakh": "nagorno-karabakh-defence-army",
  russia: "russian-peacekeepers",
};
const CIVILIANS: Record<SideName, string> = {
  armenia: "armenia-civilians",
  azerbaijan: "azerbaijan-civilians",
  "nagorno-karabakh": "nagorno-karabakh-civilians",
  russia: "russian-peacekeepers",
};

function typesOf(text: string): IncidentTypeValue[] {
  const types: IncidentTypeValue[] = [];
  if (/drone|беспилотн|дрон/iu.test(text)) types.push("drone-strike");
  if (/shell|artillery|mortar|обстрел|артилл|миномет/iu.test(text)) types.push("shelling");
  if (/captured|taken prisoner|в плен/iu.test(text)) types.push("capture");
  if (/\bmine\b|landmine|мин[аеуы]\b/iu.test(text)) types.push("mine-explosion");
  if (types.length === 0 || /exchange|opened fire|fire|огонь|огня|перестрелк/iu.test(text))
    types.unshift("exchange-of-fire");
  return [...new Set(types)];
}

export function draftFromReading(
  data: ArticleDataset,
  reading: ArticleReading,
  text: string,
  options: DraftOptions,
): IncidentDraft {
  const check: string[] = [];
  const date = reading.date?.date ?? options.published;
  if (!reading.date) check.push(`no event date in the text: the draft uses the publication date ${options.published}`);
  else if (reading.date.statement)
    check.push(
      `the event date ${reading.date.date} is the day of a statement (“${reading.date.text}”): the events fell on it or before`,
    );
  else if (reading.date.how !== "explicit")
    check.push(
      `the event date ${reading.date.date} was resolved from “${reading.date.text}” against ${reading.date.reference?.date}`,
    );
  const span = reading.span ? reading.span : { start: date, end: date };
  const places = [
    ...new Map(reading.places.filter((p) => p.place.kind !== "country").map((p) => [p.place.id, p])).values(),
  ];
  const specific = (kind: string) =>
    ["settlement", "height", "border-section", "corridor", "water-body"].includes(kind);
  const main = places.find((p) => specific(p.place.kind)) ?? places[0];
  if (!main) check.push("no place of the gazetteer named: add the place (data/places/) and the locations");
  else if (!specific(main.place.kind))
    check.push(
      `the article names no village, height or border section, only ${main.place.label}: find where it happened`,
    );
  const locations = places.map((p) => ({
    place: p.place.id,
    relation: specific(p.place.kind) ? (p.near ? ("near" as const) : ("at" as const)) : ("within" as const),
  }));
  const sourceId = sourceIdOf(
    {
      publisher: options.publisher ?? "source",
      published: options.published,
      subject:
        text
          .split("\n")
          .map((l) => l.replace(/^\s*(date[:\s]+)?\d{4}-\d{2}-\d{2}\s*/i, ""))
          .find((l) => l.trim() !== "") ?? "article",
    },
    { publisher: "", subject: "" },
  );
  const source: DraftSource = {
    id: sourceId,
    ...(options.publisher ? { publisher: options.publisher } : {}),
    ...(options.url ? { url: options.url } : {}),
    published: options.published,
    language: reading.language,
    kind: "news-website",
  };
  const claims = new Map<string, DraftClaim>();
  for (const f of reading.figures) {
    if (!f.side) {
      check.push(`a figure without a side: ${f.count} ${f.category} in “${f.text}”`);
      continue;
    }
    const losses = (f.civilians ? CIVILIANS : FORCES)[f.side];
    const key = `${losses}/${f.claimant ?? ""}`;
    const claim = claims.get(key) ?? {
      losses,
      ...(f.claimant ? { claimant: f.claimant } : {}),
      reported: options.published,
      sources: [sourceId],
    };
    claim[f.category] = f.count; // a later statement of the same claimant replaces its earlier figure
    claims.set(key, claim);
    if (!f.claimant)
      check.push(
        `the figure ${f.count} ${f.category} (${losses}) is not attributed in the text: the source's own claim, or find the claimant`,
      );
  }
  const valid = (party: string) => data.parties.some((p) => p.id === party);
  const casualties = [...claims.values()]
    .filter((c) => valid(c.losses))
    .map((c) => (c.claimant && !valid(c.claimant) ? (({ claimant: _, ...rest }) => rest)(c) : c));
  const sides = reading.parties.filter(
    (s): s is SideName => s === "armenia" || s === "azerbaijan" || s === "nagorno-karabakh",
  );
  const actors = [...new Set(sides.map((s) => FORCES[s]))].filter(valid);
  if (actors.length === 0) actors.push("armenia-armed-forces", "azerbaijan-armed-forces");
  const id = `${span.start}-${main ? main.place.id : "unknown-place"}`;
  const where = main ? main.place.label : "an unknown place";
  check.push("title and summary are placeholders: write them in the dataset's own neutral words");
  check.push("types, actors and verification are guesses from keywords");
  check.push("accusations and denials are left empty");
  check.push(`add the source ${sourceId} to data/sources.json (title exactly as published)`);
  const record: DraftRecord = {
    id,
    title: `Incident near ${where}`,
    types: typesOf(text),
    span: { start: span.start, end: span.end, precision: "day" },
    locations: locations.length > 0 ? locations : [{ place: "armenia", relation: "within" }],
    actors,
    summary: `DRAFT from ${options.publisher ?? "an article"} of ${options.published}: to be written by a curator.`,
    casualties,
    accusations: [],
    denials: [],
    verification: "single-source",
    sources: [sourceId],
  };
  const command = [
    "npm run data:add --",
    `--date ${span.start}`,
    ...(span.end !== span.start ? [`--end ${span.end}`] : []),
    ...locations.map((l) => `--place ${l.place}`),
    ...record.types.map((t) => `--type ${t}`),
    ...actors.map((a) => `--actor ${a}`),
    `--source ${options.url ?? "<url>"}`,
    ...(options.publisher ? [`--publisher ${JSON.stringify(options.publisher)}`] : []),
    `--published ${options.published}`,
    `--language ${reading.language}`,
  ].join(" ");
  // A draft must not pass for a new incident when the record holds it already, or take an existing record's id.
  const warnings: string[] = [];
  const existing: string[] = [];
  const taken = data.incidents.find((i) => i.id === id);
  if (taken) {
    warnings.push(
      `the id ${id} is already the record ${taken.id} (“${taken.title}”, ${taken.file}): this draft would replace it`,
    );
    existing.push(taken.id);
  }
  for (const match of matchReading(data, reading).slice(0, 3)) {
    const { incident } = match;
    warnings.push(
      `the record may already hold this incident: ${incident.id} (“${incident.title}”, ${incident.span.start}${incident.span.end !== incident.span.start ? ` to ${incident.span.end}` : ""}) fits the article (score ${match.score}); add the source and its claims to it rather than a new record`,
    );
    if (!existing.includes(incident.id)) existing.push(incident.id);
  }
  return {
    record,
    source,
    file: `data/incidents/${span.start.slice(0, 4)}/${id}.json`,
    command,
    check,
    ...(warnings.length > 0 ? { warnings, existing } : {}),
    reading,
  };
}

export function draftIncidentIn(data: ArticleDataset, text: string, options: DraftOptions): IncidentDraft {
  return draftFromReading(data, readArticleIn(data, text, options), text, options);
}
