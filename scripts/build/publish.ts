// Turns validated raw records into the published dataset and checks it against the public schema.
import { deriveDataset } from "../../src/derive/dataset.js";
import type { PublishedRecords } from "../../src/lookup/records.js";
import { DatasetSchema } from "../../src/schema/index.js";
import type { RawRecords } from "../data/parse.js";

export function publishDataset(records: RawRecords): PublishedRecords {
  const dataset = deriveDataset(records);
  const result = DatasetSchema.safeParse(dataset);
  if (!result.success) {
    const lines = result.error.issues.map((found) => `  ${found.path.join(".")}: ${found.message}`);
    throw new Error(`The published dataset does not match its schema:\n${lines.join("\n")}`);
  }
  return { ...result.data, episodes: result.data.episodes ?? [], milestones: result.data.milestones ?? [] };
}
