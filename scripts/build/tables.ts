// The tables the package ships (incidents, claims, episodes): every column's type and meaning, in one place. The
// Data Package descriptor, the Parquet copies and the codebook are all written from this, and a test checks that
// every CSV header has an entry here, so a new column cannot ship undocumented.
import { CASUALTY_BOUNDS, CASUALTY_CATEGORIES, ESTIMATE_BASES } from "../../src/schema/categories.js";
import { INCIDENT_TYPES, INCLUSION_CLASSES, SIDES } from "../../src/schema/enums.js";
import { CLAIM_COLUMNS, EPISODE_COLUMNS, INCIDENT_COLUMNS } from "../../src/formats/rows.js";

/** Frictionless Table Schema types used here; Parquet types follow from them. */
export type ColumnType = "string" | "integer" | "number" | "date";

export interface ColumnSpec {
  readonly type: ColumnType;
  readonly description: string;
  /** Values the column may hold, where it is an enumeration. */
  readonly values?: readonly string[];
}

export const TABLES = {
  incidents: {
    file: "incidents",
    columns: INCIDENT_COLUMNS as readonly string[],
    title: "Incidents",
    description: "One row per incident.",
  },
  claims: {
    file: "claims",
    columns: CLAIM_COLUMNS as readonly string[],
    title: "Casualty claims",
    description: "One row per casualty claim: the incidents' claims, then the episodes' running claims.",
  },
  episodes: {
    file: "episodes",
    columns: EPISODE_COLUMNS as readonly string[],
    title: "Episodes",
    description: "One row per episode (a war, an escalation, a blockade), with estimates from its own claims.",
  },
} as const;
export type TableName = keyof typeof TABLES;

const LIST = "a list joined with `; `";
const side = (name: string) => name.replace(/_/g, "-");
const SIDE_COLUMN = SIDES.map((s) => s.replace(/-/g, "_")).join("|");
const CATEGORY = CASUALTY_CATEGORIES.join("|");

