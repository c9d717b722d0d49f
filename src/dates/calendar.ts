// Calendar dates as ISO strings (YYYY-MM-DD): validation, partial dates and month ends.
// Strings compare correctly with < and >, so the whole package works on strings, never on Date objects.

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

export type DatePrecision = "day" | "month" | "year";

/** A partial date resolved to the first and last day it covers. */
export interface DateRange {
  readonly start: string;
  readonly end: string;
  readonly precision: DatePrecision;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number): string => String(n).padStart(2, "0");

/** True for a real calendar day written as YYYY-MM-DD (rejects 2023-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = FULL_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The last day of the month of a YYYY-MM-DD or YYYY-MM string. */
export function endOfMonth(value: string): string {
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  return `${value.slice(0, 7)}-${pad(daysInMonth(year, month))}`;
}

/**
 * Resolves "2023", "2023-06" or "2023-06-28" to the days it covers.
 * Returns undefined for anything else, including impossible dates.
 */
export function parsePartialDate(value: string): DateRange | undefined {
  if (YEAR.test(value)) return { start: `${value}-01-01`, end: `${value}-12-31`, precision: "year" };
  const month = MONTH.exec(value);
  if (month) {
    const m = Number(month[2]);
    if (m < 1 || m > 12) return undefined;
    return { start: `${value}-01`, end: endOfMonth(value), precision: "month" };
  }
  return isCalendarDate(value) ? { start: value, end: value, precision: "day" } : undefined;
}

/** Today's date in UTC as YYYY-MM-DD. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
