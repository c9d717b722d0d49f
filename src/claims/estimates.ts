// The estimate rules, in one module: how casualty claims are read as figures (whose account counts as a side's
// own, each claimant's latest word) and how low / best / high are derived from them. Used by the build and
// createDataset (estimates) and by the statistics, so all follow the rules the README documents
// ("How the estimates are derived"); keep the two in step.
import type { z } from "zod";
import type { CasualtyClaimSchema, CasualtyEstimateSchema, CasualtyRangeSchema, PartySchema } from "../schema/index.js";
import { CASUALTY_CATEGORIES, type CasualtyCategory } from "../schema/categories.js";
import { claimantOf } from "./claimant.js";

export { CASUALTY_CATEGORIES, type CasualtyCategory };

interface ClaimLike {
  readonly losses: string;
  readonly claimant?: string | undefined;
  readonly reported?: string | undefined;
  readonly sources: readonly string[];
  readonly killed?: number | "unspecified" | undefined;
  readonly wounded?: number | "unspecified" | undefined;
  readonly captured?: number | "unspecified" | undefined;
  readonly missing?: number | "unspecified" | undefined;
}

export interface Figure {
  /** The claimant's party id, or `source:<id>` for a figure a source gives without attribution. */
  claimant: string;
  value: number;
  /** The date the claim was made; "" where unknown, which sorts as the oldest. */
  reported: string;
}

/**
 * Whose account of a loss counts as the losing side's own. Until 2023 Armenia's ministries and the de facto
 * Karabakh authorities each reported the other's losses, so for these rules they are one camp.
 */
export function campOf(side: string | undefined): string | undefined {
  return side === "nagorno-karabakh" ? "armenia" : side;
}

export { claimantOf };

/**
 * Each claimant's latest figure: undated claims count as the oldest; on the same day the one listed later wins,
 * since a record lists a claimant's statements in the order they were made (a same-day revision comes after).
 */
export function latestPerClaimant(figures: readonly Figure[]): Figure[] {
  const latest = new Map<string, { figure: Figure; position: number }>();
  figures.forEach((figure, position) => {
    const current = latest.get(figure.claimant);
    if (!current || figure.reported >= current.figure.reported) latest.set(figure.claimant, { figure, position });
  });
  // In list order, so that a later comparison between claimants breaks same-day ties the same way.
  return [...latest.values()].sort((a, b) => a.position - b.position).map(({ figure }) => figure);
}

/** The numeric figures of one category in some claims ("unspecified" says losses were reported, not how many). */
export function figuresOf(claims: readonly ClaimLike[], category: CasualtyCategory): Figure[] {
  return claims.flatMap((claim) => {
    const value = claim[category];
    return typeof value === "number" ? [{ claimant: claimantOf(claim), value, reported: claim.reported ?? "" }] : [];
  });
}

/** The latest figure from the losing side's own camp, if any claimant of that camp gave one. */
export function ownCampFigure(figures: readonly Figure[], ownSide: string, sideOf: (party: string) => string | undefined): number | undefined {
  const own = figures.filter((f) => campOf(sideOf(f.claimant)) === campOf(ownSide)).map((f) => ({ ...f, claimant: "own camp" }));
  return latestPerClaimant(own)[0]?.value;
}

type Claim = z.output<typeof CasualtyClaimSchema>;
type Party = z.output<typeof PartySchema>;
type Estimate = z.output<typeof CasualtyEstimateSchema>;
type Range = z.output<typeof CasualtyRangeSchema>;

function lowerMedian(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] as number;
}

/**
 * low: the smallest and high: the largest of each claimant's latest figure; best: the latest figure from the
 * losing side's own camp, or, without one, the lower median of the figures.
 */
export function deriveRange(
  claims: readonly Claim[],
  category: CasualtyCategory,
  ownSide: string,
  sideOf: (party: string) => string | undefined,
): Range | undefined {
  const figures = latestPerClaimant(figuresOf(claims, category));
  if (figures.length === 0) return undefined;
  const values = figures.map((f) => f.value);
  return {
    low: Math.min(...values),
    best: ownCampFigure(figures, ownSide, sideOf) ?? lowerMedian(values),
    high: Math.max(...values),
    claimants: figures.length,
  };
}

export function deriveEstimates(claims: readonly Claim[], parties: ReadonlyMap<string, Party>): Estimate[] {
  const sideOf = (id: string) => parties.get(id)?.side;
  const lossesInOrder = [...new Set(claims.map((claim) => claim.losses))];
  return lossesInOrder.flatMap((losses) => {
    const side = sideOf(losses);
    if (side === undefined) return [];
    const about = claims.filter((claim) => claim.losses === losses);
    const estimate: Estimate = { losses, side };
    for (const category of CASUALTY_CATEGORIES) {
      const range = deriveRange(about, category, side, sideOf);
      if (range) estimate[category] = range;
    }
    return [estimate];
  });
}
