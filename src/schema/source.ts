// Sources: the publications that report what each party claims.
import { z } from "zod";
import {
  idRef,
  type IdSchemas,
  LanguageSchema,
  NonEmptyTextSchema,
  PartialDateSchema,
  stringIds,
  uniqueList,
  UrlSchema,
} from "./primitives.js";

/** The kinds of publication: news agency, newspaper, government site and so on. */
export const SourceKindSchema = z.enum([
  "news-agency",
  "newspaper",
  "broadcaster",
  "news-website",
  "official-statement",
  "ngo-report",
  "reference-work",
]);

export function sourceSchema<T extends IdSchemas>(ids: T) {
  return z
    .object({
      id: idRef(ids, "source"),
      /** Earlier ids of this record (merged or renamed), which still resolve to it. */
      aliases: uniqueList(idRef(ids, "source")).min(1).optional(),
      /** Who published it. Title and address are given exactly as published, and only where they were seen. */
      publisher: NonEmptyTextSchema.optional(),
      /** The wire agency whose story the publisher carries, where it says so (an AP story in a newspaper). */
      agency: NonEmptyTextSchema.optional(),
      title: NonEmptyTextSchema.optional(),
      url: UrlSchema.optional(),
      /** Publication date: not the date of the events it reports. */
      published: PartialDateSchema.optional(),
      language: LanguageSchema,
      kind: SourceKindSchema,
      note: NonEmptyTextSchema.optional(),
    })
    .strict()
    .refine(
      (source) => source.publisher !== undefined || source.url !== undefined || source.title !== undefined,
      "a source names at least its publisher, its title or its address",
    );
}

/** A publication cited by the records. */
export const SourceSchema = sourceSchema(stringIds);
