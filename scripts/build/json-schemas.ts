// JSON Schemas of the published record types, shipped in dist/json-schema/ and compared between releases.
import { z } from "zod";
import { RECORD_KINDS } from "../../src/kinds.js";
import { DatasetSchema } from "../../src/schema/index.js";
import { KIND_SCHEMAS } from "../../src/schema/kinds.js";

const SCHEMA_BASE = "https://unpkg.com/armenia-azerbaijan-incidents/dist/json-schema/";

/** One schema per kind of record (`incident`, `place`…, from its published schema), and `dataset`. */
export const jsonSchemas: Record<string, z.ZodType> = {
  ...Object.fromEntries(RECORD_KINDS.map(({ kind, collection }) => [kind, KIND_SCHEMAS[collection].published])),
  dataset: DatasetSchema,
};

export function jsonSchemaOf(name: string): object {
  return { $id: `${SCHEMA_BASE}${name}.json`, ...z.toJSONSchema(jsonSchemas[name]!, { target: "draft-2020-12" }) };
}
