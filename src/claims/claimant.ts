// Who a claim is from, for the estimate rules: small and zod-free, so that the format writers can share it.

/** A claim without a claimant is its source's own claim. */
export const claimantOf = (claim: {
  readonly claimant?: string | undefined;
  readonly sources: readonly string[];
}): string => claim.claimant ?? `source:${claim.sources[0]}`;
