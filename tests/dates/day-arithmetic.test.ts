// The package's one day arithmetic (src/dates/calendar.ts) agrees with the calendar of Date, both ways.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, dateOfDay, dayNumber, daysBetween, lastDayOf } from "../../src/dates/calendar.js";

const DAY = 86_400_000;
const day = fc.integer({ min: Date.UTC(1800, 0, 1) / DAY, max: Date.UTC(2200, 11, 31) / DAY });
const iso = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);

describe("day arithmetic", () => {
  it("numbers days as Date does, and back", () => {
    fc.assert(
      fc.property(day, (n) => {
        expect(dayNumber(iso(n))).toBe(n);
        expect(dateOfDay(n)).toBe(iso(n));
      }),
    );
  });

  it("moves a date and counts the days between two", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -4000, max: 4000 }), (n, k) => {
        expect(addDays(iso(n), k)).toBe(iso(n + k));
        expect(daysBetween(iso(n), iso(n + k))).toBe(k);
      }),
    );
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2023-03-01", -1)).toBe("2023-02-28");
  });

  it("gives the last day of a partial date", () => {
    expect(lastDayOf("2020")).toBe("2020-12-31");
    expect(lastDayOf("2024-02")).toBe("2024-02-29");
    expect(lastDayOf("2023-02")).toBe("2023-02-28");
    expect(lastDayOf("2023-04-11")).toBe("2023-04-11");
  });
});
