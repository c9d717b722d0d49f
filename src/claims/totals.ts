// Casualty totals by year and by the side whose losses are claimed, each claimant camp apart: the figures the
// command line's `stats` prints, by the estimate rules (each claimant's latest count; see ./estimates.ts).
//
// Each death is counted once: where an episode (a war, an escalation) holds a camp's figure for a party's losses
// in a category, that figure stands for the incidents inside the episode, whose own figures for the same party
// and category are then left out; incidents outside any such figure add up as they are. An episode counts only
// when every one of its incidents is among those given, so a selection of a few incidents is never credited
// with a whole war's toll.
import { InvalidOptionError, safeString } from "../errors.js";
import type { SideValue } from "../schema/enums.js";
import { CASUALTY_CATEGORIES, type CasualtyCategory } from "../schema/categories.js";
import { campOf, type ClaimLike, figuresOf, latestPerClaimant, ownCampFigure } from "./estimates.js";
import { type StatementDay, statementDayFrom } from "./statement-day.js";

/** One total per casualty category; `null` where no incident counted gives a number (never 0 for "unknown"). */
export type CasualtyCounts = { readonly [C in CasualtyCategory]: number | null };

/** The totals of one year (or of every year) for the losses of one side, each claimant camp apart. */
export interface CasualtyTotal {
  /** The year of the incidents' (and episodes') start, `YYYY`; `"all"` when the totals are not grouped by year. */
  readonly year: string;
  /** The side whose losses are claimed. */
  readonly side: SideValue;
  /** How many incidents have a casualty claim about this side's losses. */
  readonly incidents: number;
  /** The episodes whose figures for this side's losses stand in the totals, in place of their incidents'. */
  readonly episodes: readonly string[];
  /** Summed: the latest count the losing side's own camp gave (upper bounds never count). */
  readonly own: CasualtyCounts;
  /** Summed: the highest of the latest counts given by claimants of another camp (upper bounds never count). */
  readonly other: CasualtyCounts;
}

/** How `casualtyTotals` groups, and whether episodes' figures stand for their incidents'. */
export interface CasualtyTotalsOptions {
  /** By year of an incident's or episode's start (default), or over everything given. */
  readonly by?: "year" | "all";
  /**
   * `true` (default): an episode's own figures stand for its incidents' where every incident of the episode is
   * given. `false`: incident-level sums alone, as the incidents' own claims give them.
   */
  readonly episodes?: boolean;
}

/** An incident or an episode: something with a start, claims and estimates. */
interface UnitLike {
  readonly id: string;
  readonly span: { readonly start: string };
  readonly estimates: readonly { readonly losses: string; readonly side: string }[];
  readonly casualties: readonly ClaimLike[];
}

interface IncidentLike extends UnitLike {
  readonly episodes?: readonly string[] | undefined;
}

/** What the totals read beside the incidents: the sides of parties, the episodes, and when each claim was made. */
export interface TotalsContext {
  readonly sideOf: (party: string) => string | undefined;
  /** The dataset's episodes, each with how many of the dataset's incidents link to it. */
  readonly episodes?: readonly { readonly episode: UnitLike; readonly incidentCount: number }[];
  readonly dayOf?: StatementDay;
}

const emptyCounts = (): Record<CasualtyCategory, number | null> => ({
  killed: null,
  wounded: null,
  captured: null,
  missing: null,
});

/** The own camp's and the other camps' figure of one category of one party's losses in one incident or episode. */
function figuresFor(
  unit: UnitLike,
  losses: string,
  side: string,
  category: CasualtyCategory,
  context: Required<TotalsContext>,
) {
  const claims = unit.casualties.filter((claim) => claim.losses === losses);
  const all = figuresOf(claims, category, context.dayOf);
  const others = latestPerClaimant(all).filter((f) => {
    if (f.bound === "upper") return false;
    const claimantSide = context.sideOf(f.claimant);
    return claimantSide !== undefined && campOf(claimantSide) !== campOf(side);
  });
  return {
    own: ownCampFigure(all, side, context.sideOf)?.value,
    other: others.length > 0 ? Math.max(...others.map((f) => f.value)) : undefined,
  };
}

/**
 * Totals by year and losing side. Figures a source gives without attribution count in neither camp; a category
 * for which no claim gives a number stays `null`. Sorted by year, then side.
 */
