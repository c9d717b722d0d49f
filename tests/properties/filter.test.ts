// filterIncidents against a naive re-implementation, on random datasets and queries: partial dates, multi-day and
// month- or year-long spans, nested places, distances. Each dataset is queried on both paths: the plain filter
// (below INDEX_FROM incidents, as these small datasets are) and the indexes (forced with indexFrom: 0).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createDataset, type DatasetInput, type IncidentInput } from "../../src/create.js";
import { makeDataset } from "../../src/dataset/make.js";
import type { IncidentFilter } from "../../src/query/filter.js";
import { INCIDENT_TYPES, SIDES } from "../../src/schema/enums.js";

// A fixed gazetteer three levels deep, in Armenia's bounding box; random incidents over it.
const PLACES: DatasetInput["places"] = [
  {
    id: "armenia",
    kind: "country",
    country: "AM",
    name: "Armenia",
    names: {},
    variants: [],
    coordinates: [45, 40],
    coordinateSource: { geonamesId: 1 },
  },
  { id: "p1", kind: "province", country: "AM", parent: "armenia", name: "P One", names: {}, variants: [] },
  {
    id: "p2",
    kind: "province",
    country: "AM",
    parent: "armenia",
    name: "P Two",
    names: {},
    variants: [],
    coordinates: [44.5, 40.2],
    coordinateSource: { geonamesId: 2 },
  },
  {
    id: "s1",
    kind: "settlement",
    country: "AM",
    parent: "p1",
    name: "S One",
    names: {},
    variants: [],
    coordinates: [45.3, 40.9],
    coordinateSource: { geonamesId: 3 },
  },
  {
    id: "s2",
    kind: "settlement",
    country: "AM",
    parent: "p1",
    name: "S Two",
    names: {},
    variants: [],
    coordinates: [45.4, 40.95],
    coordinateSource: { geonamesId: 4 },
  },
  {
    id: "s3",
    kind: "settlement",
    country: "AM",
    parent: "p2",
    name: "S Three",
    names: {},
    variants: [],
    coordinates: [44.6, 39.9],
    coordinateSource: { geonamesId: 5 },
  },
  { id: "h1", kind: "height", country: "AM", parent: "s3", name: "H One", names: {}, variants: [] },
  // Drawn as a line, with no point of its own: `near` measures from its segments.
  {
    id: "b1",
    kind: "border-section",
    country: "AM",
    parent: "armenia",
    name: "B One",
    names: {},
    variants: [],
    line: {
      coordinates: [
        [44.5, 40.2],
        [45.3, 40.9],
        [45.8, 40.4],
      ],
      source: { url: "https://example.org/b1" },
    },
  },
];
const PARTIES: DatasetInput["parties"] = SIDES.flatMap((side) => [
  { id: `${side}-a`, name: `${side} a`, side, kind: "armed-forces" as const },
  { id: `${side}-b`, name: `${side} b`, side, kind: "ministry" as const },
]);
const SOURCES: DatasetInput["sources"] = [{ id: "src", publisher: "P", language: "en", kind: "news-agency" }];
const PLACE_IDS = PLACES.map((p) => p.id);
const PARTY_IDS = PARTIES.map((p) => p.id);

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const iso = (d: Date) => d.toISOString().slice(0, 10);

const spanArb = fc.oneof(
  fc
    .record({ day: fc.integer({ min: 0, max: 365 * 4 }), length: fc.integer({ min: 0, max: 40 }) })
    .map(({ day, length }) => {
      const start = new Date(Date.UTC(2020, 0, 1 + day));
      const end = new Date(start.getTime() + length * 86_400_000);
      return { start: iso(start), end: iso(end), precision: "day" as const };
    }),
  fc
    .record({ year: fc.integer({ min: 2020, max: 2023 }), month: fc.integer({ min: 1, max: 12 }) })
    .map(({ year, month }) => ({
      start: `${year}-${pad(month)}-01`,
      end: `${year}-${pad(month)}-${pad(lastDay(year, month))}`,
      precision: "month" as const,
    })),
  fc
    .integer({ min: 2020, max: 2023 })
    .map((year) => ({ start: `${year}-01-01`, end: `${year}-12-31`, precision: "year" as const })),
);

const incidentArb = (index: number) =>
  fc
    .record({
      span: spanArb,
      places: fc.uniqueArray(fc.constantFrom(...PLACE_IDS), { minLength: 1, maxLength: 3 }),
      actors: fc.uniqueArray(fc.constantFrom(...PARTY_IDS), { minLength: 1, maxLength: 3 }),
      losses: fc.uniqueArray(fc.constantFrom(...PARTY_IDS), { maxLength: 2 }),
      types: fc.uniqueArray(fc.constantFrom(...INCIDENT_TYPES), { minLength: 1, maxLength: 3 }),
    })
    .map(({ span, places, actors, losses, types }): IncidentInput => ({
      id: `incident-${index}`,
      title: "t",
      types,
      span,
      locations: places.map((place) => ({ place, relation: "at" as const })),
      actors,
      summary: "s",
      casualties: losses.map((party) => ({ losses: party, killed: 1, sources: ["src"] })),
      verification: "single-side",
      sources: ["src"],
    }));

