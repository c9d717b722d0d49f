// The casualty categories a claim may give and an estimate ranges over, in the order every output lists them.

export const CASUALTY_CATEGORIES = ["killed", "wounded", "captured", "missing"] as const;
export type CasualtyCategory = (typeof CASUALTY_CATEGORIES)[number];
