// Low / best / high casualty figures derived from the claims, per party whose losses are claimed.
// The rules are documented in the README ("How the estimates are derived"); keep the two in step.
import type { z } from "zod";
import {
  CASUALTY_CATEGORIES,
  type CasualtyClaimSchema,
  type CasualtyEstimateSchema,
  type CasualtyRangeSchema,
  type PartySchema,
} from "../../../src/schema/index.js";

type Claim = z.output<typeof CasualtyClaimSchema>;
type Party = z.output<typeof PartySchema>;
type Estimate = z.output<typeof CasualtyEstimateSchema>;
type Range = z.output<typeof CasualtyRangeSchema>;
type Category = (typeof CASUALTY_CATEGORIES)[number];

interface Figure {
  claimant: string;
  value: number;
  reported: string;
}

/** A claim without a claimant is its source's own claim. */
const claimantOf = (claim: Claim): string => claim.claimant ?? `source:${claim.sources[0]}`;

/** Each claimant's latest figure: undated claims count as the oldest; on the same day the higher wins. */
function latestPerClaimant(figures: Figure[]): Figure[] {
  const latest = new Map<string, Figure>();
  for (const figure of figures) {
    const current = latest.get(figure.claimant);
    const newer =
      !current ||
      figure.reported > current.reported ||
      (figure.reported === current.reported && figure.value > current.value);
    if (newer) latest.set(figure.claimant, figure);
  }
  return [...latest.values()];
}

/**
 * Whose account of a loss counts as the losing side's own. Until 2023 Armenia's ministries and the de facto
 * Karabakh authorities each reported the other's losses, so for this rule they are one camp.
 */
export function campOf(side: string | undefined): string | undefined {
  return side === "nagorno-karabakh" ? "armenia" : side;
}

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
  category: Category,
  ownSide: string,
  sideOf: (party: string) => string | undefined,
): Range | undefined {
  const figures = latestPerClaimant(
    claims.flatMap((claim) => {
      const value = claim[category];
      return typeof value === "number" ? [{ claimant: claimantOf(claim), value, reported: claim.reported ?? "" }] : [];
    }),
  );
  if (figures.length === 0) return undefined;
  const values = figures.map((f) => f.value);
  const own = latestPerClaimant(
    figures
      .filter((f) => campOf(sideOf(f.claimant)) === campOf(ownSide))
      .map((f) => ({ ...f, claimant: "own camp" })),
  )[0];
  return {
    low: Math.min(...values),
    best: own ? own.value : lowerMedian(values),
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
