// The sweep ledger, data/curation/sweep-ledger.json: for each month, how the pages were searched for incidents,
// what was found and what is known to be missing. A month counts as swept only when it has an entry; the latest
// day an entry reaches is the release's `sweptTo`, so that a user can tell "no incident" from "not looked at yet".
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { lastDayOf } from "../../src/dates/calendar.js";

export const LEDGER_FILE = "data/curation/sweep-ledger.json";

const MonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "a month, YYYY-MM");
const DaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a day, YYYY-MM-DD");

/** What a sweep looked for: the kinds of event of the inclusion policy. */
export const SWEEP_KINDS = ["casualties", "mines", "accusations", "damage", "ground"] as const;

export const LedgerEntrySchema = z
  .object({
    /** The month searched. */
    month: MonthSchema,
    /** The last day of the month the pages reached, where they stop before its end. */
    through: DaySchema.optional(),
    /** The day the sweep was made. */
    sweptOn: DaySchema,
    /** What it looked for. */
    kinds: z.array(z.enum(SWEEP_KINDS)).min(1),
    /** The languages of its queries. */
    languages: z.array(z.string().regex(/^[a-z]{2}$/)).min(1),
    /** The queries, as run (several months may share them: the search matches by meaning, not by date). */
    queries: z.array(z.string().min(1)).min(1),
    /** Pages that list or count incidents (running tallies, round-ups) read for the month. */
    listPages: z.array(z.string().url()).default([]),
    /** The incidents recorded from the sweep. */
    found: z.array(z.string()).default([]),
    /** What is known to be missing, and why (no page dates or places it). */
    missing: z.string().optional(),
  })
  .strict();

export const LedgerSchema = z.array(LedgerEntrySchema);
export type LedgerEntry = z.output<typeof LedgerEntrySchema>;

/** A curation file's entries, or [] where the file does not exist. Throws on a file that fails its schema. */
export function readCurationFile<T>(root: string, file: string, schema: z.ZodType<T[]>): T[] {
  const at = path.join(root, file);
  if (!existsSync(at)) return [];
  return schema.parse(JSON.parse(readFileSync(at, "utf8")));
}

/** The ledger's entries, or [] where the file does not exist. Throws on a file that fails its schema. */
export function readLedger(root: string): LedgerEntry[] {
  return readCurationFile(root, LEDGER_FILE, LedgerSchema);
}

/** The latest day any entry reaches: its `through`, or the end of its month. Undefined for an empty ledger. */
export function sweptTo(ledger: readonly LedgerEntry[]): string | undefined {
  let latest: string | undefined;
  for (const entry of ledger) {
    const day = entry.through ?? lastDayOf(entry.month);
    if (latest === undefined || day > latest) latest = day;
  }
  return latest;
}

/** Every month from `from` to `to` (YYYY-MM), in order. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split("-").map(Number) as [number, number];
  for (;;) {
    const key = `${year}-${String(month).padStart(2, "0")}`;
    if (key > to) return months;
    months.push(key);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}

/** Which months from `from` to `to` have an entry, and which have none. */
export function ledgerState(ledger: readonly LedgerEntry[], from: string, to: string) {
  const entered = new Set(ledger.map((entry) => entry.month));
  const months = monthsBetween(from, to);
  return {
    swept: months.filter((month) => entered.has(month)),
    unswept: months.filter((month) => !entered.has(month)),
    sweptTo: sweptTo(ledger),
  };
}
