// The estimate rules, in one module: how casualty claims are read as figures (whose account counts as a side's
// own, each claimant's latest word, which figures are bounds) and how low / best / high are derived from them.
// Used by the build and createDataset (estimates), by the statistics and by the claims table, so all follow the
// rules the README documents ("How the estimates are derived"); keep the two in step.
import type { z } from "zod";
import type { CasualtyClaimSchema, CasualtyEstimateSchema, CasualtyRangeSchema, PartySchema } from "../schema/index.js";
import {
  CASUALTY_CATEGORIES,
  type CasualtyBound,
  type CasualtyCategory,
  type EstimateBasis,
} from "../schema/categories.js";
import { claimantOf } from "./claimant.js";
import { type StatementDay, statementDayFrom } from "./statement-day.js";

export { CASUALTY_CATEGORIES, type CasualtyCategory };
export { claimantOf };

export interface ClaimLike {
  readonly losses: string;
  readonly claimant?: string | undefined;
  readonly reported?: string | undefined;
  readonly sources: readonly string[];
  readonly killed?: number | "unspecified" | undefined;
  readonly wounded?: number | "unspecified" | undefined;
  readonly captured?: number | "unspecified" | undefined;
  readonly missing?: number | "unspecified" | undefined;
  readonly bounds?: { readonly [C in CasualtyCategory]?: CasualtyBound | undefined } | undefined;
}

export interface Figure {
  /** The claimant's party id, or `source:<id>` for a figure a source gives without attribution. */
  claimant: string;
  value: number;
  /** The claim's statement day (see ./statement-day.ts); "" where nothing dates it, which sorts as the oldest. */
  reported: string;
  /** Where the figure is worded as a bound or an approximation. */
  bound?: CasualtyBound | undefined;
  /** The claim's position in the list it came from. */
  position: number;
}

/**
 * Whose account of a loss counts as the losing side's own. Until 2023 Armenia's ministries and the de facto
 * Karabakh authorities each reported the other's losses, so for these rules they are one camp.
 */
export function campOf(side: string | undefined): string | undefined {
  return side === "nagorno-karabakh" ? "armenia" : side;
}

/** The sides that fought; a claimant on any other side (Russia, an NGO, the UN) is a third party. */
const BELLIGERENT_SIDES: ReadonlySet<string> = new Set(["armenia", "azerbaijan", "nagorno-karabakh"]);

/**
 * Each claimant's latest figure: by statement day, the oldest first (a claim nothing dates is the oldest); on the
 * same day the one listed later wins, since a record lists a claimant's statements in the order they were made.
 */
export function latestPerClaimant(figures: readonly Figure[]): Figure[] {
  const latest = new Map<string, Figure>();
  for (const figure of figures) {
    const current = latest.get(figure.claimant);
    if (!current || figure.reported >= current.reported) latest.set(figure.claimant, figure);
  }
  // In list order, so that a later comparison between claimants breaks same-day ties the same way.
  return [...latest.values()].sort((a, b) => a.position - b.position);
}

/** The numeric figures of one category in some claims ("unspecified" says losses were reported, not how many). */
export function figuresOf(
  claims: readonly ClaimLike[],
  category: CasualtyCategory,
  dayOf: StatementDay = statementDayFrom(),
): Figure[] {
  return claims.flatMap((claim, position) => {
    const value = claim[category];
    if (typeof value !== "number") return [];
    return [{ claimant: claimantOf(claim), value, reported: dayOf(claim), bound: claim.bounds?.[category], position }];
  });
}

/**
 * The own camp's latest figure that can stand as a count: the latest of its figures that is not an upper bound
 * ("up to 800" says how many at most, not how many).
 */
export function ownCampFigure(
  figures: readonly Figure[],
  ownSide: string,
  sideOf: (party: string) => string | undefined,
): Figure | undefined {
  const own = figures
    .filter((f) => f.bound !== "upper" && campOf(sideOf(f.claimant)) === campOf(ownSide))
    .map((f) => ({ ...f, claimant: "own camp" }));
  return latestPerClaimant(own)[0];
}

