// Turns validated raw records into the published dataset and checks it against the public schema.
import { deriveDataset, type PublishedDataset } from "../../src/derive/dataset.js";
import { DatasetSchema } from "../../src/schema/index.js";
import type { RawRecords } from "../data/parse.js";

export type { PublishedDataset };

export function publishDataset(records: RawRecords): PublishedDataset {
  const dataset = deriveDataset({
    incidents: records.incidents,
    places: records.places.map((p) => p.record),
    parties: records.parties.map((p) => p.record),
    sources: records.sources.map((s) => s.record),
    episodes: records.episodes.map((e) => e.record),
  });
  const result = DatasetSchema.safeParse(dataset);
  if (!result.success) {
    const lines = result.error.issues.map((found) => `  ${found.path.join(".")}: ${found.message}`);
    throw new Error(`The published dataset does not match its schema:\n${lines.join("\n")}`);
  }
  return result.data;
}
