import { z } from "zod";
import { endOfMonth } from "../dates/calendar.js";
import { IsoDateSchema } from "./primitives.js";

/**
 * How precisely a span is known: to the day, the month or the year. Written as an object, not a list, so that the
 * emitted declarations list the values in this order whatever order the compiler first meets the literals in
 * (the build stays byte-for-byte reproducible).
 */
export const DatePrecisionSchema = z
  .enum({ day: "day", month: "month", year: "year" })
  .describe("How precisely the dates are known: a month or year precision spans that whole month or year.");

/**
 * When an incident happened: first and last day (equal for a one-day incident). With month or year precision the
 * span covers whole months or years, so that a filter by date never misses an incident known only to the month.
 */
export const DateSpanSchema = z
  .object({
    start: IsoDateSchema,
    end: IsoDateSchema,
    precision: DatePrecisionSchema,
  })
  .strict()
  .superRefine((span, ctx) => {
    if (span.start > span.end) {
      ctx.addIssue({ code: "custom", message: `start ${span.start} is after end ${span.end}`, path: ["end"] });
    }
    if (span.precision === "month") {
      if (!span.start.endsWith("-01")) {
        ctx.addIssue({ code: "custom", message: "a month-precise span starts on the 1st", path: ["start"] });
      }
      if (span.end !== endOfMonth(span.end)) {
        ctx.addIssue({
          code: "custom",
          message: "a month-precise span ends on the last day of a month",
          path: ["end"],
        });
      }
    }
    if (span.precision === "year") {
      if (!span.start.endsWith("-01-01")) {
        ctx.addIssue({ code: "custom", message: "a year-precise span starts on 1 January", path: ["start"] });
      }
      if (!span.end.endsWith("-12-31")) {
        ctx.addIssue({ code: "custom", message: "a year-precise span ends on 31 December", path: ["end"] });
      }
    }
  });
