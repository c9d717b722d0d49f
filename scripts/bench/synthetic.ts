// Seeded synthetic incidents in the published shape, for the benchmark: most events one day long, some spanning
// days, a few known only to the month or year and a few long ones (blockades); villages inside districts inside
// provinces inside two countries; two to four parties per incident. The same seed gives the same records.
import type { PublishedRecords } from "../../src/lookup/records.js";
import type { Incident, Party, Place, Source } from "../../src/schema/index.js";

/** mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROVINCES = 10;
const DISTRICTS = 8;
const VILLAGES = 30;
const FIRST_DAY = Date.UTC(2014, 0, 1);
const DAYS = 11 * 365 + 2; // 2014 to 2024
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const pad = (n: number) => String(n).padStart(2, "0");

const PARTIES: Party[] = [
  { id: "armenia-armed-forces", name: "Armed Forces of Armenia", side: "armenia", kind: "armed-forces" },
  { id: "armenia-border-guard", name: "Border guard (Armenia)", side: "armenia", kind: "border-guard" },
  { id: "armenia-civilians", name: "Civilians (Armenia)", side: "armenia", kind: "civilians" },
  { id: "azerbaijan-armed-forces", name: "Armed Forces of Azerbaijan", side: "azerbaijan", kind: "armed-forces" },
  {
    id: "azerbaijan-border-guard",
    name: "State Border Service (Azerbaijan)",
    side: "azerbaijan",
    kind: "border-guard",
  },
  { id: "azerbaijan-civilians", name: "Civilians (Azerbaijan)", side: "azerbaijan", kind: "civilians" },
  { id: "nagorno-karabakh-defense-army", name: "Defense Army", side: "nagorno-karabakh", kind: "armed-forces" },
  { id: "nagorno-karabakh-civilians", name: "Civilians (Karabakh)", side: "nagorno-karabakh", kind: "civilians" },
  { id: "russia-peacekeepers", name: "Russian peacekeepers", side: "russia", kind: "peacekeepers" },
  { id: "other-monitors", name: "Monitors", side: "other", kind: "international-body" },
] as Party[];

const SOURCES: Source[] = [
  { id: "synthetic", publisher: "Synthetic", language: "en", kind: "news-agency" },
] as Source[];

/** Two countries of PROVINCES provinces of DISTRICTS districts of VILLAGES villages, with coordinates in the region. */
function gazetteer(next: () => number): Place[] {
  const places: Place[] = [];
  const place = (
    id: string,
    kind: Place["kind"],
    country: string,
    ancestors: string[],
    lon: number,
    lat: number,
  ): Place =>
    ({
      id,
      kind,
      country,
      ...(ancestors[0] !== undefined && { parent: ancestors[0] }),
      name: id,
      label: id,
      names: {},
      variants: [],
      coordinates: [Math.round(lon * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5],
      coordinateSource: { geonamesId: 1 },
      ancestors,
    }) as unknown as Place;
  for (const [country, code, lon0] of [
    ["am", "AM", 43.5],
    ["az", "AZ", 45.5],
  ] as const) {
    places.push(place(country, "country", code, [], lon0 + 1.5, 40));
    for (let p = 0; p < PROVINCES; p++) {
      // Provinces in a 5 × 2 grid of cells 0.6° wide and 1.2° high.
      const plon = lon0 + (p % 5) * 0.6;
      const plat = 38.8 + Math.floor(p / 5) * 1.2;
      const province = `${country}-p${p}`;
      places.push(place(province, "province", code, [country], plon + 0.3, plat + 0.6));
      for (let d = 0; d < DISTRICTS; d++) {
        const dlon = plon + (d % 4) * 0.15;
        const dlat = plat + Math.floor(d / 4) * 0.6;
        const district = `${province}-d${d}`;
        places.push(place(district, "district", code, [province, country], dlon + 0.075, dlat + 0.3));
        for (let v = 0; v < VILLAGES; v++) {
          places.push(
            place(
              `${district}-v${v}`,
              "settlement",
              code,
              [district, province, country],
              dlon + next() * 0.15,
              dlat + next() * 0.6,
            ),
          );
        }
      }
    }
  }
  return places.sort((a, b) => (a.id < b.id ? -1 : 1));
}

const TYPES = ["exchange-of-fire", "shelling", "drone-strike", "incursion", "capture", "killing"] as const;

/** `count` incidents over 2014–2024 and their gazetteer, sorted as a dataset is (start date, then id). */
export function syntheticRecords(count: number, seed = 14): PublishedRecords {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const places = gazetteer(next);
  const villages = places.filter((p) => p.kind === "settlement").map((p) => p.id);
  const districts = places.filter((p) => p.kind === "district").map((p) => p.id);
  const armenian = PARTIES.filter((p) => p.side === "armenia" || p.side === "nagorno-karabakh").map((p) => p.id);
  const azerbaijani = PARTIES.filter((p) => p.side === "azerbaijan").map((p) => p.id);
  const others = PARTIES.filter((p) => p.side === "russia" || p.side === "other").map((p) => p.id);
  const incidents: Incident[] = [];
  for (let i = 0; i < count; i++) {
    const day = Math.floor(next() * DAYS);
    const shape = next();
    let span: Incident["span"];
    const startMs = FIRST_DAY + day * 86_400_000;
    if (shape < 0.85) span = { start: iso(startMs), end: iso(startMs), precision: "day" };
    else if (shape < 0.98)
      span = { start: iso(startMs), end: iso(startMs + (1 + Math.floor(next() * 6)) * 86_400_000), precision: "day" };
    else if (shape < 0.995) {
      const start = iso(startMs).slice(0, 7);
      const year = Number(start.slice(0, 4));
      const month = Number(start.slice(5, 7));
      span = {
        start: `${start}-01`,
        end: `${start}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`,
        precision: "month",
      };
    } else if (shape < 0.9995)
      span = {
        start: `${iso(startMs).slice(0, 4)}-01-01`,
        end: `${iso(startMs).slice(0, 4)}-12-31`,
        precision: "year",
      };
    else
      span = {
        start: iso(startMs),
        end: iso(startMs + (40 + Math.floor(next() * 300)) * 86_400_000),
        precision: "day",
      };
    const first = next() < 0.9 ? pick(villages) : pick(districts);
    const locations = [{ place: first, relation: "near" }];
    if (next() < 0.2) {
      const second = pick(villages);
      if (second !== first) locations.push({ place: second, relation: "near" });
    }
    const actors = [pick(armenian), pick(azerbaijani)];
    if (next() < 0.15) actors.push(pick(others));
    const losses = next() < 0.5 ? [pick(next() < 0.5 ? armenian : azerbaijani)] : [];
    const id = `${span.start}-synthetic-${i}`;
    incidents.push({
      id,
      title: `Synthetic incident ${i}`,
      types: [pick(TYPES)],
      span,
      locations,
      actors: [...new Set(actors)],
      summary: "A synthetic incident for the benchmark.",
      casualties: losses.map((party) => ({
        losses: party,
        killed: 1 + Math.floor(next() * 3),
        reported: span.start,
        sources: ["synthetic"],
      })),
      accusations: [],
      denials: [],
      verification: "single-side",
      sources: ["synthetic"],
      sides: [],
      estimates: [],
      file: "(synthetic)",
    } as unknown as Incident);
  }
  incidents.sort((a, b) => (a.span.start < b.span.start ? -1 : a.span.start > b.span.start ? 1 : a.id < b.id ? -1 : 1));
  return { incidents, places, parties: PARTIES, sources: SOURCES, episodes: [], milestones: [] };
}
