import { describe, expect, it } from "vitest";
import { ledgerState, readLedger, sweptTo, type LedgerEntry } from "../../../scripts/data/ledger.js";
import { lastDayOf as monthEnd } from "../../../src/dates/calendar.js";
import { ROOT } from "../../../scripts/data/paths.js";
import { dataset } from "../../../src/index.js";

const entry = (month: string, through?: string): LedgerEntry => ({
  month,
  ...(through ? { through } : {}),
  sweptOn: "2026-12-07",
  kinds: ["mines"],
  languages: ["en"],
  queries: ["mine explosion"],
  listPages: [],
  found: [],
});

describe("the sweep ledger", () => {
  it("ends a month on its last day, leap years included", () => {
    expect(monthEnd("2025-02")).toBe("2025-02-28");
    expect(monthEnd("2024-02")).toBe("2024-02-29");
    expect(monthEnd("2025-12")).toBe("2025-12-31");
  });

  it("is swept to the latest day an entry reaches: its `through`, or its month's end", () => {
    expect(sweptTo([])).toBeUndefined();
    expect(sweptTo([entry("2025-01"), entry("2024-12")])).toBe("2025-01-31");
    expect(sweptTo([entry("2025-01"), entry("2026-03", "2026-03-13")])).toBe("2026-03-13");
  });

  it("counts a month as swept only when it has an entry", () => {
    const state = ledgerState([entry("2024-12"), entry("2025-02")], "2024-11", "2025-02");
    expect(state.swept).toEqual(["2024-12", "2025-02"]);
    expect(state.unswept).toEqual(["2024-11", "2025-01"]);
  });

  it("gives the release its sweptTo from the ledger in data/", () => {
    expect(dataset.sweptTo).toBe(sweptTo(readLedger(ROOT)));
    expect(dataset.sweptTo).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The record's last incident is on or before the day the sweep reached.
    expect(dataset.span.end <= dataset.sweptTo).toBe(true);
  });
});
