// What the page needs from a dataset: the package's own Dataset type, over the shipped release or a dataset made
// with createDataset. Ids are plain strings here; the package checks them (isPlaceId, filterIncidents).
import { SIDES, type Dataset, type Side, type UserRecordTypes } from "armenia-azerbaijan-incidents";

export type AnyDataset = Dataset<UserRecordTypes>;
export type Incident = UserRecordTypes["incident"];
export type Place = UserRecordTypes["place"];
export type Party = UserRecordTypes["party"];
export type Source = UserRecordTypes["source"];

// The sides as the package exports them: the page keeps no copy of an enum list.
export { SIDES };
export type SideName = Side;
export const SIDE_LABEL: Record<SideName, string> = {
  armenia: "Armenia",
  azerbaijan: "Azerbaijan",
  "nagorno-karabakh": "Nagorno-Karabakh",
  russia: "Russia",
  other: "Other",
};
// Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
export const SIDE_COLOUR: Record<SideName, string> = {
  armenia: "#E69F00",
  azerbaijan: "#0072B2",
  "nagorno-karabakh": "#CC79A7",
  russia: "#009E73",
  other: "#6b6b6b",
};
const TYPE_PALETTE = [
  "#4e79a7",
  "#f28e2b",
  "#e15759",
  "#76b7b2",
  "#59a14f",
  "#edc948",
  "#b07aa1",
  "#ff9da7",
  "#9c755f",
  "#7f7f7f",
  "#17becf",
];
export function typeColour(types: readonly string[], type: string): string {
  const index = types.indexOf(type);
  return TYPE_PALETTE[(index < 0 ? 0 : index) % TYPE_PALETTE.length]!;
}

export function isSide(value: string): value is SideName {
  return (SIDES as readonly string[]).includes(value);
}

/** Whose figures the map, the timeline and the charts draw: each side's own count of its dead, or the other side's. */
export type Figures = "own" | "other";

/**
 * People killed in an incident, by side of the dead, as the map, the timeline and the charts draw them.
 * "own" (the default): the best figure of each party's losses where it rests on the losing side's own account
 * (basis "own-camp"), so that one side's claim about the other's dead never stands as the count. "other": the
 * other camp's figure, as the package's casualtyTotals gives it for the incident alone (the highest of the other
 * camp's latest counts; an upper bound never counts). The panel lists every claim.
 */
const killedCache = {
  own: new WeakMap<Incident, ReadonlyMap<string, number>>(),
  other: new WeakMap<Incident, ReadonlyMap<string, number>>(),
};
const totalCache = { own: new WeakMap<Incident, number>(), other: new WeakMap<Incident, number>() };

export function killedBySide(
  incident: Incident,
  figures: Figures = "own",
  dataset?: AnyDataset,
): ReadonlyMap<string, number> {
  const cached = killedCache[figures].get(incident);
  if (cached) return cached;
  const result = new Map<string, number>();
  if (figures === "own") {
    for (const estimate of incident.estimates) {
      const range = estimate.killed;
      if (range && range.basis === "own-camp") result.set(estimate.side, (result.get(estimate.side) ?? 0) + range.best);
    }
  } else if (dataset) {
    for (const total of dataset.casualtyTotals([incident], { by: "all", episodes: false }))
      if (total.other.killed) result.set(total.side, total.other.killed);
  }
  killedCache[figures].set(incident, result);
  return result;
}

export function killedTotal(incident: Incident, figures: Figures = "own", dataset?: AnyDataset): number {
  let total = totalCache[figures].get(incident);
  if (total !== undefined) return total;
  total = 0;
  for (const value of killedBySide(incident, figures, dataset).values()) total += value;
  totalCache[figures].set(incident, total);
  return total;
}

/** How the page says whose figures it draws. */
export const FIGURES_WORDS: Record<Figures, string> = {
  own: "each side's own figures for its dead",
  other: "the other side's claims about each side's dead",
};

/** Episodes (named spans), when the data has them: read defensively, since the field is not in the schema yet. */
export function episodesOf(incident: Incident): readonly string[] {
  const value = (incident as { episodes?: unknown }).episodes;
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (typeof item === "string") return [item];
    if (item && typeof item === "object" && typeof (item as { id?: unknown }).id === "string")
      return [(item as { id: string }).id];
    return [];
  });
}
