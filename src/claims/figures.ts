// Reading casualty claims as figures: whose account counts as a side's own, and each claimant's latest word.
// Shared by the build (estimates) and the statistics, so both follow the rules the README documents.

export const CASUALTY_CATEGORIES = ["killed", "wounded", "captured", "missing"] as const;
export type CasualtyCategory = (typeof CASUALTY_CATEGORIES)[number];

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

/** A claim without a claimant is its source's own claim. */
export const claimantOf = (claim: ClaimLike): string => claim.claimant ?? `source:${claim.sources[0]}`;

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
