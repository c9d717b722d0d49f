// Incidents and claims as flat rows of strings and numbers: the shape CSV and GeoJSON properties share.
import { CASUALTY_CATEGORIES, type CasualtyCategory } from "../schema/categories.js";
import { claimantOf } from "../claims/claimant.js";
import { InvalidQueryError } from "../errors.js";
import { SIDES } from "../schema/enums.js";
import type { Incident, Party, Place } from "../schema/index.js";
import type { Row } from "./rfc4180.js";

/** What the rows look up beside the incidents: place labels and the sides of parties. */
export interface FormatIndex {
  readonly placeById: ReadonlyMap<string, Place>;
  readonly partyById: ReadonlyMap<string, Party>;
}

export type { Cell, Row } from "./rfc4180.js";

const LIST = "; ";
const column = (side: string) => side.replace(/-/g, "_");

/** `armenia_killed_low`, `armenia_killed_best`, … for every side and category, in a fixed order. */
export const ESTIMATE_COLUMNS = /* @__PURE__ */ SIDES.flatMap((side) =>
  CASUALTY_CATEGORIES.flatMap((category) => (["low", "best", "high"] as const).map((bound) => `${column(side)}_${category}_${bound}`)),
);

/** The columns of `incidentRow`, in order. */
// Computed once, in pure-annotated calls, so that a bundle that never writes a row drops them.
export const INCIDENT_COLUMNS = /* @__PURE__ */ (() => [
  "id", "title", "start", "end", "precision", "time", "types", "places", "place_labels", "sides", "actors",
  "verification", "casualty_claims", "summary", "sources", ...ESTIMATE_COLUMNS, "episode",
] as const)();

/** The columns of `claimRows`, in order. */
export const CLAIM_COLUMNS = [
  "incident_id", "claim", "losses", "losses_side", "claimant", "claimant_side",
  "killed", "wounded", "captured", "missing", "unspecified", "reported", "sources", "note", "latest",
] as const;

/**
 * For each claim, the categories in which it gives its claimant's latest figure for the same losses (the figure
 * the estimates count): a later statement by the same claimant about the same losses supersedes it. By the
 * estimate rules: undated claims are the oldest; on the same day the claim listed later wins.
 */
function latestCategories(incident: Incident): CasualtyCategory[][] {
  const result: CasualtyCategory[][] = incident.casualties.map(() => []);
  for (const category of CASUALTY_CATEGORIES) {
    const latest = new Map<string, { index: number; reported: string }>();
    incident.casualties.forEach((claim, index) => {
      if (typeof claim[category] !== "number") return;
      const key = `${claim.losses} ${claimantOf(claim)}`;
      const reported = claim.reported ?? "";
      const current = latest.get(key);
      if (!current || reported >= current.reported) latest.set(key, { index, reported });
    });
    for (const { index } of latest.values()) result[index]!.push(category);
  }
  return result;
}

/** Per side, the sum over its parties of each estimate bound; empty where no claim gives a number. */
function estimateCells(incident: Incident): Row {
  const row: Row = Object.fromEntries(ESTIMATE_COLUMNS.map((name) => [name, null]));
  for (const estimate of incident.estimates) {
    for (const category of CASUALTY_CATEGORIES) {
      const range = estimate[category];
      if (!range) continue;
      for (const bound of ["low", "best", "high"] as const) {
        const name = `${column(estimate.side)}_${category}_${bound}`;
        row[name] = ((row[name] as number | null) ?? 0) + range[bound];
      }
    }
  }
  return row;
}

export function incidentRow(incident: Incident, { placeById }: FormatIndex): Row {
  return {
    id: incident.id,
    title: incident.title,
    start: incident.span.start,
    end: incident.span.end,
    precision: incident.span.precision,
    time: incident.time ?? null,
    types: incident.types.join(LIST),
    places: incident.locations.map((l) => l.place).join(LIST),
    place_labels: incident.locations.map((l) => placeById.get(l.place)?.label ?? l.place).join(LIST),
    sides: incident.sides.join(LIST),
    actors: incident.actors.join(LIST),
    verification: incident.verification,
    casualty_claims: incident.casualties.length,
    summary: incident.summary,
    sources: incident.sources.join(LIST),
    ...estimateCells(incident),
    // Last, so that readers of the columns by position before episodes existed keep working.
    episode: (incident.episodes ?? []).join(LIST),
  };
}

/** One row per casualty claim; a category reported without a number is listed in `unspecified`, not as a count. */
export function claimRows(incident: Incident, { partyById }: FormatIndex): Row[] {
  const latest = latestCategories(incident);
  return incident.casualties.map((claim, index) => ({
    incident_id: incident.id,
    claim: index,
    losses: claim.losses,
    losses_side: partyById.get(claim.losses)?.side ?? null,
    claimant: claim.claimant ?? null,
    claimant_side: claim.claimant === undefined ? null : (partyById.get(claim.claimant)?.side ?? null),
    ...Object.fromEntries(CASUALTY_CATEGORIES.map((c) => [c, typeof claim[c] === "number" ? claim[c] : null])),
    unspecified: CASUALTY_CATEGORIES.filter((c) => claim[c] === "unspecified").join(LIST),
    reported: claim.reported ?? null,
    sources: claim.sources.join(LIST),
    note: claim.note ?? null,
    // Last, so that readers of the columns by position keep working.
    latest: latest[index]!.join(LIST),
  }));
}

/** The formatters take what `incidents` or `filterIncidents` return; anything else is a caller's mistake. */
export function requireIncidents(value: unknown): readonly Incident[] {
  const ok = Array.isArray(value) && value.every((item) => typeof item === "object" && item !== null && typeof (item as { id?: unknown }).id === "string" && Array.isArray((item as { locations?: unknown }).locations));
  if (!ok) throw new InvalidQueryError("incidents", Array.isArray(value) ? `array of ${value.length}` : typeof value, "must be an array of incidents, as `incidents` or `filterIncidents` return");
  return value as readonly Incident[];
}