const NAMED: Record<string, ColumnSpec> = {
  id: { type: "string", description: "The record's id: for an incident, its start date and main place." },
  title: { type: "string", description: "A short title in the dataset's own words." },
  start: { type: "date", description: "First day (for a month or year precision, the first day of that period)." },
  end: { type: "date", description: "Last day, inclusive." },
  precision: { type: "string", description: "How precisely the dates are known.", values: ["day", "month", "year"] },
  time: { type: "string", description: "Local time (UTC+4) the incident began, HH:MM, where a source gives it." },
  types: { type: "string", description: `The incident's types, ${LIST}: ${INCIDENT_TYPES.join(", ")}.` },
  places: { type: "string", description: `Place ids of the incident's locations, in order, ${LIST}.` },
  place_labels: { type: "string", description: `Place labels (both names where the sides differ), ${LIST}.` },
  sides: { type: "string", description: `Sides that took part or whose losses are claimed, ${LIST}.` },
  actors: { type: "string", description: `Party ids of the actors, ${LIST}.` },
  verification: {
    type: "string",
    description: "How far the incident is confirmed.",
    values: ["corroborated", "single-side", "single-source", "disputed"],
  },
  inclusion: {
    type: "string",
    description: "Why the incident is in the record: its class under the inclusion policy.",
    values: [...INCLUSION_CLASSES],
  },
  casualty_claims: { type: "integer", description: "How many casualty claims the record holds." },
  summary: { type: "string", description: "A neutral summary in the dataset's own words." },
  sources: { type: "string", description: `Source ids, ${LIST}.` },
  episode: { type: "string", description: `Ids of the episodes the incident belongs to, ${LIST}.` },
  latitude: {
    type: "number",
    description: "Latitude (WGS84) of the first location whose place has coordinates of its own; empty if none.",
  },
  longitude: { type: "number", description: "Longitude (WGS84) of the same place." },
  located_place: { type: "string", description: "The place id those coordinates belong to." },
  located_relation: {
    type: "string",
    description: "How that location relates to its place.",
    values: ["at", "near", "within"],
  },
  province_id: { type: "string", description: "The province (or de facto region) of the first location, by id." },
  province: { type: "string", description: "That province's English name." },
  district_id: { type: "string", description: "The district of the first location, by id." },
  district: { type: "string", description: "That district's English name." },
  killed_best_total: { type: "integer", description: "Best figures of killed, summed over every party and side." },
  wounded_best_total: { type: "integer", description: "Best figures of wounded, summed over every party and side." },
  incident_id: { type: "string", description: "The incident the claim belongs to (empty for an episode's claim)." },
  claim: { type: "integer", description: "The claim's position in its record's `casualties`, from 0." },
  losses: { type: "string", description: "Party id whose losses the claim is about." },
  losses_side: { type: "string", description: "That party's side.", values: [...SIDES] },
  claimant: { type: "string", description: "Party id of who makes the claim; empty: the source's own figure." },
  claimant_side: { type: "string", description: "The claimant's side.", values: [...SIDES] },
  killed: { type: "integer", description: "Killed, as claimed (empty: not given, or given without a number)." },
  wounded: { type: "integer", description: "Wounded, as claimed." },
  captured: { type: "integer", description: "Captured, as claimed." },
  missing: { type: "integer", description: "Missing, as claimed." },
  unspecified: { type: "string", description: `Categories reported without a number, ${LIST}.` },
  reported: { type: "date", description: "The day the claimant made the statement, where a cited page shows it." },
  note: { type: "string", description: "What the cited page adds, in the dataset's own words." },
  latest: {
    type: "string",
    description: `Categories in which this is its claimant's latest figure about the same losses, ${LIST}.`,
  },
  episode_id: { type: "string", description: "The episode the claim belongs to (empty for an incident's claim)." },
  statement_day: {
    type: "date",
    description: "The day the estimate rules date the claim by: `reported`, else its first source's publication.",
  },
  statement_day_from: {
    type: "string",
    description: "Where statement_day comes from.",
    values: ["reported", "source-published"],
  },
};

/** The type and meaning of one column of one table. */
export function columnSpec(name: string): ColumnSpec | undefined {
  const named = NAMED[name];
  if (named) return named;
  let match = new RegExp(`^(${SIDE_COLUMN})_(${CATEGORY})_(low|best|high)$`).exec(name);
  if (match) {
    return {
      type: "integer",
      description: `${match[3]} estimate of ${match[2]} among the losses of side ${side(match[1]!)}, summed over its parties.`,
    };
  }
  match = new RegExp(`^(${SIDE_COLUMN})_(${CATEGORY})_basis$`).exec(name);
  if (match) {
    return {
      type: "string",
      description: `What side ${side(match[1]!)}'s best ${match[2]} figure rests on (mixed: its parties differ).`,
      values: [...ESTIMATE_BASES, "mixed"],
    };
  }
  match = new RegExp(`^(${SIDE_COLUMN})_(civilians|forces)_(killed|wounded)_best$`).exec(name);
  if (match) {
    const who = match[2] === "civilians" ? "its civilians" : "its forces (every party that is not civilians)";
    return { type: "integer", description: `Best figure of ${match[3]} among ${who}, side ${side(match[1]!)}.` };
  }
  match = new RegExp(`^(${CATEGORY})_bound$`).exec(name);
  if (match) {
    return {
      type: "string",
      description: `How the ${match[1]} figure is worded where it is not exact (empty: exact).`,
      values: [...CASUALTY_BOUNDS],
    };
  }
  return undefined;
}

/** Every column of a table with its spec; throws for a column nobody documented. */
export function tableColumns(table: TableName): { name: string; spec: ColumnSpec }[] {
  return TABLES[table].columns.map((name) => {
    const spec = columnSpec(name);
    if (!spec) throw new Error(`scripts/build/tables.ts: column ${table}.${name} has no type and description`);
    return { name, spec };
  });
}
