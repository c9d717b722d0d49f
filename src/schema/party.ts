// Parties: the actors that fight, suffer losses or make claims, each on one side.
import { z } from "zod";
import { SIDES } from "./enums.js";
import { idRef, type IdSchemas, NonEmptyTextSchema, stringIds, uniqueList } from "./primitives.js";

/** The sides of the conflict. Filtering by a side matches every actor on it. */
export const SideSchema = z.enum(SIDES);

/** The kinds of actor: armed forces, ministry, authority, organisation and so on. */
export const PartyKindSchema = z.enum([
  "government",
  "ministry",
  "armed-forces",
  "border-guard",
  "law-enforcement",
  "legislature",
  "ombudsman",
  "de-facto-authority",
  "peacekeepers",
  "civilians",
  "protesters",
  "international-body",
  "humanitarian-organisation",
  "ngo",
]);

export function partySchema<T extends IdSchemas>(ids: T) {
  return z
    .object({
      id: idRef(ids, "party"),
      /** Earlier ids of this record (merged or renamed), which still resolve to it. */
      aliases: uniqueList(idRef(ids, "party")).min(1).optional(),
      name: NonEmptyTextSchema,
      side: SideSchema,
      kind: PartyKindSchema,
      note: NonEmptyTextSchema.optional(),
    })
    .strict();
}

/** An actor, with the side it belongs to. */
export const PartySchema = partySchema(stringIds);
