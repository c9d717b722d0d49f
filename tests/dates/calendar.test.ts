import { describe, expect, it } from "vitest";
import { endOfMonth, isCalendarDate, parsePartialDate, todayUtc } from "../../src/dates/calendar.js";

describe("isCalendarDate", () => {
  it("accepts real days, leap days included", () => {
    expect(isCalendarDate("2023-04-11")).toBe(true);
    expect(isCalendarDate("2020-02-29")).toBe(true);
  });
  it("rejects impossible days and other shapes", () => {
    for (const bad of [
      "2023-02-29",
      "2023-02-30",
      "2023-13-01",
      "2023-00-10",
      "2023-4-11",
      "11/04/2023",
      "2023-04-11T00:00",
    ]) {
      expect(isCalendarDate(bad), bad).toBe(false);
    }
  });
});

describe("parsePartialDate", () => {
  it("resolves a year to its first and last day", () => {
    expect(parsePartialDate("2023")).toEqual({ start: "2023-01-01", end: "2023-12-31", precision: "year" });
  });
  it("resolves a month, February of a leap year included", () => {
    expect(parsePartialDate("2023-06")).toEqual({ start: "2023-06-01", end: "2023-06-30", precision: "month" });
    expect(parsePartialDate("2024-02")).toEqual({ start: "2024-02-01", end: "2024-02-29", precision: "month" });
  });
  it("resolves a day to itself", () => {
    expect(parsePartialDate("2023-06-28")).toEqual({ start: "2023-06-28", end: "2023-06-28", precision: "day" });
  });
  it("returns undefined for bad input", () => {
    for (const bad of ["", "23", "2023-13", "2023-06-31", "June 2023", "2023-6"])
      expect(parsePartialDate(bad), bad).toBeUndefined();
  });
});

describe("endOfMonth and todayUtc", () => {
  it("finds the last day of a month", () => {
    expect(endOfMonth("2023-04-11")).toBe("2023-04-30");
    expect(endOfMonth("2023-12")).toBe("2023-12-31");
  });
  it("formats the UTC day", () => {
    expect(todayUtc(new Date("2026-11-21T23:59:59Z"))).toBe("2026-11-21");
  });
});
