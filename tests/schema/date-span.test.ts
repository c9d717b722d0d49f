import { describe, expect, it } from "vitest";
import { DateSpanSchema } from "../../src/schema/index.js";

const messages = (value: unknown) => {
  const result = DateSpanSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe("DateSpanSchema", () => {
  it("accepts a one-day and a multi-day span", () => {
    expect(messages({ start: "2023-04-11", end: "2023-04-11", precision: "day" })).toEqual([]);
    expect(messages({ start: "2020-07-12", end: "2020-07-16", precision: "day" })).toEqual([]);
  });
  it("rejects a start after the end", () => {
    expect(messages({ start: "2020-07-16", end: "2020-07-12", precision: "day" })).toEqual([
      "start 2020-07-16 is after end 2020-07-12",
    ]);
  });
  it("requires whole months for month precision", () => {
    expect(messages({ start: "2023-06-01", end: "2023-07-31", precision: "month" })).toEqual([]);
    expect(messages({ start: "2023-06-02", end: "2023-06-30", precision: "month" })).toEqual([
      "a month-precise span starts on the 1st",
    ]);
    expect(messages({ start: "2023-06-01", end: "2023-06-29", precision: "month" })).toEqual([
      "a month-precise span ends on the last day of a month",
    ]);
  });
  it("requires whole years for year precision", () => {
    expect(messages({ start: "2014-01-01", end: "2014-12-31", precision: "year" })).toEqual([]);
    expect(messages({ start: "2014-02-01", end: "2014-12-31", precision: "year" })).toEqual([
      "a year-precise span starts on 1 January",
    ]);
  });
  it("rejects impossible dates and unknown keys", () => {
    expect(messages({ start: "2023-02-30", end: "2023-03-01", precision: "day" })).toContain(
      "is not a real calendar date",
    );
    expect(
      DateSpanSchema.safeParse({ start: "2023-01-01", end: "2023-01-01", precision: "day", approx: true }).success,
    ).toBe(false);
  });
});
