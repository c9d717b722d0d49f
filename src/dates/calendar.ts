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

/**
 * Days since 1970-01-01 of a YYYY-MM-DD string (proleptic Gregorian, as the strings compare): the one day
 * arithmetic of the package. Fast (no Date object): the query engine indexes every incident's span with it.
 */
export function dayNumber(date: string): number {
  const y0 =
    (date.charCodeAt(0) - 48) * 1000 +
    (date.charCodeAt(1) - 48) * 100 +
    (date.charCodeAt(2) - 48) * 10 +
    (date.charCodeAt(3) - 48);
  const m = (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48);
  const d = (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48);
  // Days from civil (H. Hinnant's algorithm).
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The YYYY-MM-DD date of a day number (the inverse of dayNumber; civil from days, H. Hinnant's algorithm). */
export function dateOfDay(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, "0")}-${pad(m)}-${pad(d)}`;
}

/** A YYYY-MM-DD date moved by a number of days (negative: earlier). */
export function addDays(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days);
}

/** Days from one YYYY-MM-DD date to another: 1 from 2023-04-10 to 2023-04-11, negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The last day a partial date covers: `2020-10` is 2020-10-31, `2020` 2020-12-31, a full date itself. */
export function lastDayOf(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) return endOfMonth(date);
  return date;
}
