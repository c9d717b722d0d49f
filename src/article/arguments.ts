// The article entry's arguments, checked before any reading: every bad input is one of the package's errors,
// naming the argument and what it expected.
import { isCalendarDate } from "../dates/calendar.js";
import { InvalidQueryError } from "../errors.js";

const DATASET_ARRAYS = ["incidents", "places", "parties", "sources"] as const;
const DATASET_FUNCTIONS = ["isWithin", "getPlace", "getParty", "getSource"] as const;

/** The article's text: a string. */
export function checkText(text: unknown): asserts text is string {
  if (typeof text !== "string") throw new InvalidQueryError("text", text, "must be the article's text, a string");
}

/** The options: absent, or an object whose `published`, `url` and `publisher` are what they say. */
export function checkOptions(options: unknown, { published }: { published: "optional" | "required" }): void {
  if (options === undefined && published === "optional") return;
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    const shape = published === "required" ? "{ published, url?, publisher? }" : "{ published? }";
    throw new InvalidQueryError("options", options, `must be an object: ${shape}`);
  }
  const { published: day, url, publisher } = options as Record<string, unknown>;
  if (day === undefined && published === "required") {
    throw new InvalidQueryError("options.published", day, "is required: the article's publication day, YYYY-MM-DD");
  }
  if (day !== undefined && (typeof day !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(day) || !isCalendarDate(day))) {
    throw new InvalidQueryError("options.published", day, "must be a calendar day written YYYY-MM-DD");
  }
  for (const [name, value] of [
    ["url", url],
    ["publisher", publisher],
  ] as const) {
    if (value !== undefined && typeof value !== "string") {
      throw new InvalidQueryError(`options.${name}`, value, "must be a string");
    }
  }
}

/** A dataset as `release` or createDataset gives it. */
export function checkDataset(data: unknown): void {
  const ok =
    data !== null &&
    typeof data === "object" &&
    DATASET_ARRAYS.every((name) => Array.isArray((data as Record<string, unknown>)[name])) &&
    DATASET_FUNCTIONS.every((name) => typeof (data as Record<string, unknown>)[name] === "function");
  if (!ok) {
    throw new InvalidQueryError("dataset", data, "must be a dataset: `release`, or what createDataset returns");
  }
}
