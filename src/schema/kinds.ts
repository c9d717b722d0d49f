// The schemas of each kind of record, by collection: the record as written in data/ and as published (derived
// fields added). createDataset, the build, the lint and the JSON Schemas read this table; `datasetSchema` lists
// the same collections with their ids narrowed. The kinds themselves are the table in src/kinds.ts.
import type { z } from "zod";
import type { Collection } from "../kinds.js";
import { EpisodeRecordSchema, EpisodeSchema } from "./episode.js";
import { IncidentRecordSchema, IncidentSchema } from "./incident.js";
import { MilestoneSchema } from "./milestone.js";
import { PartySchema } from "./party.js";
import { PlaceRecordSchema, PlaceSchema } from "./place.js";
import { SourceSchema } from "./source.js";

export interface KindSchemas {
  /** A record as written in data/. */
  readonly record: z.ZodType;
  /** A record as published: the JSON Schema `dist/json-schema/<kind>.json` is made from it. */
  readonly published: z.ZodType;
  /** The published fields derived from others: ignored when given to createDataset, recomputed. */
  readonly derived: readonly string[];
  /** Absent from data older than the kind: the collection may be left out. */
  readonly optional?: true;
}

export const KIND_SCHEMAS = {
  incidents: {
    record: IncidentRecordSchema,
    published: IncidentSchema,
    derived: ["sides", "inclusion", "estimates", "file"],
  },
  places: { record: PlaceRecordSchema, published: PlaceSchema, derived: ["label", "ancestors"] },
  parties: { record: PartySchema, published: PartySchema, derived: [] },
  sources: { record: SourceSchema, published: SourceSchema, derived: [] },
  episodes: { record: EpisodeRecordSchema, published: EpisodeSchema, derived: ["sides", "estimates"], optional: true },
  milestones: { record: MilestoneSchema, published: MilestoneSchema, derived: [], optional: true },
} as const satisfies Record<Collection, KindSchemas>;

/** A record of a collection as written in data/. */
export type WrittenRecord<C extends Collection> = z.output<(typeof KIND_SCHEMAS)[C]["record"]>;
