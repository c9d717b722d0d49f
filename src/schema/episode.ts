// Episodes: named spans (a war, an escalation, a blockade) that incidents link to, with their own running
// casualty claims where each side published totals for the whole span.
import { z } from "zod";
import { DateSpanSchema } from "./date-span.js";
import { casualtyClaimSchema, casualtyEstimateSchema } from "./incident.js";
import { SideSchema } from "./party.js";
import { idRef, type IdSchemas, NonEmptyTextSchema, stringIds, uniqueList } from "./primitives.js";

function episodeShape<T extends IdSchemas>(ids: T) {
  return {
    /** `2020-war`, `lachin-corridor-blockade`. Never changes once released. */
    id: idRef(ids, "episode"),
    aliases: uniqueList(idRef(ids, "episode")).min(1).optional(),
    title: NonEmptyTextSchema,
    span: DateSpanSchema,
    /** The parties that took part. */
    actors: uniqueList(idRef(ids, "party")).min(1),
    summary: NonEmptyTextSchema,
    sources: uniqueList(idRef(ids, "source")).min(1),
    /** Claims about the whole episode's losses (each side's running totals), shaped like an incident's. */
    casualties: z.array(casualtyClaimSchema(ids)),
    note: NonEmptyTextSchema.optional(),
  };
}

/** An episode as stored in `data/episodes.json`: the claim list may be left out when empty. */
export function episodeRecordSchema<T extends IdSchemas>(ids: T) {
  const shape = episodeShape(ids);
  return z.object({ ...shape, casualties: shape.casualties.optional() }).strict();
}

/** An episode as the package publishes it, with sides and estimates derived as an incident's are. */
export function episodeSchema<T extends IdSchemas>(ids: T) {
  return z
    .object({
      ...episodeShape(ids),
      sides: uniqueList(SideSchema).min(1),
      estimates: z.array(casualtyEstimateSchema(ids)),
    })
    .strict();
}

/** An episode as stored in `data/episodes.json`. */
export const EpisodeRecordSchema = episodeRecordSchema(stringIds);
/** An episode as the package publishes it, with `sides` and `estimates` derived. */
export const EpisodeSchema = episodeSchema(stringIds);
