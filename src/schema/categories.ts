// The casualty categories a claim may give and an estimate ranges over, in the order every output lists them.

/** The casualty categories a claim may give, in the order every output lists them. */
export const CASUALTY_CATEGORIES = ["killed", "wounded", "captured", "missing"] as const;
/** One casualty category: killed, wounded, captured or missing. */
export type CasualtyCategory = (typeof CASUALTY_CATEGORIES)[number];
