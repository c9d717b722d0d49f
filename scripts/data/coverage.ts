// What the record covers and how well it is sourced: the numbers `npm run data:report` prints.
import type { RawRecords } from "./parse.js";

export interface CoverageReport {
  totals: { incidents: number; places: number; parties: number; sources: number; claims: number };
  /** Incidents by the year they start in, with the count per month (January first). */
  years: { year: number; incidents: number; months: number[] }[];
  /** Incidents each side takes part in or has losses claimed in. */
  sides: Record<string, number>;
  /** Incidents citing two or more independent sources (different publishers, an agency's copies counted once). */
  independentlySourced: { count: number; share: number };
  /** Casualty claims per claimant; `(source)` for figures a source gives without attribution. */
  claimsByClaimant: Record<string, number>;
  /** Incidents that rest on one independent source, or that one side alone reports. */
  weak: { singleSource: string[]; singleSide: string[]; disputed: string[] };
  /** The gazetteer: places with a point or a line (by kind), settlements named in each side's language. */
  gazetteer: GazetteerReport;
}

export interface GazetteerReport {
  /** Per kind: how many places, how many have a point or a line, how many a point from GeoNames or from a page. */
  kinds: Record<string, { places: number; located: number; geonames: number; page: number }>;
  /** Places with neither a point nor a line, by id. */
  unlocated: string[];
  /** Settlements, and how many carry their name in Armenian, Azerbaijani and Russian (and all three). */
  settlementNames: { settlements: number; hy: number; az: number; ru: number; all: number };
  /** Places with periods of control. */
  withControl: number;
}

const MONTHS = 12;

export function coverageReport(records: RawRecords): CoverageReport {
  const incidents = records.incidents.map(({ record }) => record);
  const sideOf = new Map(records.parties.map(({ record }) => [record.id, record.side]));
  const sourceById = new Map(records.sources.map(({ record }) => [record.id, record]));
  const independentKey = (id: string) => {
    const source = sourceById.get(id);
    return (source?.agency ?? source?.publisher ?? id).toLowerCase();
  };

  const years = new Map<number, number[]>();
  const sides: Record<string, number> = {};
  const claimsByClaimant: Record<string, number> = {};
  const weak: CoverageReport["weak"] = { singleSource: [], singleSide: [], disputed: [] };
  let independentlySourced = 0;
  let claims = 0;

  for (const incident of incidents) {
    const year = Number(incident.span.start.slice(0, 4));
    const months = years.get(year) ?? new Array<number>(MONTHS).fill(0);
    months[Number(incident.span.start.slice(5, 7)) - 1]! += 1;
    years.set(year, months);

    const parties = [...incident.actors, ...(incident.casualties ?? []).map((claim) => claim.losses)];
    for (const side of new Set(parties.map((party) => sideOf.get(party) ?? "unknown"))) sides[side] = (sides[side] ?? 0) + 1;

    for (const claim of incident.casualties ?? []) {
      const claimant = claim.claimant ?? "(source)";
      claimsByClaimant[claimant] = (claimsByClaimant[claimant] ?? 0) + 1;
      claims++;
    }

    const independent = new Set(incident.sources.map(independentKey)).size;
    if (independent >= 2) independentlySourced++;
    else weak.singleSource.push(incident.id);
    if (incident.verification === "single-side") weak.singleSide.push(incident.id);
    if (incident.verification === "disputed") weak.disputed.push(incident.id);
  }

  return {
    totals: { incidents: incidents.length, places: records.places.length, parties: records.parties.length, sources: records.sources.length, claims },
    years: everyYear(years).map(([year, months]) => ({ year, incidents: months.reduce((a, b) => a + b, 0), months })),
    sides,
    independentlySourced: { count: independentlySourced, share: incidents.length === 0 ? 0 : independentlySourced / incidents.length },
    claimsByClaimant: Object.fromEntries(Object.entries(claimsByClaimant).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))),
    weak,
    gazetteer: gazetteerReport(records),
  };
}

