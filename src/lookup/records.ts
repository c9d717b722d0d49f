// The records a dataset is made of, indexed by id: what every helper of a dataset reads.
import type { RecordKind } from "../errors.js";
import { type Collections, RECORD_KINDS } from "../kinds.js";
import { indexById } from "./index-by-id.js";
import type { Episode, Incident, Milestone, Party, Place, Source } from "../schema/index.js";

/** The record type of each kind as the package publishes it (derived fields included). */
export interface PublishedRecordOf {
  incident: Incident;
  place: Place;
  party: Party;
  source: Source;
  episode: Episode;
  milestone: Milestone;
}

/** A dataset's collections, in the shape the package publishes (derived fields included). */
export type PublishedRecords = Collections<PublishedRecordOf>;

/** The published records and, for each kind, every id and alias to its record (`placeById`…). */
export type IndexedRecords = PublishedRecords & {
  readonly [K in RecordKind as `${K}ById`]: ReadonlyMap<string, PublishedRecordOf[K]>;
};

/** The maps by id are built on first use: a dataset costs nothing until a helper needs them. */
export function indexRecords(records: PublishedRecords): IndexedRecords {
  const indexed: Record<string, unknown> = {};
  for (const { kind, collection } of RECORD_KINDS) {
    const list: readonly { id: string; aliases?: readonly string[] | undefined }[] = records[collection];
    let byId: Map<string, unknown> | undefined;
    indexed[collection] = list;
    Object.defineProperty(indexed, `${kind}ById`, { enumerable: true, get: () => (byId ??= indexById(list)) });
  }
  return indexed as IndexedRecords;
}
