// Errors a user can act on: typed, naming the bad input, suggesting a fix where one exists.

const BRAND = Symbol.for("armenia-azerbaijan-incidents/error");

/** Base class of every error the package throws on bad input. */
export class IncidentsError extends Error {
  override name = "IncidentsError";
  /** Marks the errors of every copy of the package (two copies installed side by side have two classes). */
  readonly [BRAND] = true;
}

/** True for an error of this package on bad input, from whichever copy of the package threw it. */
export function isIncidentsError(error: unknown): error is IncidentsError {
  return (
    error instanceof IncidentsError || (error instanceof Error && (error as { [BRAND]?: unknown })[BRAND] === true)
  );
}

/** The kinds of record an id can name, as `UnknownIdError.kind` gives them. */
export type RecordKind = "incident" | "place" | "party" | "source" | "episode" | "milestone";

/** An id that is not in the data. `suggestions` holds the closest known ids, best first. */
export class UnknownIdError extends IncidentsError {
  override name = "UnknownIdError";
  constructor(
    readonly kind: RecordKind,
    readonly id: string,
    readonly suggestions: readonly string[],
  ) {
    super(`Unknown ${kind} id ${describe(id)}.${suggestionText(suggestions)}`);
  }
}

/**
 * A point that is not `[longitude, latitude]` in range, given to `distanceKm`. One of the package's errors
 * (`isIncidentsError` is true), and a RangeError as it always was, so code that caught a RangeError still does.
 */
export class InvalidPointError extends RangeError {
  override name = "InvalidPointError";
  readonly [BRAND] = true;
}

/**
 * An option a helper does not take (`casualtyTotals`'s `by` or `episodes`). One of the package's errors
 * (`isIncidentsError` is true), and a TypeError as it always was, so code that caught a TypeError still does.
 */
export class InvalidOptionError extends TypeError {
  override name = "InvalidOptionError";
  constructor(
    readonly parameter: string,
    readonly value: unknown,
    message: string,
  ) {
    super(message);
    // Branded here rather than by a computed class field, which bundlers keep in every bundle that imports this file.
    (this as unknown as Record<symbol, boolean>)[BRAND] = true;
  }
}

/** A query or argument that cannot be answered: a bad date, `from` after `to`, a negative radius, an unknown filter. */
export class InvalidQueryError extends IncidentsError {
  override name = "InvalidQueryError";
  constructor(
    readonly parameter: string,
    readonly value: unknown,
    reason: string,
    readonly suggestions: readonly string[] = [],
  ) {
    super(`Invalid ${parameter} ${describe(value)}: ${reason}.${suggestionText(suggestions)}`);
  }
}

function suggestionText(suggestions: readonly string[]): string {
  if (suggestions.length === 0) return "";
  return ` Did you mean ${suggestions.map((s) => `"${s}"`).join(" or ")}?`;
}

/** String(value), or its tag (`[object Object]`) where the value cannot be converted (no prototype, a throwing toString). */
export function safeString(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** The longest part of a bad input an error message quotes. */
const QUOTED = 100;

/** A bad input as an error message quotes it: NaN and Infinity by name, at most the first 100 characters. */
export function describe(value: unknown): string {
  let text: string;
  if (
    typeof value === "number" ||
    typeof value === "bigint" ||
    typeof value === "undefined" ||
    typeof value === "symbol" ||
    typeof value === "function"
  ) {
    text = String(value);
  } else {
    try {
      text = JSON.stringify(value) ?? safeString(value);
    } catch {
      // A BigInt inside, a cycle, a throwing toJSON: fall back to the value's tag.
      text = safeString(value);
    }
  }
  return text.length > QUOTED ? `${text.slice(0, QUOTED)}…` : text;
}

/** One invalid record found by createDataset: which collection, which record (by id where it has one), where. */
export interface DatasetIssue {
  readonly collection: "incidents" | "places" | "parties" | "sources" | "episodes" | "milestones";
  /** The record's id, or `#<index>` when it has no readable id. */
  readonly record: string;
  /** The path inside the record. */
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** Records given to createDataset that are invalid: every problem found, not only the first. */
export class DatasetError extends IncidentsError {
  override name = "DatasetError";
  constructor(readonly issues: readonly DatasetIssue[]) {
    const lines = issues.map(
      (i) => `  ${i.collection} ${i.record}${i.path.length > 0 ? ` ${i.path.join(".")}` : ""}: ${i.message}`,
    );
    super(`${issues.length} problem(s) in the dataset:\n${lines.join("\n")}`);
  }
}
