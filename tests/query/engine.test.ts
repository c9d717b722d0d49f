// The indexes behind filterIncidents: from INDEX_FROM incidents they are built, all in one pass, on the first
// query that needs them, and only narrow the candidates: answers are the plain filter's, in the same order
// (tests/properties/filter.test.ts checks it on random datasets, on both paths).
import { describe, expect, it } from "vitest";
import { makeDataset } from "../../src/dataset/make.js";
import * as shipped from "../../src/index.js";
import { dayNumber } from "../../src/query/engine.js";
import { INDEX_FROM, type IncidentFilter } from "../../src/query/filter.js";
import { makeFixture } from "../fixtures/dataset.js";

const engine = (filter: unknown) => (filter as IncidentFilter).index;

describe("the query engine", () => {
  it("counts days as the calendar does", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(dayNumber("2020-03-01") - dayNumber("2020-02-28")).toBe(2);
    expect(dayNumber("2023-04-11")).toBe(Date.UTC(2023, 3, 11) / 86_400_000);
    expect(dayNumber("0000-01-01")).toBeLessThan(dayNumber("9999-12-31"));
  });

  it("builds no index below INDEX_FROM incidents, and every index in one pass on the first query from it", () => {
    const small = makeFixture();
    expect(small.incidents.length).toBeLessThan(INDEX_FROM);
    expect((small.filterIncidents as unknown as IncidentFilter).indexed).toBe(false);
    small.filterIncidents({ from: "2020", party: "armenia", place: "armenia" });
    small.filterIncidents({ near: { place: "alpha", km: 5 } });
    expect([...engine(small.filterIncidents).built]).toEqual([]);

    const data = makeDataset(makeFixture(), {}, { indexFrom: 0 });
    expect((data.filterIncidents as unknown as IncidentFilter).indexed).toBe(true);
    const index = engine(data.filterIncidents);
    expect([...index.built]).toEqual([]);
    data.filterIncidents({ from: "2020" });
    expect([...index.built].sort()).toEqual(["dates", "parties", "places", "spatial"]);
  });

  it("scans a date range once, testing a set of positions in the same scan", () => {
    const data = makeDataset(makeFixture(), {}, { indexFrom: 0 });
    const index = engine(data.filterIncidents);
    const all = index.dateRange("2000-01-01", "2099-12-31");
    expect([...all]).toEqual(data.incidents.map((_, position) => position));
    const within = new Uint32Array((index.size + 31) >>> 5);
    for (const position of [0, 2, index.size - 1]) within[position >>> 5]! |= 1 << (position & 31);
    expect([...index.dateRange("2000-01-01", "2099-12-31", within)]).toEqual([...new Set([0, 2, index.size - 1])]);
  });

  it("gives the shipped data's plain filter answers, on the plain path and from the indexes", () => {
    const { byDate, byLocation, byParty } = shipped;
    const forced: typeof shipped.release = makeDataset(shipped.release, {}, { indexFrom: 0 });
    for (const data of [shipped.release, forced]) {
      const incidents = data.incidents;
      const plain = (...tests: ((incident: (typeof incidents)[number]) => boolean)[]) =>
        incidents.filter((i) => tests.every((t) => t(i)));
      expect(data.filterIncidents({ from: "2020-10", to: "2020-10" })).toEqual(
        plain(byDate({ from: "2020-10", to: "2020-10" })),
      );
      expect(data.filterIncidents({ from: "2021", to: "2021", party: "azerbaijan" })).toEqual(
        plain(byDate({ from: "2021", to: "2021" }), byParty("azerbaijan")),
      );
      expect(data.filterIncidents({ place: "syunik-province", from: "2020", to: "2023" })).toEqual(
        plain(byDate({ from: "2020", to: "2023" }), byLocation({ place: "syunik-province" })),
      );
      expect(data.filterIncidents({ near: { place: "tegh", km: 25 } })).toEqual(
        plain(byLocation({ near: { place: "tegh", km: 25 } })),
      );
      // A border section drawn as a line, with no point of its own.
      const border = data.filterIncidents({ near: { place: "tavush-tovuz-border", km: 5 } });
      expect(border.length).toBeGreaterThan(0);
      expect(border).toEqual(plain(byLocation({ near: { place: "tavush-tovuz-border", km: 5 } })));
      // The blockade spans months: a day inside it finds it.
      expect(data.filterIncidents({ from: "2023-03-01", to: "2023-03-01" }).map((i) => i.id)).toContain(
        "2022-12-12-lachin-corridor",
      );
    }
    // The shipped record is below INDEX_FROM: it took the plain path and built nothing.
    expect(shipped.incidents.length).toBeLessThan(INDEX_FROM);
    expect([...engine(shipped.release.filterIncidents).built]).toEqual([]);
    expect([...engine(forced.filterIncidents).built].sort()).toEqual(["dates", "parties", "places", "spatial"]);
  });

  it("answers in the dataset's order even when the records are not sorted by start", () => {
    const fixture = makeFixture();
    const reversed = makeDataset(
      { ...fixture, incidents: [...fixture.incidents].reverse().map((i) => structuredClone(i)) },
      {},
      { indexFrom: 0 },
    );
    const plain = reversed.incidents.filter(reversed.byDate({ from: "2020", to: "2024" }));
    expect(reversed.filterIncidents({ from: "2020", to: "2024" })).toEqual(plain);
    expect(plain.map((i) => i.id)).toEqual(fixture.incidents.map((i) => i.id).reverse());
    expect(reversed.filterIncidents({ from: "2020", to: "2024", party: "armenia" })).toEqual(
      reversed.incidents.filter(
        (i) => reversed.byDate({ from: "2020", to: "2024" })(i) && reversed.byParty("armenia")(i),
      ),
    );
  });
});
