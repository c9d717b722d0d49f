// The kinds of record a dataset holds, one row each. The lookups by id, the dataset's counts, the emitted files,
// the lint, canonical form and `data:fix`, the JSON Schemas and the release diff read this table, so that adding a
// kind is adding a row here and its schemas (see docs/extending.md, "Adding a record kind"). Holds no zod and no
// data: the main entry imports it.
import type { RecordKind } from "./errors.js";

export interface RecordKindRow {
  /** The singular name: `UnknownIdError.kind`, the `getX`/`isX`/`xIds`/`xAliases` names, the JSON Schema file. */
  readonly kind: RecordKind;
  /** The plural name: the dataset's field, the published file `dist/data/<collection>.json`. */
  readonly collection: string;
  /** The doc comment of the generated `xIds` list. */
  readonly idsDoc: string;
}

/** Every kind of record, in the order the dataset, its counts and its files list them. */
export const RECORD_KINDS = [
  { kind: "incident", collection: "incidents", idsDoc: "Every incident id, sorted by start date." },
  { kind: "place", collection: "places", idsDoc: "Every place id in the gazetteer." },
  { kind: "party", collection: "parties", idsDoc: "Every party id." },
  { kind: "source", collection: "sources", idsDoc: "Every source id." },
  { kind: "episode", collection: "episodes", idsDoc: "Every episode id." },
  { kind: "milestone", collection: "milestones", idsDoc: "Every milestone id, sorted by date." },
] as const satisfies readonly RecordKindRow[];

/** The plural names: `"incidents" | "places" | …`. */
export type Collection = (typeof RECORD_KINDS)[number]["collection"];
/** The collection of each kind: `CollectionOf<"party">` is `"parties"`. */
export type CollectionOf<K extends RecordKind> = Extract<(typeof RECORD_KINDS)[number], { kind: K }>["collection"];

/** The plural names, in table order. */
export const COLLECTIONS: readonly Collection[] = /* @__PURE__ */ RECORD_KINDS.map((row) => row.collection);

/**
 * One value per collection, built from the table: `byCollection((row) => [])` is
 * `{ incidents: [], places: [], … }`.
 */
export function byCollection<T>(value: (row: (typeof RECORD_KINDS)[number]) => T): Record<Collection, T> {
  return Object.fromEntries(RECORD_KINDS.map((row) => [row.collection, value(row)])) as Record<Collection, T>;
}

/** One list per collection, of the type each kind's records have at one stage: `Collections<{ incident: A; … }>`. */
export type Collections<Of extends Record<RecordKind, unknown>> = {
  readonly [K in RecordKind as CollectionOf<K>]: readonly Of[K][];
};