export function gazetteerReport(records: RawRecords): GazetteerReport {
  const places = records.places.map(({ record }) => record);
  const kinds: GazetteerReport["kinds"] = {};
  for (const place of places) {
    const row = (kinds[place.kind] ??= { places: 0, located: 0, geonames: 0, page: 0 });
    row.places++;
    if (place.coordinates !== undefined || place.line !== undefined) row.located++;
    if (place.coordinateSource && "geonamesId" in place.coordinateSource) row.geonames++;
    if (place.coordinateSource && "url" in place.coordinateSource) row.page++;
  }
  const settlements = places.filter((place) => place.kind === "settlement");
  return {
    kinds: Object.fromEntries(Object.entries(kinds).sort(([, a], [, b]) => b.places - a.places)),
    unlocated: places.filter((place) => place.coordinates === undefined && place.line === undefined).map((place) => place.id).sort(),
    settlementNames: {
      settlements: settlements.length,
      hy: settlements.filter((place) => place.names.hy).length,
      az: settlements.filter((place) => place.names.az).length,
      ru: settlements.filter((place) => place.names.ru).length,
      all: settlements.filter((place) => place.names.hy && place.names.az && place.names.ru).length,
    },
    withControl: places.filter((place) => place.control !== undefined).length,
  };
}

/** Each year from the first to the last, empty years included, so that a gap shows. */
function everyYear(years: ReadonlyMap<number, number[]>): [number, number[]][] {
  if (years.size === 0) return [];
  const first = Math.min(...years.keys());
  const last = Math.max(...years.keys());
  return Array.from({ length: last - first + 1 }, (_, i) => [first + i, years.get(first + i) ?? new Array<number>(MONTHS).fill(0)]);
}

const pad = (text: string | number, width: number) => String(text).padStart(width);

/** The report as text: a year-by-month grid first, then sides, sourcing and claimants. */
export function formatCoverage(report: CoverageReport): string {
  const { totals } = report;
  const lines = [
    `${totals.incidents} incidents, ${totals.claims} casualty claims, ${totals.places} places, ${totals.parties} parties, ${totals.sources} sources`,
    "",
    `year  total   ${["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].map((m) => pad(m, 3)).join(" ")}`,
    ...report.years.map(({ year, incidents, months }) => `${year}  ${pad(incidents, 5)}   ${months.map((n) => pad(n === 0 ? "." : n, 3)).join(" ")}`),
    "",
    `by side: ${Object.entries(report.sides).sort(([, a], [, b]) => b - a).map(([side, n]) => `${side} ${n}`).join(", ")}`,
    `two or more independent sources: ${report.independentlySourced.count} of ${totals.incidents} (${Math.round(report.independentlySourced.share * 100)}%)`,
    `claims by claimant: ${Object.entries(report.claimsByClaimant).map(([claimant, n]) => `${claimant} ${n}`).join(", ")}`,
    `single-source: ${report.weak.singleSource.length}, single-side: ${report.weak.singleSide.length}, disputed: ${report.weak.disputed.length}`,
    "",
    ...formatGazetteer(report.gazetteer),
  ];
  return `${lines.join("\n")}\n`;
}

const percent = (part: number, whole: number) => (whole === 0 ? "0%" : `${Math.round((part / whole) * 100)}%`);

/** The gazetteer's state: located places by kind, names per language, places still without geometry. */
export function formatGazetteer(gazetteer: GazetteerReport): string[] {
  const rows = Object.entries(gazetteer.kinds);
  const total = rows.reduce((sum, [, row]) => sum + row.places, 0);
  const located = rows.reduce((sum, [, row]) => sum + row.located, 0);
  const names = gazetteer.settlementNames;
  return [
    `gazetteer: ${located} of ${total} places located (${percent(located, total)}), ${gazetteer.withControl} with periods of control`,
    `kind             places  located  geonames  page`,
    ...rows.map(([kind, row]) => `${kind.padEnd(15)} ${pad(row.places, 7)} ${pad(row.located, 8)} ${pad(row.geonames, 9)} ${pad(row.page, 5)}`),
    `settlement names: hy ${names.hy}, az ${names.az}, ru ${names.ru}, all three ${names.all} of ${names.settlements} (${percent(names.all, names.settlements)})`,
    `not located (${gazetteer.unlocated.length}): ${gazetteer.unlocated.join(", ") || "none"}`,
  ];
}
