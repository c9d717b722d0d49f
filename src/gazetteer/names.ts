// The names of a place: the data's own (English name, label, each side's name, id) and the others (names in
// Armenian, Azerbaijani and Russian, spellings seen in sources). One list for name search and the command line.
import type { Place } from "../schema/index.js";

export interface PlaceNames {
  /** The data's own names, ranked first by name search. */
  readonly primary: readonly string[];
  /** Names in other languages and scripts, and variant spellings. */
  readonly other: readonly string[];
}

const defined = (list: readonly (string | undefined)[]) => list.filter((name): name is string => name !== undefined);

/** What names are read from: a published place, or a raw record without its derived label. */
export type NamedPlace = Pick<Place, "id" | "name" | "sideNames" | "names" | "variants"> & {
  readonly label?: string | undefined;
};

export function placeNames(place: NamedPlace): PlaceNames {
  return {
    primary: defined([place.name, place.label, place.sideNames?.armenia, place.sideNames?.azerbaijan, place.id]),
    other: defined([place.names.hy, place.names.az, place.names.ru, ...place.variants]),
  };
}

/** Every name a place is known under, the data's own first. */
export const allNamesOf = (place: NamedPlace): string[] => {
  const { primary, other } = placeNames(place);
  return [...primary, ...other];
};
