// The indexes behind filterIncidents: they are built on the first query that needs them, and only narrow the
// candidates: answers are the plain filter's, in the same order (tests/properties/filter.test.ts checks it on
// random datasets).
import { describe, expect, it } from "vitest";
import { makeDataset } from "../../src/dataset/make.js";
import * as shipped from "../../src/index.js";
import { dayNumber } from "../../src/query/engine.js";
import type { IncidentFilter } from "../../src/query/filter.js";
import { makeFixture } from "../fixtures/dataset.js";

const engine = (filter: unknown) => (filter as IncidentFilter).index;

describe("the query engine", () => {
  it("counts days as the calendar does", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(dayNumber("2020-03-01") - dayNumber("2020-02-28")).toBe(2);
    expect(dayNumber("2023-04-11")).toBe(Date.UTC(2023, 3, 11) / 86_400_000);
    expect(dayNumber("0000-01-01")).toBeLessThan(dayNumber("9999-12-31"));
  });

  it("builds each index on the first query that needs it, once", () => {
    const data = makeFixture();
    const index = engine(data.filterIncidents);
    expect([...index.built]).toEqual([]);
    data.filterIncidents({ from: "2020" });
    expect([...index.built]).toEqual(["dates"]);
    data.filterIncidents({ party: "armenia", place: "armenia" });
    expect([...index.built].sort()).toEqual(["dates", "parties", "places"]);
    data.filterIncidents({ near: { place: "alpha", km: 5 } });
    expect([...index.built].sort()).toEqual(["dates", "parties", "places", "spatial"]);
  });

  it("gives the shipped data's plain filter answers", () => {
    const { incidents, byDate, byLocation, byParty } = shipped;
    const plain = (...tests: ((incident: (typeof incidents)[number]) => boolean)[]) =>
      incidents.filter((i) => tests.every((t) => t(i)));
    expect(shipped.filterIncidents({ from: "2020-10", to: "2020-10" })).toEqual(
      plain(byDate({ from: "2020-10", to: "2020-10" })),
    );
    expect(shipped.filterIncidents({ from: "2021", to: "2021", party: "azerbaijan" })).toEqual(
      plain(byDate({ from: "2021", to: "2021" }), byParty("azerbaijan")),
    );
    expect(shipped.filterIncidents({ place: "syunik-province", from: "2020", to: "2023" })).toEqual(
      plain(byDate({ from: "2020", to: "2023" }), byLocation({ place: "syunik-province" })),
    );
    expect(shipped.filterIncidents({ near: { place: "tegh", km: 25 } })).toEqual(
      plain(byLocation({ near: { place: "tegh", km: 25 } })),
    );
    // A border section drawn as a line, with no point of its own.
    const border = shipped.filterIncidents({ near: { place: "tavush-tovuz-border", km: 5 } });
    expect(border.length).toBeGreaterThan(0);
    expect(border).toEqual(plain(byLocation({ near: { place: "tavush-tovuz-border", km: 5 } })));
    // The blockade spans months: a day inside it finds it.
    expect(shipped.filterIncidents({ from: "2023-03-01", to: "2023-03-01" }).map((i) => i.id)).toContain(
      "2022-12-12-lachin-corridor",
    );
    expect([...engine(shipped.release.filterIncidents).built].sort()).toEqual([
      "dates",
      "parties",
      "places",
      "spatial",
    ]);
  });

  it("answers in the dataset's order even when the records are not sorted by start", () => {
    const fixture = makeFixture();
    const reversed = makeDataset({
      ...fixture,
      incidents: [...fixture.incidents].reverse().map((i) => structuredClone(i)),
    });
    const plain = reversed.incidents.filter(reversed.byDate({ from: "2020", to: "2024" }));
    expect(reversed.filterIncidents({ from: "2020", to: "2024" })).toEqual(plain);
    expect(plain.map((i) => i.id)).toEqual(fixture.incidents.map((i) => i.id).reverse());
  });
});
