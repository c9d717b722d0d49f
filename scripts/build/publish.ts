// Turns validated raw records into the published dataset and checks it against the public schema.
import type { z } from "zod";
import { DatasetSchema, type PartySchema } from "../../src/schema/index.js";
import type { RawRecords } from "../data/parse.js";
import { compareIncidents, publishIncident } from "./derive/incidents.js";
import { publishPlaces } from "./derive/places.js";

export type PublishedDataset = z.output<typeof DatasetSchema>;

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function publishDataset(records: RawRecords): PublishedDataset {
  const parties = records.parties.map((p) => p.record).sort(byId);
  const partyById = new Map<string, z.output<typeof PartySchema>>(parties.map((party) => [party.id, party]));
  const dataset = {
    incidents: records.incidents
      .map(({ file, record }) => publishIncident(record, file, partyById))
      .sort(compareIncidents),
    places: publishPlaces(records.places.map((p) => p.record)),
    parties,
    sources: records.sources.map((s) => s.record).sort(byId),
  };
  const result = DatasetSchema.safeParse(dataset);
  if (!result.success) {
    const lines = result.error.issues.map((found) => `  ${found.path.join(".")}: ${found.message}`);
    throw new Error(`The published dataset does not match its schema:\n${lines.join("\n")}`);
  }
  return result.data;
}
