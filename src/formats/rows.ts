// Incidents and claims as flat rows of strings and numbers: the shape CSV and GeoJSON properties share.
import { CASUALTY_CATEGORIES } from "../schema/categories.js";
import { latestCategories } from "../claims/estimates.js";
import { statementDayFrom, statementDayOf } from "../claims/statement-day.js";
import { InvalidQueryError } from "../errors.js";
import { SIDES } from "../schema/enums.js";
import type { CasualtyClaim, CasualtyEstimate, Episode, Incident, Party, Place, Source } from "../schema/index.js";
import type { Row } from "./rfc4180.js";

/** What the rows look up beside the incidents: place labels and the sides of parties. */
export interface FormatIndex {
  readonly placeById: ReadonlyMap<string, Place>;
  readonly partyById: ReadonlyMap<string, Party>;
  /** Sources date undated claims (their publication day); without them such claims have no statement day. */
  readonly sourceById?: ReadonlyMap<string, Source>;
  /** The episodes incidents link to: their rows and claims go into the episodes and claims tables. */
  readonly episodeById?: ReadonlyMap<string, Episode>;
}

export type { Cell, Row } from "./rfc4180.js";

const LIST = "; ";
const column = (side: string) => side.replace(/-/g, "_");

/** `armenia_killed_low`, `armenia_killed_best`, … for every side and category, in a fixed order. */
export const ESTIMATE_COLUMNS = /* @__PURE__ */ SIDES.flatMap((side) =>
  CASUALTY_CATEGORIES.flatMap((category) =>
    (["low", "best", "high"] as const).map((bound) => `${column(side)}_${category}_${bound}`),
  ),
);

/**
 * `armenia_killed_basis`, …: what each side's best figure rests on (`own-camp`, `other-side`, `third-party`,
 * `unattributed`, `median`; `mixed` where the side's parties' figures rest on different things).
 */
export const BASIS_COLUMNS = /* @__PURE__ */ SIDES.flatMap((side) =>
  CASUALTY_CATEGORIES.map((category) => `${column(side)}_${category}_basis`),
);

/** Whose losses a split column counts: the civilians of a side, or its forces (everyone else: armed forces, border
 * guards, police, peacekeepers). */
const GROUPS = ["civilians", "forces"] as const;
const SPLIT_CATEGORIES = ["killed", "wounded"] as const;

/** `armenia_civilians_killed_best`, `armenia_forces_killed_best`, …: each side's best figures, civilians apart. */
export const SPLIT_COLUMNS = /* @__PURE__ */ SIDES.flatMap((side) =>
  GROUPS.flatMap((group) => SPLIT_CATEGORIES.map((category) => `${column(side)}_${group}_${category}_best`)),
);

/** The columns for analysis: where (the first located place and its province and district), and totals. */
export const ANALYSIS_COLUMNS = /* @__PURE__ */ (() =>
  [
    "latitude",
    "longitude",
    "located_place",
    "located_relation",
    "province_id",
    "province",
    "district_id",
    "district",
    ...SPLIT_COLUMNS,
    "killed_best_total",
    "wounded_best_total",
  ] as const)();

/** The columns of `incidentRow`, in order. */
// Computed once, in pure-annotated calls, so that a bundle that never writes a row drops them.
export const INCIDENT_COLUMNS = /* @__PURE__ */ (() =>
  [
    "id",
    "title",
    "start",
    "end",
    "precision",
    "time",
    "types",
    "places",
    "place_labels",
    "sides",
    "actors",
    "verification",
    "inclusion",
    "casualty_claims",
    "summary",
    "sources",
    ...ESTIMATE_COLUMNS,
    "episode",
    ...BASIS_COLUMNS,
    ...ANALYSIS_COLUMNS,
  ] as const)();

/** The columns of `episodeRow`, in order. */
export const EPISODE_COLUMNS = /* @__PURE__ */ (() =>
  [
    "id",
    "title",
    "start",
    "end",
    "precision",
    "sides",
    "actors",
    "casualty_claims",
    "summary",
    "sources",
    ...ESTIMATE_COLUMNS,
    ...BASIS_COLUMNS,
  ] as const)();

