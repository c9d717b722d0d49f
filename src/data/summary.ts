// `dataset`: what this release holds, for a consumer to show or check.
import { contentHash, packageVersion } from "./generated/meta.js";
import { deepFreeze } from "./freeze.js";
import { incidents, parties, places, sources } from "./records.js";

export interface DatasetSummary {
  /** The package version, which is also the version of the data. */
  readonly version: string;
  /** `sha256-…` of the published records: equal hashes, equal data. */
  readonly contentHash: string;
  readonly counts: { readonly incidents: number; readonly places: number; readonly parties: number; readonly sources: number };
  /** The first start date and the last end date of any incident. */
  readonly span: { readonly start: string; readonly end: string };
}

const starts = incidents.map((i) => i.span.start).sort();
const ends = incidents.map((i) => i.span.end).sort();

export const dataset: DatasetSummary = deepFreeze({
  version: packageVersion,
  contentHash,
  counts: { incidents: incidents.length, places: places.length, parties: parties.length, sources: sources.length },
  span: { start: starts[0] ?? "", end: ends[ends.length - 1] ?? "" },
});
