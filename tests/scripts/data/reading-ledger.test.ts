import { describe, expect, it } from "vitest";
import { ROOT } from "../../../scripts/data/paths.js";
import { readingState, readReadingLedger, type ReadingEntry } from "../../../scripts/data/reading-ledger.js";
import { incidentIds } from "../../../src/index.js";

const reading = (record: string, readOn: string, outcome: ReadingEntry["outcome"]): ReadingEntry => ({
  record,
  readOn,
  pages: outcome === "unverifiable" ? [] : ["s1"],
  outcome,
});

describe("the reading ledger", () => {
  it("counts each incident by its latest reading and lists the unread", () => {
    const state = readingState(
      [
        reading("a", "2026-11-01", "unverifiable"),
        reading("a", "2026-12-01", "corrected"),
        reading("b", "2026-12-01", "confirmed"),
        reading("gone", "2026-12-01", "confirmed"),
      ],
      ["a", "b", "c"],
    );
    expect(state).toEqual({ incidents: 3, confirmed: 1, corrected: 1, unverifiable: 0, unread: ["c"] });
  });

  it("reads the ledger in data/, whose records all exist", () => {
    const ledger = readReadingLedger(ROOT);
    expect(ledger.length).toBeGreaterThanOrEqual(50);
    const ids = new Set<string>(incidentIds);
    expect(ledger.filter((entry) => !ids.has(entry.record))).toEqual([]);
  });
});
