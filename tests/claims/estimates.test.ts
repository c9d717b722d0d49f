import { describe, expect, it } from "vitest";
import { deriveEstimates } from "../../src/claims/estimates.js";
import { campOf } from "../../src/claims/estimates.js";
import { lastDayOf, statementDayFrom, statementDayOf } from "../../src/claims/statement-day.js";

const parties = new Map(
  [
    ["armenia-mod", "armenia"],
    ["armenia-mfa", "armenia"],
    ["armenia-armed-forces", "armenia"],
    ["azerbaijan-mod", "azerbaijan"],
    ["azerbaijan-armed-forces", "azerbaijan"],
    ["nagorno-karabakh-defence-army", "nagorno-karabakh"],
    ["un", "other"],
  ].map(([id, side]) => [id!, { id: id!, name: id!, side: side as "armenia", kind: "ministry" as const }]),
);

const claim = (fields: Record<string, unknown>) => ({ losses: "armenia-armed-forces", sources: ["s"], ...fields });

describe("deriveEstimates", () => {
  it("takes each claimant's latest figure: a revision replaces the earlier count", () => {
    // Sotk, 2023: the ministry's 4 killed was revised to 3; the foreign ministry never revised its 4.
    const [estimate] = deriveEstimates(
      [
        claim({ killed: 4, wounded: 1, claimant: "armenia-mod", reported: "2023-09-01" }),
        claim({ killed: 4, wounded: 1, claimant: "armenia-mfa", reported: "2023-09-01" }),
        claim({ killed: 3, wounded: 2, claimant: "armenia-mod", reported: "2023-09-03" }),
      ] as never,
      parties,
    );
    expect(estimate).toEqual({
      losses: "armenia-armed-forces",
      side: "armenia",
      killed: { low: 3, best: 3, high: 4, claimants: 2, basis: "own-camp" },
      wounded: { low: 1, best: 2, high: 2, claimants: 2, basis: "own-camp" },
    });
  });

  it("takes the later-listed figure when a claimant revises itself on the same day, even downwards", () => {
    const [estimate] = deriveEstimates(
      [
        claim({ killed: 4, claimant: "armenia-mod", reported: "2023-09-01" }),
        claim({ killed: 3, claimant: "armenia-mod", reported: "2023-09-01" }),
        claim({ killed: 2, claimant: "armenia-mod" }),
      ] as never,
      parties,
    );
    // The undated 2 counts as the oldest, so the same-day revision to 3 is the latest.
    expect(estimate?.killed).toEqual({ low: 3, best: 3, high: 3, claimants: 1, basis: "own-camp" });
  });

  it("prefers the losing side's own figure as best, and spans the other side's claim in low and high", () => {
    const [estimate] = deriveEstimates(
      [
        claim({ killed: 5, claimant: "armenia-mod", reported: "2020-07-23" }),
        claim({ killed: 100, claimant: "azerbaijan-mod", reported: "2020-07-14" }),
      ] as never,
      parties,
    );
    expect(estimate?.killed).toEqual({ low: 5, best: 5, high: 100, claimants: 2, basis: "own-camp" });
  });

  it("counts Armenia's ministries as the own camp of the Karabakh army's losses", () => {
    expect(campOf("nagorno-karabakh")).toBe("armenia");
    const [estimate] = deriveEstimates(
      [
        claim({
          losses: "nagorno-karabakh-defence-army",
          killed: 20,
          claimant: "nagorno-karabakh-defence-army",
          reported: "2016-04-04",
        }),
        claim({ losses: "nagorno-karabakh-defence-army", killed: 77, claimant: "armenia-mod", reported: "2016-04-13" }),
        claim({
          losses: "nagorno-karabakh-defence-army",
          killed: 300,
          claimant: "azerbaijan-mod",
          reported: "2016-04-04",
        }),
      ] as never,
      parties,
    );
    expect(estimate).toMatchObject({
      side: "nagorno-karabakh",
      killed: { low: 20, best: 77, high: 300, claimants: 3 },
    });
  });

  it("falls back to the lower median without an own-side figure", () => {
    const [estimate] = deriveEstimates(
      [
        claim({ killed: 10, claimant: "azerbaijan-mod" }),
        claim({ killed: 30, claimant: "un" }),
        claim({ killed: 20, sources: ["outlet"] }),
        claim({ killed: 40, sources: ["other-outlet"] }),
      ] as never,
      parties,
    );
    expect(estimate?.killed).toEqual({ low: 10, best: 20, high: 40, claimants: 4, basis: "median" });
  });

  it("leaves 'unspecified' out of the figures and omits a category nobody put a number on", () => {
    const [estimate] = deriveEstimates(
      [
        claim({ killed: "unspecified", wounded: "unspecified", claimant: "armenia-mod" }),
        claim({ killed: 2, claimant: "armenia-mod", reported: "2023-01-01" }),
      ] as never,
      parties,
    );
    expect(estimate).toEqual({
      losses: "armenia-armed-forces",
      side: "armenia",
      killed: { low: 2, best: 2, high: 2, claimants: 1, basis: "own-camp" },
    });
  });

  it("gives one estimate per party whose losses are claimed, in order of appearance", () => {
    const estimates = deriveEstimates(
      [
        claim({ losses: "azerbaijan-armed-forces", killed: 3, claimant: "azerbaijan-mod" }),
        claim({ killed: 4, claimant: "armenia-mod" }),
      ] as never,
      parties,
    );
    expect(estimates.map((e) => e.losses)).toEqual(["azerbaijan-armed-forces", "armenia-armed-forces"]);
  });

  it("says what best rests on when no own-camp figure exists: the other side, a third party, a source", () => {
    const only = (fields: Record<string, unknown>) =>
      deriveEstimates([claim({ killed: 7, ...fields })] as never, parties)[0]?.killed;
    expect(only({ claimant: "azerbaijan-mod" })).toEqual({
      low: 7,
      best: 7,
      high: 7,
      claimants: 1,
      basis: "other-side",
    });
    expect(only({ claimant: "un" })).toMatchObject({ best: 7, basis: "third-party" });
    expect(only({})).toMatchObject({ best: 7, basis: "unattributed" });
  });
});

