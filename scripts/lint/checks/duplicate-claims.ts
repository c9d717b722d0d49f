// One statement, one claim: the same claimant's same figures about the same losses, listed twice in a record
// (usually once with its day and once without), would count that statement twice in every table of claims.
import { CASUALTY_CATEGORIES } from "../../../src/schema/categories.js";
import type { Problem } from "../../data/parse.js";
import type { LintCheck } from "./types.js";

interface ClaimFields {
  losses: string;
  claimant?: string | undefined;
  killed?: number | "unspecified" | undefined;
  wounded?: number | "unspecified" | undefined;
  captured?: number | "unspecified" | undefined;
  missing?: number | "unspecified" | undefined;
}

/** Same losses, same claimant (or both the sources' own), the same four figures. */
export const claimKey = (claim: ClaimFields) =>
  JSON.stringify([
    claim.losses,
    claim.claimant ?? null,
    ...CASUALTY_CATEGORIES.map((category) => claim[category] ?? null),
  ]);

/** The index pairs [earlier, later] of claims in one list that repeat each other. */
export function repeatedClaims(claims: readonly ClaimFields[]): [number, number][] {
  const first = new Map<string, number>();
  const pairs: [number, number][] = [];
  claims.forEach((claim, index) => {
    const key = claimKey(claim);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, index);
    else pairs.push([earlier, index]);
  });
  return pairs;
}

export const noDuplicateClaims: LintCheck = {
  name: "no-duplicate-claims",
  description:
    "a record never lists the same claimant's same figures about the same losses twice: cite every source on one claim",
  run: ({ records }) => {
    const owners = [
      ...records.incidents.map(({ file, record }) => ({ file, id: record.id, claims: record.casualties ?? [] })),
      ...records.episodes.map(({ file, record }) => ({ file, id: record.id, claims: record.casualties ?? [] })),
    ];
    return owners.flatMap(({ file, id, claims }): Problem[] =>
      repeatedClaims(claims).map(([earlier, later]) => ({
        file,
        check: "no-duplicate-claims",
        path: [id, "casualties", later],
        message: `repeats claim ${earlier} (same losses, claimant and figures): merge them into one claim citing both sources`,
      })),
    );
  },
};
