// Validates raw files against the source-format schemas, reporting each problem with its file and path.
import type { z } from "zod";
import {
  EpisodeRecordSchema,
  IncidentRecordSchema,
  PartySchema,
  PlaceRecordSchema,
  SourceSchema,
} from "../../src/schema/index.js";
import type { RawData, RawFile } from "./load.js";

export interface Problem {
  file: string;
  /** The named check (or "schema") that found it. */
  check: string;
  path: (string | number)[];
  message: string;
}

export interface RawRecords {
  incidents: { file: string; record: z.output<typeof IncidentRecordSchema> }[];
  places: { file: string; record: z.output<typeof PlaceRecordSchema> }[];
  parties: { file: string; record: z.output<typeof PartySchema> }[];
  sources: { file: string; record: z.output<typeof SourceSchema> }[];
  episodes: { file: string; record: z.output<typeof EpisodeRecordSchema> }[];
}

function parseOne<S extends z.ZodType>(schema: S, value: unknown, file: string, path: (string | number)[], problems: Problem[]) {
  const result = schema.safeParse(value);
  if (result.success) return result.data as z.output<S>;
  for (const found of result.error.issues) {
    problems.push({ file, check: "schema", path: [...path, ...(found.path as (string | number)[])], message: found.message });
  }
  return undefined;
}

function parseCollection<S extends z.ZodType>(schema: S, raw: RawFile, problems: Problem[]) {
  if (!Array.isArray(raw.json)) {
    problems.push({ file: raw.file, check: "schema", path: [], message: "must be a JSON array of records" });
    return [];
  }
  return raw.json.flatMap((value, index) => {
    const record = parseOne(schema, value, raw.file, [index], problems);
    return record === undefined ? [] : [{ file: raw.file, record }];
  });
}

export function parseRawData(raw: RawData): { records: RawRecords; problems: Problem[] } {
  const problems: Problem[] = [];
  const records: RawRecords = {
    incidents: raw.incidents.flatMap((file) => {
      const record = parseOne(IncidentRecordSchema, file.json, file.file, [], problems);
      return record === undefined ? [] : [{ file: file.file, record }];
    }),
    places: raw.places.flatMap((file) => parseCollection(PlaceRecordSchema, file, problems)),
    parties: parseCollection(PartySchema, raw.parties, problems),
    sources: parseCollection(SourceSchema, raw.sources, problems),
    episodes: raw.episodes ? parseCollection(EpisodeRecordSchema, raw.episodes, problems) : [],
  };
  return { records, problems };
}
