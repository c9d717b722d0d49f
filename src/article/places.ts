// Places: every name of the gazetteer, in any script or spelling, with Russian and Armenian case endings.
import type { Place } from "../schema/index.js";
import { allNamesOf } from "../gazetteer/names.js";
import { normalizeName } from "../gazetteer/normalize.js";
import type { ArticlePlace } from "./reading.js";
import type { ArticleDataset } from "./types.js";

interface NameEntry {
  tokens: string[];
  place: Place;
  name: string;
}

const STOP = new Set([
  "the",
  "and",
  "of",
  "in",
  "on",
  "at",
  "a",
  "an",
  "to",
  "by",
  "as",
  "is",
  "it",
  "its",
  "march",
  "may",
  "border",
  "line",
  "lake",
  "river",
  "mount",
  "state",
  "south",
  "north",
  "east",
  "west",
  "new",
  "old",
  "upper",
  "lower",
  "village",
  "city",
  "district",
  "province",
  "region",
  "corridor",
  "road",
  "bridge",
  "hand",
  "hill",
  "height",
]);

const indexes = new WeakMap<object, Map<string, NameEntry[]>>();

function nameIndex(data: ArticleDataset): Map<string, NameEntry[]> {
  const cached = indexes.get(data.places);
  if (cached) return cached;
  const map = new Map<string, NameEntry[]>();
  for (const place of data.places) {
    const seen = new Set<string>();
    for (const name of allNamesOf(place)) {
      if (name === place.id && name.includes("-")) continue;
      const key = normalizeName(name);
      if (key === "" || seen.has(key)) continue;
      seen.add(key);
      const tokens = key.split(" ");
      if (tokens.length === 1 && (STOP.has(key) || key.length < 3)) continue;
      for (const first of new Set([tokens[0]!, cyrillicStem(tokens[0]!)])) {
        const list = map.get(first) ?? [];
        list.push({ tokens, place, name });
        map.set(first, list);
      }
    }
  }
  indexes.set(data.places, map);
  return map;
}

export interface Token {
  key: string;
  index: number;
  end: number;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:['’ʼ][\p{L}]+)*/gu)) {
    const word = match[0];
    // Plain Latin or Cyrillic words fold by lower case alone (as normalizeName would: ё and й lose their marks).
    const key = /^[A-Za-z0-9]+$/.test(word)
      ? word.toLowerCase()
      : /^[А-Яа-яЁё]+$/.test(word)
        ? word.toLowerCase().replace(/ё/g, "е").replace(/й/g, "и")
        : normalizeName(word);
    if (key !== "") out.push({ key: key.replace(/ /g, ""), index: match.index, end: match.index + match[0].length });
  }
  return out;
}

const CYRILLIC_OR_ARMENIAN = /[\u0400-\u04ff\u0530-\u058f]/;

/** A text token matches a name token exactly, with an English possessive, or with a Russian or Armenian case ending. */
/** A Russian name without its final vowel, which the cases replace: Гянджа, Гянджи, Гяндже. */
function cyrillicStem(name: string): string {
  return /[\u0400-\u04ff]/.test(name) && name.length >= 5 ? name.replace(/[аяоеьйиы]$/u, "") : name;
}

function tokenMatches(token: string, name: string, last: boolean): boolean {
  if (token === name) return true;
  const stem = cyrillicStem(name);
  if (last && stem !== name && token.startsWith(stem) && token.length - stem.length <= 4) return true;
  if (!last || name.length < 4 || !token.startsWith(name)) return false;
  const rest = token.length - name.length;
  if (CYRILLIC_OR_ARMENIAN.test(name)) return rest <= 4;
  return token === `${name}s`;
}

function stemIndex(map: Map<string, NameEntry[]>, key: string): NameEntry[] {
  const direct = map.get(key) ?? [];
  if (!CYRILLIC_OR_ARMENIAN.test(key) && !key.endsWith("s")) return direct;
  // Inflected forms: look the token up under its shorter prefixes.
  const out = [...direct];
  for (let cut = 1; cut <= 4 && key.length - cut >= 4; cut++) out.push(...(map.get(key.slice(0, -cut)) ?? []));
  return out;
}

export function readPlaces(data: ArticleDataset, text: string, tokens: Token[]): ArticlePlace[] {
  const map = nameIndex(data);
  const found: ArticlePlace[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const candidates = stemIndex(map, tokens[i]!.key).sort((a, b) => b.tokens.length - a.tokens.length);
    let consumed = 0;
    for (const entry of candidates) {
      if (consumed > 0 && entry.tokens.length < consumed) break;
      const ok = entry.tokens.every(
        (t, k) => tokens[i + k] !== undefined && tokenMatches(tokens[i + k]!.key, t, k === entry.tokens.length - 1),
      );
      if (!ok) continue;
      // A short Cyrillic name (Тех) is also a common word: only after "село", "город" or "у".
      if (
        entry.tokens.length === 1 &&
        entry.tokens[0]!.length <= 3 &&
        CYRILLIC_OR_ARMENIAN.test(entry.tokens[0]!) &&
        !/^(сел\p{L}*|деревн\p{L}*|город\p{L}*|у|в|близ|около|вблизи)$/u.test(tokens[i - 1]?.key ?? "")
      )
        continue;
      consumed = entry.tokens.length;
      const from = tokens[i]!.index,
        to = tokens[i + consumed - 1]!.end;
      const before = text.slice(Math.max(0, from - 30), from).toLowerCase();
      if (found.some((f) => f.index === from && f.place.id === entry.place.id)) continue;
      found.push({
        place: entry.place,
        text: text.slice(from, to),
        name: entry.name,
        index: from,
        near: /\b(near|outside|close to)\s+(the\s+)?((village|town|city)\s+(of\s+)?)?$|(вблизи|около|близ|у|под|рядом с)\s+(сел[аео]\s+|город[аео]?\s+)?$/iu.test(
          before,
        ),
      });
    }
    if (consumed > 1) i += consumed - 1;
  }
  return found;
}
