// The dataset as a whole: every record valid on its own, and the records consistent with each other.
import { z } from "zod";
import { episodeSchema } from "./episode.js";
import { incidentSchema } from "./incident.js";
import { runIntegrityChecks } from "./integrity/checks.js";
import type { DatasetView } from "./integrity/types.js";
import { milestoneSchema } from "./milestone.js";
import { partySchema } from "./party.js";
import { placeSchema } from "./place.js";
import { type IdSchemas, stringIds } from "./primitives.js";
import { sourceSchema } from "./source.js";

export function datasetSchema<T extends IdSchemas>(ids: T) {
  return z
    .object({
      incidents: z.array(incidentSchema(ids)),
      places: z.array(placeSchema(ids)),
      parties: z.array(partySchema(ids)),
      sources: z.array(sourceSchema(ids)),
      /** Absent in data published before episodes existed. */
      episodes: z.array(episodeSchema(ids)).optional(),
      /** Absent in data published before milestones existed. */
      milestones: z.array(milestoneSchema(ids)).optional(),
    })
    .strict()
    .superRefine((data, ctx) => {
      // Every id schema outputs a string, which TypeScript cannot see through the generic `T`.
      for (const found of runIntegrityChecks(data as unknown as DatasetView)) {
        ctx.addIssue({ code: "custom", path: found.path, message: `${found.check}: ${found.message}` });
      }
    });
}

/** The published dataset: what `dist/data/*.json` and the main entry hold. */
export const DatasetSchema = datasetSchema(stringIds);
