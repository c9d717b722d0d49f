// Semantic-version bumps, ordered: a release must declare at least the bump its changes need.

export const BUMPS = ["none", "patch", "minor", "major"] as const;
export type Bump = (typeof BUMPS)[number];

export const bumpRank = (bump: Bump): number => BUMPS.indexOf(bump);

export function maxBump(bumps: Iterable<Bump>): Bump {
  let highest: Bump = "none";
  for (const bump of bumps) if (bumpRank(bump) > bumpRank(highest)) highest = bump;
  return highest;
}

/** One change and the bump it needs, said so that a release note or an error can quote it. */
export interface Reason {
  bump: Bump;
  message: string;
}