describe("bounds in the estimates", () => {
  it("lets an upper bound set high, never low or best", () => {
    // Shusha, 2020: one side's "up to 800" about the other's dead beside the losing side's own 5.
    const [estimate] = deriveEstimates(
      [
        claim({ killed: 800, bounds: { killed: "upper" }, claimant: "azerbaijan-mod", reported: "2020-11-04" }),
        claim({ killed: 5, claimant: "armenia-mod", reported: "2020-11-05" }),
      ] as never,
      parties,
    );
    expect(estimate?.killed).toEqual({ low: 5, best: 5, high: 800, claimants: 2, basis: "own-camp" });
  });

  it("gives no range where every figure is an upper bound", () => {
    const estimates = deriveEstimates(
      [claim({ killed: 800, wounded: 3, bounds: { killed: "upper" }, claimant: "azerbaijan-mod" })] as never,
      parties,
    );
    expect(estimates[0]?.killed).toBeUndefined();
    expect(estimates[0]?.wounded).toMatchObject({ best: 3, basis: "other-side" });
  });

  it("counts a lower bound and an approximation as figures, and says so of best", () => {
    const [lower] = deriveEstimates(
      [claim({ killed: 550, bounds: { killed: "lower" }, claimant: "azerbaijan-mod" })] as never,
      parties,
    );
    expect(lower?.killed).toEqual({
      low: 550,
      best: 550,
      high: 550,
      claimants: 1,
      basis: "other-side",
      bestBound: "lower",
    });
    const [about] = deriveEstimates(
      [
        claim({ killed: 104, bounds: { killed: "approximate" }, claimant: "armenia-mod" }),
        claim({ killed: 300, claimant: "azerbaijan-mod" }),
      ] as never,
      parties,
    );
    expect(about?.killed).toEqual({
      low: 104,
      best: 104,
      high: 300,
      claimants: 2,
      basis: "own-camp",
      bestBound: "approximate",
    });
  });

  it("keeps an own-camp count as best when the camp's latest word is only an upper bound", () => {
    const [estimate] = deriveEstimates(
      [
        claim({ killed: 4, claimant: "armenia-mod", reported: "2023-01-01" }),
        claim({ killed: 10, bounds: { killed: "upper" }, claimant: "armenia-mod", reported: "2023-01-02" }),
      ] as never,
      parties,
    );
    expect(estimate?.killed).toEqual({ low: 4, best: 4, high: 10, claimants: 1, basis: "own-camp" });
  });
});

describe("statement days", () => {
  const published = new Map([
    ["early", "2022-09-14"],
    ["late", "2022-10-20"],
    ["month", "2022-10"],
  ]);
  const dayOf = statementDayFrom((id) => published.get(id));

  it("dates an undated claim by its first source's publication: the latest day it can have been made", () => {
    expect(statementDayOf({ sources: ["late", "early"] }, (id) => published.get(id))).toEqual({
      day: "2022-09-14",
      basis: "source-published",
    });
    expect(statementDayOf({ reported: "2022-09-13", sources: ["late"] }, (id) => published.get(id))).toEqual({
      day: "2022-09-13",
      basis: "reported",
    });
    expect(statementDayOf({ sources: ["unknown"] }, (id) => published.get(id))).toEqual({ day: "", basis: "none" });
    expect(dayOf({ sources: ["month"] })).toBe("2022-10-31");
  });

  it("lets a later undated statement supersede an earlier dated one (September 2022: 105, then more)", () => {
    const [estimate] = deriveEstimates(
      [
        claim({ killed: 105, claimant: "armenia-mod", reported: "2022-09-15", sources: ["early"] }),
        claim({ killed: 135, claimant: "armenia-mod", sources: ["late"] }),
      ] as never,
      parties,
      dayOf,
    );
    expect(estimate?.killed).toMatchObject({ low: 135, best: 135, high: 135, claimants: 1 });
    // Without the sources' days the undated claim would be the oldest, and 105 would stand.
    expect(
      deriveEstimates(
        [
          claim({ killed: 105, claimant: "armenia-mod", reported: "2022-09-15" }),
          claim({ killed: 135, claimant: "armenia-mod" }),
        ] as never,
        parties,
      )[0]?.killed?.best,
    ).toBe(105);
  });

  it("reads a partial publication date as its last day", () => {
    expect(lastDayOf("2024")).toBe("2024-12-31");
    expect(lastDayOf("2024-02")).toBe("2024-02-29");
    expect(lastDayOf("2023-02")).toBe("2023-02-28");
    expect(lastDayOf("2023-04-11")).toBe("2023-04-11");
  });
});
