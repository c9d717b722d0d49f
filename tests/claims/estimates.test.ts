import { describe, expect, it } from "vitest";
import { deriveEstimates } from "../../src/claims/estimates.js";
import { campOf } from "../../src/claims/estimates.js";

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
      killed: { low: 3, best: 3, high: 4, claimants: 2 },
      wounded: { low: 1, best: 2, high: 2, claimants: 2 },
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
    expect(estimate?.killed).toEqual({ low: 3, best: 3, high: 3, claimants: 1 });
  });

  it("prefers the losing side's own figure as best, and spans the other side's claim in low and high", () => {
    const [estimate] = deriveEstimates(
      [claim({ killed: 5, claimant: "armenia-mod", reported: "2020-07-23" }), claim({ killed: 100, claimant: "azerbaijan-mod", reported: "2020-07-14" })] as never,
      parties,
    );
    expect(estimate?.killed).toEqual({ low: 5, best: 5, high: 100, claimants: 2 });
  });

  it("counts Armenia's ministries as the own camp of the Karabakh army's losses", () => {
    expect(campOf("nagorno-karabakh")).toBe("armenia");
    const [estimate] = deriveEstimates(
      [
        claim({ losses: "nagorno-karabakh-defence-army", killed: 20, claimant: "nagorno-karabakh-defence-army", reported: "2016-04-04" }),
        claim({ losses: "nagorno-karabakh-defence-army", killed: 77, claimant: "armenia-mod", reported: "2016-04-13" }),
        claim({ losses: "nagorno-karabakh-defence-army", killed: 300, claimant: "azerbaijan-mod", reported: "2016-04-04" }),
      ] as never,
      parties,
    );
    expect(estimate).toMatchObject({ side: "nagorno-karabakh", killed: { low: 20, best: 77, high: 300, claimants: 3 } });
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
    expect(estimate?.killed).toEqual({ low: 10, best: 20, high: 40, claimants: 4 });
  });

  it("leaves 'unspecified' out of the figures and omits a category nobody put a number on", () => {
    const [estimate] = deriveEstimates(
      [claim({ killed: "unspecified", wounded: "unspecified", claimant: "armenia-mod" }), claim({ killed: 2, claimant: "armenia-mod", reported: "2023-01-01" })] as never,
      parties,
    );
    expect(estimate).toEqual({ losses: "armenia-armed-forces", side: "armenia", killed: { low: 2, best: 2, high: 2, claimants: 1 } });
  });

  it("gives one estimate per party whose losses are claimed, in order of appearance", () => {
    const estimates = deriveEstimates(
      [claim({ losses: "azerbaijan-armed-forces", killed: 3, claimant: "azerbaijan-mod" }), claim({ killed: 4, claimant: "armenia-mod" })] as never,
      parties,
    );
    expect(estimates.map((e) => e.losses)).toEqual(["azerbaijan-armed-forces", "armenia-armed-forces"]);
  });
});
