// The casualty categories a claim may give and an estimate ranges over, in the order every output lists them.

/** The casualty categories a claim may give, in the order every output lists them. */
export const CASUALTY_CATEGORIES = ["killed", "wounded", "captured", "missing"] as const;
/** One casualty category: killed, wounded, captured or missing. */
export type CasualtyCategory = (typeof CASUALTY_CATEGORIES)[number];

/** How a figure is worded where it is not exact: a lower bound, an upper bound, an approximation. */
export const CASUALTY_BOUNDS = ["lower", "upper", "approximate"] as const;
/** A figure's bound: "lower" (at least), "upper" (up to) or "approximate" (about). */
export type CasualtyBound = (typeof CASUALTY_BOUNDS)[number];

/** What an estimate's best figure rests on (see the README's "How the estimates are derived"). */
export const ESTIMATE_BASES = ["own-camp", "other-side", "third-party", "unattributed", "median"] as const;
/** What an estimate's best figure rests on. */
export type EstimateBasis = (typeof ESTIMATE_BASES)[number];

/** What an estimate's best figure rests on, in words: the command line's `show` and the page say it so. */
export const ESTIMATE_BASIS_WORDS: Readonly<Record<EstimateBasis, string>> = {
  "own-camp": "the side's own figure",
  "other-side": "the other side's figure",
  "third-party": "a third party's figure",
  unattributed: "a source's unattributed figure",
  median: "the median of the claims",
};