/** The columns of `claimRows`, in order. */
export const CLAIM_COLUMNS = [
  "incident_id",
  "claim",
  "losses",
  "losses_side",
  "claimant",
  "claimant_side",
  "killed",
  "wounded",
  "captured",
  "missing",
  "unspecified",
  "reported",
  "sources",
  "note",
  "latest",
  "episode_id",
  "killed_bound",
  "wounded_bound",
  "captured_bound",
  "missing_bound",
  "statement_day",
  "statement_day_from",
] as const;

/**
 * Per side, the sum over its parties of each estimate bound, empty where no claim gives a number; and what the
 * side's best figure rests on (`mixed` where its parties' figures rest on different things).
 */
function estimateCells(estimates: readonly CasualtyEstimate[]): { figures: Row; basis: Row } {
  const figures: Row = Object.fromEntries(ESTIMATE_COLUMNS.map((name) => [name, null]));
  const basis: Row = Object.fromEntries(BASIS_COLUMNS.map((name) => [name, null]));
  for (const estimate of estimates) {
    for (const category of CASUALTY_CATEGORIES) {
      const range = estimate[category];
      if (!range) continue;
      for (const bound of ["low", "best", "high"] as const) {
        const name = `${column(estimate.side)}_${category}_${bound}`;
        figures[name] = ((figures[name] as number | null) ?? 0) + range[bound];
      }
      const name = `${column(estimate.side)}_${category}_basis`;
      const own = range.basis ?? null;
      basis[name] = basis[name] === null || basis[name] === own ? own : "mixed";
    }
  }
  return { figures, basis };
}

/**
 * Where an incident is, for a table: the first location whose place has coordinates of its own, and the province
 * and district of the first location (the place itself or its nearest ancestor of that kind).
 */
function whereCells(incident: Incident, placeById: ReadonlyMap<string, Place>): Row {
  const located = incident.locations.find((location) => placeById.get(location.place)?.coordinates !== undefined);
  const point = located ? placeById.get(located.place)?.coordinates : undefined;
  const first = placeById.get(incident.locations[0]?.place ?? "");
  const chain = first ? [first, ...first.ancestors.map((id) => placeById.get(id))] : [];
  const ofKind = (kind: string) => chain.find((place) => place?.kind === kind);
  const province = ofKind("province");
  const district = ofKind("district");
  return {
    latitude: point ? point[1] : null,
    longitude: point ? point[0] : null,
    located_place: located && point ? located.place : null,
    located_relation: located && point ? located.relation : null,
    province_id: province?.id ?? null,
    province: province?.name ?? null,
    district_id: district?.id ?? null,
    district: district?.name ?? null,
  };
}

/** Each side's best killed and wounded, civilians apart from forces, and the totals over every side. */
function splitCells(estimates: readonly CasualtyEstimate[], partyById: ReadonlyMap<string, Party>): Row {
  const row: Row = Object.fromEntries(SPLIT_COLUMNS.map((name) => [name, null]));
  const totals: Record<(typeof SPLIT_CATEGORIES)[number], number | null> = { killed: null, wounded: null };
  for (const estimate of estimates) {
    const group = partyById.get(estimate.losses)?.kind === "civilians" ? "civilians" : "forces";
    for (const category of SPLIT_CATEGORIES) {
      const best = estimate[category]?.best;
      if (best === undefined) continue;
      const name = `${column(estimate.side)}_${group}_${category}_best`;
      row[name] = ((row[name] as number | null) ?? 0) + best;
      totals[category] = (totals[category] ?? 0) + best;
    }
  }
  return { ...row, killed_best_total: totals.killed, wounded_best_total: totals.wounded };
}

export function incidentRow(incident: Incident, { placeById, partyById }: FormatIndex): Row {
  const cells = estimateCells(incident.estimates);
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
    inclusion: incident.inclusion ?? null,
    casualty_claims: incident.casualties.length,
    summary: incident.summary,
    sources: incident.sources.join(LIST),
    ...cells.figures,
    // After the estimates, so that readers of the columns by position before episodes existed keep working.
    episode: (incident.episodes ?? []).join(LIST),
    ...cells.basis,
    // The columns for analysis, added later: last, so that readers of the columns by position keep working.
    ...whereCells(incident, placeById),
    ...splitCells(incident.estimates, partyById),
  };
}

