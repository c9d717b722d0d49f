// Synthetic incidents for the benchmark: copies of the shipped incidents at random dates and places (a fixed
// seed), made into a dataset by the package's own createDataset, so they are validated like any user's records.
import * as shipped from "armenia-azerbaijan-incidents";
import { createDataset } from "armenia-azerbaijan-incidents/create";
import type { AnyDataset } from "./model.js";

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticDataset(count: number, seed = 15): AnyDataset {
  const next = random(seed);
  const settlements = shipped.places.filter((place) => place.coordinates && place.kind === "settlement");
  const start = Date.UTC(2014, 0, 1);
  const end = Date.UTC(2024, 11, 31);
  const incidents = Array.from({ length: count }, (_, index) => {
    const template = structuredClone(shipped.incidents[index % shipped.incidents.length]!) as unknown as Record<
      string,
      unknown
    > & {
      casualties: { reported?: string }[];
    };
    const day = new Date(start + Math.floor(next() * ((end - start) / 86_400_000)) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const place = settlements[Math.floor(next() * settlements.length)]!;
    for (const claim of template.casualties) if (claim.reported) claim.reported = day;
    return {
      ...template,
      id: `${day}-synthetic-${index}`,
      span: { start: day, end: day, precision: "day" },
      locations: [{ place: place.id, relation: "near" }],
      sides: undefined,
      estimates: undefined,
      // Moved to a random day, a copy would lie outside its episode's span (createDataset rejects that link).
      episodes: undefined,
      file: undefined,
    };
  });
  const clean = incidents.map((incident) =>
    Object.fromEntries(Object.entries(incident).filter(([, value]) => value !== undefined)),
  );
  clean.sort(
    (a, b) =>
      String((a["span"] as { start: string }).start).localeCompare((b["span"] as { start: string }).start) ||
      String(a["id"]).localeCompare(String(b["id"])),
  );
  return createDataset({ ...shipped, incidents: clean } as unknown as Parameters<
    typeof createDataset
  >[0]) as AnyDataset;
}
