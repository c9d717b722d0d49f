// Two records of one clash are the commonest slip when many curators add incidents: catch them.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { distanceKm } from "../../../src/gazetteer/distance.js";
import { dayNumber as day } from "../../../src/query/engine.js";
import type { Problem } from "../../data/parse.js";
import type { LintCheck } from "./types.js";

/** How close two located incidents must be to look like one clash. */
export const NEAR_KM = 5;
/** Longer spans (a blockade, a war) contain many incidents by design and are not compared. */
const MAX_SPAN_DAYS = 7;

/** Pairs a curator has read and found distinct, each with the reason (relative to the repository root). */
export const DISTINCT_FILE = "data/curation/distinct-incidents.json";

interface DistinctPair {
  incidents: [string, string];
  reason: string;
}

export function readDistinctPairs(root: string): DistinctPair[] {
  const file = path.join(root, DISTINCT_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as DistinctPair[]) : [];
}

const pairKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);

export const distinctIncidents: LintCheck = {
  name: "distinct-incidents",
  description: `two day-precise incidents on overlapping days, within ${NEAR_KM} km, with a party in common, are one clash unless ${DISTINCT_FILE} says why not`,
  run: ({ records, root }) => {
    const coordinates = new Map(
      records.places.flatMap(({ record }) => (record.coordinates ? [[record.id, record.coordinates] as const] : [])),
    );
    const candidates = records.incidents
      .filter(
        ({ record }) =>
          record.span.precision === "day" && day(record.span.end) - day(record.span.start) < MAX_SPAN_DAYS,
      )
      .map(({ file, record }) => ({
        file,
        record,
        start: day(record.span.start),
        end: day(record.span.end),
        points: record.locations
          .filter((l) => l.relation !== "within")
          .flatMap((l) => {
            const point = coordinates.get(l.place);
            return point ? [point] : [];
          }),
      }))
      .sort((a, b) => a.start - b.start);
    const pairs = readDistinctPairs(root);
    const known = new Set(pairs.map(({ incidents: [a, b] }) => pairKey(a, b)));
    const ids = new Set(records.incidents.map(({ record }) => record.id));
    const problems: Problem[] = pairs.flatMap(({ incidents }, index) =>
      incidents
        .filter((id) => !ids.has(id))
        .map((id) => ({
          file: DISTINCT_FILE,
          check: "distinct-incidents",
          path: [index],
          message: `names no incident "${id}": remove the entry or correct the id`,
        })),
    );
    for (let i = 0; i < candidates.length; i++) {
      const a = candidates[i]!;
      for (let j = i + 1; j < candidates.length && candidates[j]!.start <= a.end; j++) {
        const b = candidates[j]!;
        if (known.has(pairKey(a.record.id, b.record.id))) continue;
        if (!a.record.actors.some((actor) => b.record.actors.includes(actor))) continue;
        const near = a.points.some((p) => b.points.some((q) => distanceKm(p, q) <= NEAR_KM));
        if (!near) continue;
        problems.push({
          file: b.file,
          check: "distinct-incidents",
          path: [b.record.id],
          message: `looks like the same clash as "${a.record.id}" (same days, within ${NEAR_KM} km, a party in common): merge them (keeping one id as an alias) or add the pair and the reason to ${DISTINCT_FILE}`,
        });
      }
    }
    return problems;
  },
};
