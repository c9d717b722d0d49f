// Low / best / high casualty figures derived from the claims, per party whose losses are claimed.
// The rules are documented in the README ("How the estimates are derived"); keep the two in step.
import type { z } from "zod";
import {
  CASUALTY_CATEGORIES,
  type CasualtyCategory,
  figuresOf,
  latestPerClaimant,
  ownCampFigure,
} from "../claims/figures.js";
import type { CasualtyClaimSchema, CasualtyEstimateSchema, CasualtyRangeSchema, PartySchema } from "../schema/index.js";

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
