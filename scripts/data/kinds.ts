// Where each kind of record is written in data/: a folder of files of one record each, or a file (or a folder of
// files) holding a list. Loading, parsing, the lint, canonical form and `data:fix` read this table; the kinds and
// their schemas are the tables in src/kinds.ts and src/schema/kinds.ts.
import type { Collection } from "../../src/kinds.js";

export interface KindFiles {
  /** Relative to the repository root: a `.json` file, or a folder whose `.json` files (at any depth) are read. */
  readonly path: string;
  /** Each file holds one record (`record`) or a JSON array of records sorted by id (`collection`). */
  readonly holds: "record" | "collection";
}

export const KIND_FILES = {
  incidents: { path: "data/incidents", holds: "record" },
  places: { path: "data/places", holds: "collection" },
  parties: { path: "data/parties.json", holds: "collection" },
  sources: { path: "data/sources.json", holds: "collection" },
  episodes: { path: "data/episodes.json", holds: "collection" },
  milestones: { path: "data/milestones.json", holds: "collection" },
} as const satisfies Record<Collection, KindFiles>;