/** One row per episode: its span, parties and the estimates derived from its own running claims. */
export function episodeRow(episode: Episode): Row {
  return {
    id: episode.id,
    title: episode.title,
    start: episode.span.start,
    end: episode.span.end,
    precision: episode.span.precision,
    sides: episode.sides.join(LIST),
    actors: episode.actors.join(LIST),
    casualty_claims: episode.casualties.length,
    summary: episode.summary,
    sources: episode.sources.join(LIST),
    ...estimateCells(episode.estimates).figures,
    ...estimateCells(episode.estimates).basis,
  };
}

/** The episodes the incidents link to, each once, in the order they are first linked. */
export function episodesOf(incidents: readonly Incident[], { episodeById }: FormatIndex): Episode[] {
  const seen = new Map<string, Episode>();
  for (const incident of incidents) {
    for (const id of incident.episodes ?? []) {
      const episode = episodeById?.get(id);
      if (episode && !seen.has(episode.id)) seen.set(episode.id, episode);
    }
  }
  return [...seen.values()];
}

/**
 * One row per casualty claim of an incident (`incident_id`) or an episode (`episode_id`); a category reported
 * without a number is listed in `unspecified`, not as a count. `statement_day` is `reported`, or else the first
 * citing source's publication day (`statement_day_from` says which), as the estimate rules read it.
 */
export function claimRows(
  owner: { readonly incident: Incident } | { readonly episode: Episode },
  { partyById, sourceById }: FormatIndex,
): Row[] {
  const claims: readonly CasualtyClaim[] = "incident" in owner ? owner.incident.casualties : owner.episode.casualties;
  const publishedOf = (id: string) => sourceById?.get(id)?.published;
  const latest = latestCategories(claims, statementDayFrom(publishedOf));
  return claims.map((claim, index) => {
    const day = statementDayOf(claim, publishedOf);
    return {
      incident_id: "incident" in owner ? owner.incident.id : null,
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
      // The columns from here on were added later, so that readers of the columns by position keep working.
      latest: latest[index]!.join(LIST),
      episode_id: "episode" in owner ? owner.episode.id : null,
      ...Object.fromEntries(CASUALTY_CATEGORIES.map((c) => [`${c}_bound`, claim.bounds?.[c] ?? null])),
      statement_day: day.day === "" ? null : day.day,
      statement_day_from: day.basis === "none" ? null : day.basis,
    };
  });
}

/** The tables the writers make from a list of incidents. */
export type TableName = "incidents" | "claims" | "episodes";

/** A table's rows: the incidents; their claims, then their episodes' claims; or their episodes. */
export function tableRows(table: TableName, incidents: readonly Incident[], index: FormatIndex): Row[] {
  if (table === "incidents") return incidents.map((incident) => incidentRow(incident, index));
  const episodes = episodesOf(incidents, index);
  if (table === "episodes") return episodes.map(episodeRow);
  if (table !== "claims") throw new InvalidQueryError("table", table, 'must be "incidents", "claims" or "episodes"');
  return [
    ...incidents.flatMap((incident) => claimRows({ incident }, index)),
    ...episodes.flatMap((episode) => claimRows({ episode }, index)),
  ];
}

/** The formatters take what `incidents` or `filterIncidents` return; anything else is a caller's mistake. */
export function requireIncidents(value: unknown): readonly Incident[] {
  const ok =
    Array.isArray(value) &&
    value.every(
      (item) =>
        typeof item === "object" &&
        item !== null &&
        typeof (item as { id?: unknown }).id === "string" &&
        Array.isArray((item as { locations?: unknown }).locations),
    );
  if (!ok)
    throw new InvalidQueryError(
      "incidents",
      Array.isArray(value) ? `array of ${value.length}` : typeof value,
      "must be an array of incidents, as `incidents` or `filterIncidents` return",
    );
  return value as readonly Incident[];
}
