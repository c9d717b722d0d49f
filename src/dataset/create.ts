// createDataset: a dataset over anyone's records (ours, yours, or both merged), validated with the schemas and
// with its derived fields recomputed by the rules the build uses. This module brings zod; the main entry does not.
import { DatasetError, type DatasetIssue } from "../errors.js";
import { type WrittenRecords, deriveDataset } from "../derive/dataset.js";
import { type Collection, COLLECTIONS } from "../kinds.js";
import {
  DatasetSchema,
  type Episode,
  type Incident,
  type Milestone,
  type Party,
  type Place,
  type Source,
} from "../schema/index.js";
import { KIND_SCHEMAS } from "../schema/kinds.js";
import { makeDataset } from "./make.js";
import type { Dataset } from "./types.js";

type DerivedIncidentField = "sides" | "inclusion" | "estimates" | "file" | "casualties" | "accusations" | "denials";

/** An incident as the package exports it; the derived fields (`sides`, `estimates`, `file`) may be left out. */
export type IncidentInput = Omit<Incident, DerivedIncidentField> & Partial<Pick<Incident, DerivedIncidentField>>;
/** A place as the package exports it; the derived `label` and `ancestors` may be left out. */
export type PlaceInput = Omit<Place, "label" | "ancestors"> & Partial<Pick<Place, "label" | "ancestors">>;

/** Records in the shape the package exports. Other keys (the helpers of a spread dataset) are ignored. */
export interface DatasetInput {
  readonly incidents: readonly IncidentInput[];
  readonly places: readonly PlaceInput[];
  readonly parties: readonly Party[];
  readonly sources: readonly Source[];
  /** Optional: a dataset without episodes. Their derived `sides` and `estimates` may be left out. */
  readonly episodes?: readonly EpisodeInput[] | undefined;
  /** Optional: a dataset without milestones. */
  readonly milestones?: readonly Milestone[] | undefined;
}

/** An episode as the package exports it; the derived fields and an empty claim list may be left out. */
export type EpisodeInput = Omit<Episode, "sides" | "estimates" | "casualties"> &
  Partial<Pick<Episode, "sides" | "estimates" | "casualties">>;

/** The file a record came from, for incidents given without one. */
export const NO_FILE = "(createDataset)";

function recordName(value: unknown, index: number): string {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === "string" && id !== "" ? id : `#${index}`;
}

// The file a record came from is kept when given (not validated: it is a label), or marked as given here.
function fileOf(value: unknown): string {
  const file = (value as { file?: unknown } | null)?.file;
  return typeof file === "string" && file.trim() !== "" ? file : NO_FILE;
}

function without(value: unknown, keys: readonly string[]): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));
}

/** Each valid record of a collection, with the file read from its input; every problem goes to `issues`. */
function parseAll(collection: Collection, list: unknown, issues: DatasetIssue[]): { file: string; record: unknown }[] {
  const { record: schema, derived } = KIND_SCHEMAS[collection];
  if (!Array.isArray(list)) {
    issues.push({ collection, record: "", path: [], message: "must be an array of records" });
    return [];
  }
  return list.flatMap((value: unknown, index) => {
    const result = schema.safeParse(without(value, derived));
    if (result.success) return [{ record: result.data, file: fileOf(value) }];
    for (const found of result.error.issues) {
      issues.push({
        collection,
        record: recordName(value, index),
        path: found.path as (string | number)[],
        message: found.message,
      });
    }
    return [];
  });
}

/**
 * A dataset over these records, with the same helpers as the main entry. Every record is validated against the
 * schemas and the records against each other (ids unique, references resolve…); derived fields given in the
 * input are ignored and recomputed. Invalid input throws a DatasetError listing every problem.
 */
export function createDataset(input: DatasetInput): Dataset {
  if (input === null || typeof input !== "object") {
    throw new DatasetError([
      {
        collection: "incidents",
        record: "",
        path: [],
        message: "createDataset takes { incidents, places, parties, sources }",
      },
    ]);
  }
  const issues: DatasetIssue[] = [];
  const written = Object.fromEntries(
    COLLECTIONS.map((collection) => {
      const list = (input as unknown as Record<string, unknown>)[collection];
      // A collection absent from data older than its kind (episodes) is an empty one.
      const optional = "optional" in KIND_SCHEMAS[collection] && list === undefined;
      return [collection, parseAll(collection, optional ? [] : list, issues)];
    }),
  ) as unknown as WrittenRecords;
  // The records that parsed are derived and checked against each other too, so that one DatasetError lists every
  // problem; a reference to a record that failed its schema is not reported again as unknown.
  const invalid = new Set(issues.map((issue) => issue.record).filter((record) => !record.startsWith("#")));
  const derived = deriveDataset(written);
  const checked = DatasetSchema.safeParse(derived);
  if (!checked.success) {
    const references = checked.error.issues
      .map((found): DatasetIssue => {
        const [collection, index, ...path] = found.path as (string | number)[];
        const list: readonly unknown[] = COLLECTIONS.includes(collection as Collection)
          ? derived[collection as Collection]
          : [];
        const record = typeof index === "number" ? recordName(list[index], index) : "";
        return { collection: (collection ?? "incidents") as Collection, record, path, message: found.message };
      })
      .filter((issue) => ![...invalid].some((id) => issue.message.includes(`"${id}"`)));
    issues.push(...references);
  }
  if (issues.length > 0 || !checked.success) throw new DatasetError(issues);
  return makeDataset(checked.data);
}