export function casualtyTotalsOf(
  incidents: readonly IncidentLike[],
  contextOrSideOf: TotalsContext | ((party: string) => string | undefined),
  options: CasualtyTotalsOptions = {},
): CasualtyTotal[] {
  const { by = "year", episodes: useEpisodes = true } = options ?? {};
  if (by !== "year" && by !== "all")
    throw new InvalidOptionError(
      "by",
      by,
      `casualtyTotals: by must be "year" or "all", not ${safeString(by).slice(0, 100)}`,
    );
  if (typeof useEpisodes !== "boolean")
    throw new InvalidOptionError(
      "episodes",
      useEpisodes,
      `casualtyTotals: episodes must be true or false, not ${safeString(useEpisodes).slice(0, 100)}`,
    );
  const supplied = typeof contextOrSideOf === "function" ? { sideOf: contextOrSideOf } : contextOrSideOf;
  const context: Required<TotalsContext> = { episodes: [], dayOf: statementDayFrom(), ...supplied };

  // The episodes that count: every incident of the dataset that links to them is among those given.
  const given = new Map<string, number>();
  for (const incident of incidents) for (const id of incident.episodes ?? []) given.set(id, (given.get(id) ?? 0) + 1);
  const counted = useEpisodes
    ? context.episodes
        .filter(({ episode, incidentCount }) => given.get(episode.id) === incidentCount)
        .map(({ episode }) => episode)
    : [];

  type Mutable = {
    year: string;
    side: SideValue;
    incidents: number;
    episodes: string[];
    own: Record<CasualtyCategory, number | null>;
    other: Record<CasualtyCategory, number | null>;
  };
  const totals = new Map<string, Mutable>();
  const totalFor = (year: string, side: string) => {
    const key = `${year} ${side}`;
    let total = totals.get(key);
    if (!total)
      totals.set(
        key,
        (total = {
          year,
          side: side as SideValue,
          incidents: 0,
          episodes: [],
          own: emptyCounts(),
          other: emptyCounts(),
        }),
      );
    return total;
  };
  const add = (
    counts: Record<CasualtyCategory, number | null>,
    category: CasualtyCategory,
    value: number | undefined,
  ) => {
    if (value !== undefined) counts[category] = (counts[category] ?? 0) + value;
  };
  const yearOf = (unit: UnitLike) => (by === "year" ? unit.span.start.slice(0, 4) : "all");

  // What each counted episode stands for: `episode|party|category|own` and `…|other`.
  const covered = new Set<string>();
  for (const episode of counted) {
    for (const estimate of episode.estimates) {
      const total = totalFor(yearOf(episode), estimate.side);
      for (const category of CASUALTY_CATEGORIES) {
        const { own, other } = figuresFor(episode, estimate.losses, estimate.side, category, context);
        if (own !== undefined) covered.add(`${episode.id}|${estimate.losses}|${category}|own`);
        if (other !== undefined) covered.add(`${episode.id}|${estimate.losses}|${category}|other`);
        add(total.own, category, own);
        add(total.other, category, other);
        if ((own !== undefined || other !== undefined) && !total.episodes.includes(episode.id))
          total.episodes.push(episode.id);
      }
    }
  }
  const isCovered = (incident: IncidentLike, losses: string, category: CasualtyCategory, camp: "own" | "other") =>
    (incident.episodes ?? []).some((id) => covered.has(`${id}|${losses}|${category}|${camp}`));

  for (const incident of incidents) {
    const sidesCounted = new Set<string>();
    for (const estimate of incident.estimates) {
      const total = totalFor(yearOf(incident), estimate.side);
      if (!sidesCounted.has(estimate.side)) total.incidents += 1;
      sidesCounted.add(estimate.side);
      for (const category of CASUALTY_CATEGORIES) {
        const { own, other } = figuresFor(incident, estimate.losses, estimate.side, category, context);
        if (!isCovered(incident, estimate.losses, category, "own")) add(total.own, category, own);
        if (!isCovered(incident, estimate.losses, category, "other")) add(total.other, category, other);
      }
    }
  }
  return [...totals.values()]
    .filter((total) => total.incidents > 0 || total.episodes.length > 0)
    .map((total) => ({ ...total, episodes: total.episodes.sort() }))
    .sort((a, b) => (a.year === b.year ? (a.side < b.side ? -1 : 1) : a.year < b.year ? -1 : 1));
}
