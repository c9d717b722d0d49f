// The reading ledger, data/curation/reading-ledger.json: which incidents a second reader has checked against their
// cited pages, which pages were found, and what came of it. An incident counts as read only when it has an entry,
// so "nobody has checked this record since it was drafted" is something `data:report` can say.
import { z } from "zod";
import { readCurationFile } from "./ledger.js";

export const READING_LEDGER_FILE = "data/curation/reading-ledger.json";

/** What a reading found: every figure as the pages give it, a change made, or no cited page found to read. */
export const READING_OUTCOMES = ["confirmed", "corrected", "unverifiable"] as const;

export const ReadingEntrySchema = z
  .object({
    /** The incident read. */
    record: z.string().min(1),
    /** The day of the reading. */
    readOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a day, YYYY-MM-DD"),
    /** The cited sources whose pages were found and read. */
    pages: z.array(z.string().min(1)),
    outcome: z.enum(READING_OUTCOMES),
    /** What was corrected, or why nothing could be read. */
    note: z.string().min(1).optional(),
  })
  .strict()
  .refine((entry) => entry.outcome === "unverifiable" || entry.pages.length > 0, {
    message: "a confirmed or corrected reading names the pages it read",
    path: ["pages"],
  });

export const ReadingLedgerSchema = z.array(ReadingEntrySchema);
export type ReadingEntry = z.output<typeof ReadingEntrySchema>;

/** The ledger's entries, or [] where the file does not exist. Throws on a file that fails its schema. */
export function readReadingLedger(root: string): ReadingEntry[] {
  return readCurationFile(root, READING_LEDGER_FILE, ReadingLedgerSchema);
}

/** Each incident's latest reading decides its state; incidents without an entry are unread. */
export function readingState(ledger: readonly ReadingEntry[], incidents: readonly string[]) {
  const latest = new Map<string, ReadingEntry>();
  for (const entry of ledger) {
    const before = latest.get(entry.record);
    if (!before || before.readOn <= entry.readOn) latest.set(entry.record, entry);
  }
  const count = { confirmed: 0, corrected: 0, unverifiable: 0 };
  const unread: string[] = [];
  for (const id of incidents) {
    const entry = latest.get(id);
    if (entry) count[entry.outcome] += 1;
    else unread.push(id);
  }
  return { incidents: incidents.length, ...count, unread };
}
