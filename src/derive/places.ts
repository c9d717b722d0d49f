// Published places: the raw record plus its display label and its chain of ancestors.
import type { z } from "zod";
import { parentChain } from "../schema/chain.js";
import type { PlaceRecordSchema, PlaceSchema } from "../schema/index.js";

type PlaceRecord = z.output<typeof PlaceRecordSchema>;
type Place = z.output<typeof PlaceSchema>;

/** "Stepanakert / Khankendi": the data's English name first, then any other name a side uses. */
export function placeLabel(place: PlaceRecord): string {
  const names = [place.name, place.sideNames?.azerbaijan, place.sideNames?.armenia].filter(
    (name): name is string => name !== undefined,
  );
  return [...new Set(names)].join(" / ");
}

export function ancestorsOf(place: PlaceRecord, byId: ReadonlyMap<string, PlaceRecord>): string[] {
  return parentChain(place, byId).ancestors.map((ancestor) => ancestor.id);
}

export function publishPlaces(records: readonly PlaceRecord[]): Place[] {
  const byId = new Map(records.map((place) => [place.id, place]));
  return [...records]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((place) => ({ ...place, label: placeLabel(place), ancestors: ancestorsOf(place, byId) }));
}