/** What a single figure rests on: the losing side's own camp, the other side, a third party or a source. */
export function basisOf(figure: Figure, ownSide: string, sideOf: (party: string) => string | undefined): EstimateBasis {
  if (figure.claimant.startsWith("source:")) return "unattributed";
  const side = sideOf(figure.claimant);
  if (campOf(side) === campOf(ownSide)) return "own-camp";
  return side !== undefined && BELLIGERENT_SIDES.has(side) ? "other-side" : "third-party";
}

type Claim = z.output<typeof CasualtyClaimSchema>;
type Party = z.output<typeof PartySchema>;
type Estimate = z.output<typeof CasualtyEstimateSchema>;
type Range = z.output<typeof CasualtyRangeSchema>;

function lowerMedian(figures: readonly Figure[]): Figure {
  const sorted = [...figures].sort((a, b) => a.value - b.value);
  return sorted[Math.floor((sorted.length - 1) / 2)] as Figure;
}

/**
 * Each claimant counts with its latest figure. low: the smallest and high: the largest of them, except that an
 * upper bound ("up to 800") may set high but never low or best; best: the own camp's latest count, or, without
 * one, the lower median of the counts. No range where every latest figure is an upper bound.
 */
export function deriveRange(
  claims: readonly ClaimLike[],
  category: CasualtyCategory,
  ownSide: string,
  sideOf: (party: string) => string | undefined,
  dayOf: StatementDay = statementDayFrom(),
): Range | undefined {
  const all = figuresOf(claims, category, dayOf);
  const figures = latestPerClaimant(all);
  // Each claimant's latest count: its latest figure that is not an upper bound.
  const counts = latestPerClaimant(all.filter((f) => f.bound !== "upper"));
  if (counts.length === 0) return undefined;
  const own = ownCampFigure(all, ownSide, sideOf);
  const best = own ?? lowerMedian(counts);
  const range: Range = {
    low: Math.min(...counts.map((f) => f.value)),
    best: best.value,
    high: Math.max(...figures.map((f) => f.value), ...counts.map((f) => f.value)),
    claimants: figures.length,
    basis: own ? "own-camp" : counts.length === 1 ? basisOf(best, ownSide, sideOf) : "median",
  };
  if (best.bound === "lower" || best.bound === "approximate") range.bestBound = best.bound;
  return range;
}

export function deriveEstimates(
  claims: readonly Claim[],
  parties: ReadonlyMap<string, Party>,
  dayOf: StatementDay = statementDayFrom(),
): Estimate[] {
  const sideOf = (id: string) => parties.get(id)?.side;
  const lossesInOrder = [...new Set(claims.map((claim) => claim.losses))];
  return lossesInOrder.flatMap((losses) => {
    const side = sideOf(losses);
    if (side === undefined) return [];
    const about = claims.filter((claim) => claim.losses === losses);
    const estimate: Estimate = { losses, side };
    for (const category of CASUALTY_CATEGORIES) {
      const range = deriveRange(about, category, side, sideOf, dayOf);
      if (range) estimate[category] = range;
    }
    return [estimate];
  });
}

/**
 * For each claim, the categories in which it gives its claimant's latest figure about the same losses: the
 * figures the estimates count (a later statement by the same claimant about the same losses supersedes it).
 */
export function latestCategories(
  claims: readonly ClaimLike[],
  dayOf: StatementDay = statementDayFrom(),
): CasualtyCategory[][] {
  const result: CasualtyCategory[][] = claims.map(() => []);
  for (const category of CASUALTY_CATEGORIES) {
    const byLosses = new Map<string, Figure[]>();
    for (const figure of figuresOf(claims, category, dayOf)) {
      const losses = claims[figure.position]!.losses;
      byLosses.set(losses, [...(byLosses.get(losses) ?? []), figure]);
    }
    for (const figures of byLosses.values()) {
      for (const figure of latestPerClaimant(figures)) result[figure.position]!.push(category);
    }
  }
  return result;
}
