// The day a claim was made, for the rule that a claimant's later word supersedes its earlier one. A claim gives
// it in `reported`; where it does not, the earliest publication day of the sources that report it is the latest
// day it can have been made, so the claim counts as made then rather than as older than everything.
import { lastDayOf } from "../dates/calendar.js";

/** A claim's statement day as `YYYY-MM-DD`; "" where neither the claim nor its sources date it. */
export type StatementDay = (claim: {
  readonly reported?: string | undefined;
  readonly sources: readonly string[];
}) => string;

/** The last day of a partial date: `2020-10` is at the latest 2020-10-31, `2020` 2020-12-31. */
export { lastDayOf };

/** Where a claim's day comes from: its own `reported`, its sources' publication, or nothing. */
export type StatementDayBasis = "reported" | "source-published" | "none";

/** The statement day and where it comes from, given how to find a source's publication date. */
export function statementDayOf(
  claim: { readonly reported?: string | undefined; readonly sources: readonly string[] },
  publishedOf: (source: string) => string | undefined,
): { day: string; basis: StatementDayBasis } {
  if (claim.reported !== undefined) return { day: claim.reported, basis: "reported" };
  let earliest: string | undefined;
  for (const source of claim.sources) {
    const published = publishedOf(source);
    if (published === undefined) continue;
    const day = lastDayOf(published);
    if (earliest === undefined || day < earliest) earliest = day;
  }
  return earliest === undefined ? { day: "", basis: "none" } : { day: earliest, basis: "source-published" };
}

/** The statement-day rule bound to the sources' publication dates (none given: `reported` alone). */
export function statementDayFrom(publishedOf: (source: string) => string | undefined = () => undefined): StatementDay {
  return (claim) => statementDayOf(claim, publishedOf).day;
}
