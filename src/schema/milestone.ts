// Milestones: dated steps of the peace process (border commissions' agreements, the treaty's text, summits) that
// change what an incident means. Not incidents: nobody fired, and no figure is claimed. A chart marks them.
import { z } from "zod";
import { DateSpanSchema } from "./date-span.js";
import { idRef, type IdSchemas, NonEmptyTextSchema, stringIds, uniqueList } from "./primitives.js";

/** Which track of the peace process a milestone belongs to. */
export const MilestoneProcessSchema = z
  .enum(["border-delimitation", "peace-agreement"])
  .describe(
    "border-delimitation: the two governments' commissions on the border and what they agreed; peace-agreement: the treaty's text, its initialling and the leaders' declarations.",
  );

interface Dated {
  id: string;
  span: { start: string; precision: "day" | "month" | "year" };
}

/** A milestone's id starts with its date, as precise as its span: the order by id is the order in time. */
function startsWithItsDate({ id, span }: Dated): boolean {
  const date = span.start.slice(0, { day: 10, month: 7, year: 4 }[span.precision]);
  // A name follows the date, not more of a date: `2025-08-talks` for a month, never `2025-08-01-talks`.
  return id.startsWith(`${date}-`) && !/^\d/.test(id.slice(date.length + 1));
}

export function milestoneSchema<T extends IdSchemas>(ids: T) {
  return (
    z
      .object({
        /** The day it happened and what: `2025-08-08-washington-summit`. Never changes once released. */
        id: idRef(ids, "milestone"),
        aliases: uniqueList(idRef(ids, "milestone")).min(1).optional(),
        /** When it happened (a signing, a meeting); month precision where the pages give no day. */
        span: DateSpanSchema,
        process: MilestoneProcessSchema,
        title: NonEmptyTextSchema,
        /** What was agreed or signed, and what each side said of it, in neutral words. */
        summary: NonEmptyTextSchema,
        /** The parties that took part: the governments, their ministries and commissions. */
        actors: uniqueList(idRef(ids, "party")).min(1),
        /** Places it concerns (the border villages of an agreed section), where it names any. */
        places: uniqueList(idRef(ids, "place")).min(1).optional(),
        sources: uniqueList(idRef(ids, "source")).min(1),
        note: NonEmptyTextSchema.optional(),
      })
      .strict()
      // The id schema is generic here: its output is a string, which TypeScript cannot see through `T`.
      .refine((milestone) => startsWithItsDate(milestone as unknown as Dated), {
        message: "a milestone id starts with its date: YYYY-MM-DD, YYYY-MM for a month-precise span, YYYY for a year",
        path: ["id"],
      })
  );
}

/** A milestone, as written in `data/milestones.json` and as published (nothing is derived). */
export const MilestoneSchema = milestoneSchema(stringIds);
