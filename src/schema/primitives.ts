// Building blocks shared by every record schema.
import { z } from "zod";
import { isCalendarDate, parsePartialDate } from "../dates/calendar.js";

/** Every id in the data: ASCII kebab-case. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be ASCII kebab-case (a-z, 0-9, single hyphens)");

/**
 * The id schemas the record schemas are built from. The `schema` entry uses plain strings, so it validates any
 * version of the data; the main entry narrows each to the literal union of the ids this release ships.
 */
export interface IdSchemas {
  incident: z.ZodType<string>;
  place: z.ZodType<string>;
  party: z.ZodType<string>;
  source: z.ZodType<string>;
  episode: z.ZodType<string>;
  milestone: z.ZodType<string>;
}

/**
 * One of the id schemas. Reading `ids.place` on a generic `ids` would widen it to `z.ZodType<string>`; the
 * explicit return type keeps the narrowed schema, so the main entry's records carry literal id unions.
 */
export function idRef<T extends IdSchemas, K extends keyof IdSchemas>(ids: T, kind: K): T[K] {
  return ids[kind];
}

export const stringIds = {
  incident: IdSchema,
  place: IdSchema,
  party: IdSchema,
  source: IdSchema,
  episode: IdSchema,
  milestone: IdSchema,
} as const;

/** A calendar day written YYYY-MM-DD. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
  .refine(isCalendarDate, "is not a real calendar date");

/** A date known to the day, the month or the year: "2023-06-28", "2023-06" or "2023". */
export const PartialDateSchema = z
  .string()
  .refine((value) => parsePartialDate(value) !== undefined, "must be a date written YYYY, YYYY-MM or YYYY-MM-DD");

/** ISO 3166-1 alpha-2 code of the country a place lies in de jure. */
export const CountryCodeSchema = z.enum(["AM", "AZ"]);

export const LanguageSchema = z
  .string()
  .regex(/^[a-z]{2,3}$/, "must be an ISO 639 language code such as en, hy, az, ru");

/** An http(s) address written in ASCII, as JSON Schema's `uri` format requires: other characters percent-encoded. */
export const UrlSchema = z
  .url({ protocol: /^https?$/ })
  .regex(/^[\x21-\x7E]+$/, "must be written in ASCII: percent-encode other characters, as new URL(address).href does");

export const NonEmptyTextSchema = z.string().trim().min(1, "must not be empty");

/** A list without repeated entries. */
export function uniqueList<T extends z.ZodType<string>>(item: T) {
  return z.array(item).refine((list) => new Set(list).size === list.length, "must not repeat an entry");
}
