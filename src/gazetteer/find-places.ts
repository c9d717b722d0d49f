// Name lookup: every place whose name or spelling matches, best match first.
import { InvalidQueryError } from "../errors.js";
import type { Place } from "../schema/index.js";
import { placeNames } from "./names.js";
import { normalizeName } from "./normalize.js";

interface NameKey {
  key: string;
  /** The data's own name, label or a side's name, rather than a variant spelling. */
  primary: boolean;
}

function namesOf(place: Place): NameKey[] {
  const { primary, other } = placeNames(place);
  const keys = (list: readonly string[], isPrimary: boolean) =>
    list.map((n) => ({ key: normalizeName(n), primary: isPrimary }));
  return [...keys(primary, true), ...keys(other, false)];
}

/** 0: the whole name; 1: the name starts with the query; 2: every query word starts a word of the name. */
function tier(query: string, queryWords: readonly string[], name: string): number | undefined {
  if (name === query) return 0;
  if (name.startsWith(`${query} `)) return 1;
  const words = name.split(" ");
  return queryWords.every((q) => words.some((w) => w.startsWith(q))) ? 2 : undefined;
}

/** How well a place's best name matches: twice the tier, plus one for a variant spelling; lower is better. */
function scoreOf(names: readonly NameKey[], query: string, queryWords: readonly string[]): number | undefined {
  const scores = names.flatMap(({ key, primary }) => {
    const t = tier(query, queryWords, key);
    return t === undefined ? [] : [t * 2 + (primary ? 0 : 1)];
  });
  return scores.length === 0 ? undefined : Math.min(...scores);
}

/**
 * How well `name` matches a place, as findPlaces ranks it (lower is better; undefined: no match). Two places with
 * the same score are ranked by their depth and id alone, so a caller can tell a clear first from a tie.
 */
export function matchScore(place: Place, name: string): number | undefined {
  const query = normalizeName(name);
  return query === "" ? undefined : scoreOf(namesOf(place), query, query.split(" "));
}

/**
 * A finder over some places: places whose English, Armenian, Azerbaijani or Russian name, or any recorded spelling, matches `name`,
 * ignoring case, diacritics and punctuation: `findPlaces("Tekh")` finds Tegh. Best match first.
 */
export function placeFinder(places: readonly Place[]): (name: string) => Place[] {
  let nameIndex: readonly { place: Place; names: readonly NameKey[] }[] | undefined;
  return (name) => findIn((nameIndex ??= places.map((place) => ({ place, names: namesOf(place) }))), name);
}

function findIn(nameIndex: readonly { place: Place; names: readonly NameKey[] }[], name: string): Place[] {
  if (typeof name !== "string") throw new InvalidQueryError("place name", name, "must be a string");
  const query = normalizeName(name);
  if (query === "") throw new InvalidQueryError("place name", name, "must contain a letter or digit");
  const queryWords = query.split(" ");
  const ranked = nameIndex.flatMap(({ place, names }) => {
    const score = scoreOf(names, query, queryWords);
    return score === undefined ? [] : [{ place, score }];
  });
  return ranked
    .sort(
      (a, b) =>
        a.score - b.score || a.place.ancestors.length - b.place.ancestors.length || (a.place.id < b.place.id ? -1 : 1),
    )
    .map(({ place }) => place);
}
