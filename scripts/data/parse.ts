// Validates raw files against the source-format schemas, reporting each problem with its file and path.
import type { z } from "zod";
import type { WrittenRecords } from "../../src/derive/dataset.js";
import { COLLECTIONS } from "../../src/kinds.js";
import { KIND_SCHEMAS } from "../../src/schema/kinds.js";
import { KIND_FILES } from "./kinds.js";
import type { RawData, RawFile } from "./load.js";

export interface Problem {
  file: string;
  /** The named check (or "schema") that found it. */
  check: string;
  path: (string | number)[];
  message: string;
  /** Reported, but does not fail the lint. */
  warning?: true;
}

/** The records that pass their schema, each with its file, by collection. */
export interface RawRecords extends WrittenRecords {
  /** Ids of records that are present but fail their schema: they report their own problems, not their citers'. */
  invalidIds: Set<string>;
}

const idOf = (value: unknown): string | undefined => {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === "string" ? id : undefined;
};

function parseOne<S extends z.ZodType>(
  schema: S,
  value: unknown,
  file: string,
  path: (string | number)[],
  problems: Problem[],
  invalidIds: Set<string>,
) {
  const result = schema.safeParse(value);
  if (result.success) return result.data as z.output<S>;
  const id = idOf(value);
  if (id !== undefined) invalidIds.add(id);
  for (const found of result.error.issues) {
    problems.push({ file, check: "schema", path: [...path, ...(found.path as (string | number)[])], message: found.message });
  }
  return undefined;
}

function parseCollection<S extends z.ZodType>(schema: S, raw: RawFile, problems: Problem[], invalidIds: Set<string>) {
  if (!Array.isArray(raw.json)) {
    problems.push({ file: raw.file, check: "schema", path: [], message: "must be a JSON array of records" });
    return [];
  }
  return raw.json.flatMap((value, index) => {
    // A record is named by its id where it has one, so that a problem says which record, not which position.
    const record = parseOne(schema, value, raw.file, [idOf(value) ?? index], problems, invalidIds);
    return record === undefined ? [] : [{ file: raw.file, record }];
  });
}

export function parseRawData(raw: RawData): { records: RawRecords; problems: Problem[] } {
  const problems: Problem[] = [];
  const invalidIds = new Set<string>();
  const parsed = COLLECTIONS.map((collection) => {
    const schema = KIND_SCHEMAS[collection].record;
    const entries = raw[collection].flatMap((file) => {
      if (KIND_FILES[collection].holds === "collection") return parseCollection(schema, file, problems, invalidIds);
      const record = parseOne(schema, file.json, file.file, [], problems, invalidIds);
      return record === undefined ? [] : [{ file: file.file, record }];
    });
    return [collection, entries] as const;
  });
  const records = { ...(Object.fromEntries(parsed) as unknown as WrittenRecords), invalidIds };
  return { records, problems };
}