// Up to 40 incidents: the indexes' bitsets then run past one 32-bit word.
const datasetArb = fc
  .integer({ min: 0, max: 40 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => incidentArb(i))));

const partialDateArb = fc.oneof(
  fc.integer({ min: 2019, max: 2024 }).map(String),
  fc
    .record({ y: fc.integer({ min: 2019, max: 2024 }), m: fc.integer({ min: 1, max: 12 }) })
    .map(({ y, m }) => `${y}-${pad(m)}`),
  fc.integer({ min: 0, max: 365 * 5 }).map((d) => iso(new Date(Date.UTC(2019, 6, 1 + d)))),
);

const queryArb = fc.record(
  {
    from: partialDateArb,
    to: partialDateArb,
    party: fc.oneof(
      fc.constantFrom(...SIDES, ...PARTY_IDS),
      fc.uniqueArray(fc.constantFrom(...SIDES, ...PARTY_IDS), { minLength: 1, maxLength: 3 }),
    ),
    place: fc.oneof(
      fc.constantFrom(...PLACE_IDS),
      fc.uniqueArray(fc.constantFrom(...PLACE_IDS), { minLength: 1, maxLength: 2 }),
    ),
    near: fc.oneof(
      fc.record({
        place: fc.constantFrom("s1", "s2", "s3", "p2", "armenia", "b1"),
        km: fc.double({ min: 0, max: 200, noNaN: true }),
      }),
      fc.record({
        lat: fc.double({ min: 39, max: 41.5, noNaN: true }),
        lon: fc.double({ min: 43.5, max: 46.5, noNaN: true }),
        km: fc.double({ min: 0, max: 150, noNaN: true }),
      }),
    ),
    type: fc.oneof(
      fc.constantFrom(...INCIDENT_TYPES),
      fc.uniqueArray(fc.constantFrom(...INCIDENT_TYPES), { minLength: 1, maxLength: 3 }),
    ),
  },
  { requiredKeys: [] },
);

// The naive version: written from the README's filter semantics, sharing no code with the library.
const firstDay = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
const endDay = (d: string) =>
  d.length === 4
    ? `${d}-12-31`
    : d.length === 7
      ? `${d}-${pad(lastDay(Number(d.slice(0, 4)), Number(d.slice(5, 7))))}`
      : d;
