// How a date span is written for people: one module for the command line's list, overview and show.
import type { DateSpan } from "../schema/index.js";

/**
 * - `range`: "2020-07-12 – 2020-07-16", one date for a single day;
 * - `compact`: like `range`, the end without the year (and month) it shares with the start: "2020-07-12 – 16",
 *   "2020-07-31 – 08-01" (tables);
 * - `short`: as precise as the data: "2021-05" for a month, "2016" for a year, else like `range` (overviews);
 * - `long`: "2020-07-12 to 2020-07-16", with "(known to the month)" where the precision is not a day (details).
 */
export type SpanStyle = "range" | "compact" | "short" | "long";

export function formatSpan(span: DateSpan, style: SpanStyle): string {
  const { start, end, precision } = span;
  switch (style) {
    case "range":
      return start === end ? start : `${start} – ${end}`;
    case "compact": {
      if (start === end) return start;
      const shared = start.slice(0, 7) === end.slice(0, 7) ? 8 : start.slice(0, 4) === end.slice(0, 4) ? 5 : 0;
      return `${start} – ${end.slice(shared)}`;
    }
    case "short": {
      if (precision === "year") return start.slice(0, 4);
      if (precision === "month") return start.slice(0, 7);
      return start === end ? start : `${start} – ${end}`;
    }
    case "long":
      return `${start === end ? start : `${start} to ${end}`}${precision === "day" ? "" : ` (known to the ${precision})`}`;
  }
}
