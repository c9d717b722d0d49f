// What a format writes from: the incidents' places, parties, sources and episodes, given as a dataset or as arrays
// of its records, checked and indexed by id.
import { InvalidQueryError } from "../errors.js";
import { indexById } from "../lookup/index-by-id.js";
import type { Episode, Party, Place, Source } from "../schema/index.js";
import type { FormatIndex } from "./rows.js";

/** The places and parties a writer looks incidents' references up in (a dataset, or the arrays it holds). */
export interface WriterRecords {
  readonly places: readonly Place[];
  readonly parties?: readonly Party[];
  /** Their publication days date the claims that give no `reported` day (claims table). */
  readonly sources?: readonly Source[];
  /** The episodes the incidents link to (episodes and claims tables). */
  readonly episodes?: readonly Episode[];
}

/** The lists besides `places` (which is required) that a writer may be given. */
const OPTIONAL = ["parties", "sources", "episodes"] as const;

/** The records passed in: `places` a list of records with ids, the others such lists where given. */
function checkRecords(records: unknown): asserts records is WriterRecords {
  const given = records as Record<string, unknown> | null;
  const listOfRecords = (value: unknown) =>
    Array.isArray(value) &&
    value.every(
      (item) =>
        item !== null &&
        typeof item === "object" &&
        typeof (item as { id?: unknown }).id === "string" &&
        ((item as { aliases?: unknown }).aliases === undefined ||
          Array.isArray((item as { aliases?: unknown }).aliases)),
    );
  const ok =
    given !== null &&
    typeof given === "object" &&
    listOfRecords(given["places"]) &&
    OPTIONAL.every((name) => given[name] === undefined || listOfRecords(given[name]));
  if (!ok) {
    throw new InvalidQueryError(
      "records",
      records,
      "must be { places, parties?, sources?, episodes? }: a dataset, or arrays of its records",
    );
  }
}

/** The records given, checked, as the maps the rows read. */
export function formatIndexOf(records: WriterRecords): FormatIndex {
  checkRecords(records);
  return {
    placeById: indexById(records.places),
    partyById: indexById(records.parties ?? []),
    sourceById: indexById(records.sources ?? []),
    episodeById: indexById(records.episodes ?? []),
  };
}