const parentOf = new Map(PLACES.map((p) => [p.id, p.parent]));
const insideOf = (place: string, container: string): boolean => {
  for (let at: string | undefined = place; at !== undefined; at = parentOf.get(at)) if (at === container) return true;
  return false;
};
const haversine = ([lon1, lat1]: readonly number[], [lon2, lat2]: readonly number[]) => {
  const r = Math.PI / 180;
  const a =
    Math.sin(((lat2! - lat1!) * r) / 2) ** 2 +
    Math.cos(lat1! * r) * Math.cos(lat2! * r) * Math.sin(((lon2! - lon1!) * r) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
};
const list = <T>(v: T | readonly T[]): readonly T[] => (Array.isArray(v) ? v : [v as T]);
// Distance to a polyline: each segment in an equirectangular projection at its mean latitude, as the README says.
const toLine = ([lon, lat]: readonly number[], line: readonly (readonly number[])[]) =>
  Math.min(
    ...line.slice(0, -1).map(([lon1, lat1], i) => {
      const [lon2, lat2] = line[i + 1]!;
      const c = Math.cos((((lat1! + lat2!) / 2) * Math.PI) / 180);
      const [ax, ay, bx, by] = [(lon1! - lon!) * c, lat1! - lat!, (lon2! - lon!) * c, lat2! - lat!];
      const [dx, dy] = [bx - ax, by - ay];
      const t = Math.min(1, Math.max(0, -(ax * dx + ay * dy) / (dx * dx + dy * dy)));
      return Math.hypot(ax + t * dx, ay + t * dy) * ((6371.0088 * Math.PI) / 180);
    }),
  );
type Query = typeof queryArb extends fc.Arbitrary<infer Q> ? Q : never;

function naive(incidents: readonly IncidentInput[], query: Query): string[] {
  const coordinates = new Map(PLACES.map((p) => [p.id, p.coordinates]));
  return incidents
    .filter((incident) => {
      if (query.from !== undefined && incident.span.end < firstDay(query.from)) return false;
      if (query.to !== undefined && incident.span.start > endDay(query.to)) return false;
      if (query.party !== undefined) {
        const wanted = list(query.party).flatMap((p) =>
          PARTIES.filter((party) => party.id === p || party.side === p).map((party) => party.id),
        );
        const involved = [...incident.actors, ...(incident.casualties ?? []).map((c) => c.losses)];
        if (!involved.some((p) => wanted.includes(p))) return false;
      }
      if (
        query.place !== undefined &&
        !incident.locations.some((l) => list(query.place!).some((c) => insideOf(l.place, c)))
      )
        return false;
      if (query.near !== undefined) {
        const near = query.near;
        const line = "place" in near ? PLACES.find((p) => p.id === near.place)?.line?.coordinates : undefined;
        const point = "place" in near ? coordinates.get(near.place)! : [near.lon, near.lat];
        const distance = (at: readonly number[]) => (line ? toLine(at, line) : haversine(at, point));
        if (
          !incident.locations.some(
            (l) => coordinates.get(l.place) !== undefined && distance(coordinates.get(l.place)!) <= near.km,
          )
        )
          return false;
      }
      if (query.type !== undefined && !incident.types.some((t) => list(query.type!).includes(t))) return false;
      return true;
    })
    .sort((a, b) => (`${a.span.start} ${a.id}` < `${b.span.start} ${b.id}` ? -1 : 1))
    .map((incident) => incident.id);
}

describe("filterIncidents (property)", () => {
  it("agrees with a naive re-implementation on random datasets and queries", () => {
    fc.assert(
      fc.property(datasetArb, queryArb, (incidents, query) => {
        fc.pre(query.from === undefined || query.to === undefined || firstDay(query.from) <= endDay(query.to));
        const data = createDataset({ incidents, places: PLACES, parties: PARTIES, sources: SOURCES });
        const indexed = makeDataset(data, {}, { indexFrom: 0 });
        expect((data.filterIncidents as unknown as IncidentFilter).indexed).toBe(false);
        expect((indexed.filterIncidents as unknown as IncidentFilter).indexed).toBe(true);
        const expected = naive(incidents, query);
        expect(data.filterIncidents(query).map((i) => i.id)).toEqual(expected);
        expect(indexed.filterIncidents(query).map((i) => i.id)).toEqual(expected);
        // The same answer through the predicates alone (the plain filter, no index), in the same order.
        const tests = [
          ...(query.from !== undefined || query.to !== undefined
            ? [
                data.byDate({
                  ...(query.from !== undefined && { from: query.from }),
                  ...(query.to !== undefined && { to: query.to }),
                }),
              ]
            : []),
          ...(query.party !== undefined ? [data.byParty(query.party)] : []),
          ...(query.place !== undefined || query.near !== undefined
            ? [
                data.byLocation({
                  ...(query.place !== undefined && { place: query.place }),
                  ...(query.near !== undefined && { near: query.near }),
                }),
              ]
            : []),
          ...(query.type !== undefined ? [data.byType(query.type)] : []),
        ];
        const plain = data.incidents.filter((incident) => tests.every((test) => test(incident)));
        expect(data.filterIncidents(query)).toEqual(plain);
        expect(indexed.filterIncidents(query)).toEqual(plain);
      }),
      { numRuns: 300 },
    );
  });

  it("agrees on both paths at the edges of the records' own spans", () => {
    // Ranges that start or end on an incident's first or last day, with a party or a place beside them: the cases
    // where the date index's scan, and the set it tests in the same scan, must keep or drop an incident exactly.
    const edgeQueryArb = datasetArb
      .filter((incidents) => incidents.length > 0)
      .chain((incidents) =>
        fc.tuple(
          fc.constant(incidents),
          fc.record(
            {
              from: fc.constantFrom(...incidents.flatMap((i) => [i.span.start, i.span.end])),
              to: fc.constantFrom(...incidents.flatMap((i) => [i.span.start, i.span.end])),
              party: fc.constantFrom(...SIDES, ...PARTY_IDS),
              place: fc.constantFrom(...PLACE_IDS),
            },
            { requiredKeys: ["from"] },
          ),
        ),
      );
    fc.assert(
      fc.property(edgeQueryArb, ([incidents, query]) => {
        fc.pre(query.to === undefined || query.from <= query.to);
        const data = createDataset({ incidents, places: PLACES, parties: PARTIES, sources: SOURCES });
        const indexed = makeDataset(data, {}, { indexFrom: 0 });
        const expected = naive(incidents, query);
        expect(data.filterIncidents(query).map((i) => i.id)).toEqual(expected);
        expect(indexed.filterIncidents(query).map((i) => i.id)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
