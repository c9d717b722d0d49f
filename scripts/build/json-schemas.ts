// JSON Schemas of the published record types, shipped in dist/json-schema/ and compared between releases.
import { z } from "zod";
import {
  DatasetSchema,
  EpisodeSchema,
  IncidentSchema,
  PartySchema,
  PlaceSchema,
  SourceSchema,
} from "../../src/schema/index.js";

const SCHEMA_BASE = "https://unpkg.com/armenia-azerbaijan-incidents/dist/json-schema/";

export const jsonSchemas = {
  incident: IncidentSchema,
  place: PlaceSchema,
  party: PartySchema,
  source: SourceSchema,
  episode: EpisodeSchema,
  dataset: DatasetSchema,
} as const;

export function jsonSchemaOf(name: keyof typeof jsonSchemas): object {
  return { $id: `${SCHEMA_BASE}${name}.json`, ...z.toJSONSchema(jsonSchemas[name], { target: "draft-2020-12" }) };
}
