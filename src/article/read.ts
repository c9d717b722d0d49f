// readArticle: what a news article says (dates, places, casualty figures, parties), each with the words it came from.
import * as en from "chrono-node/en";
import * as ru from "chrono-node/ru";
import type { Party, Place } from "../schema/index.js";
import { allNamesOf } from "../gazetteer/names.js";
import { normalizeName } from "../gazetteer/normalize.js";
import { numberOf, RU_COLLECTIVE } from "./numbers.js";
import type { ArticleDataset } from "./types.js";

export type SideName = "armenia" | "azerbaijan" | "nagorno-karabakh" | "russia";
export type Category = "killed" | "wounded" | "captured" | "missing";

export interface ArticleOptions {
  /** Publication date (YYYY-MM-DD), where the text has no date line or its date line is wrong. */
  published?: string;
}

export interface ArticleDate {
  /** The day, YYYY-MM-DD. */
  date: string;
  /** The words it was read from. */
  text: string;
  /** Where in the text (character offset). */
  index: number;
  /** How it was resolved: an explicit date, a weekday or relative day against the reference date, or the date line. */
  how: "explicit" | "month-day" | "weekday" | "relative";
  /** The reference date relative words were resolved against, and where it came from. */
  reference?: { date: string; from: "published" | "date-line" };
  /** How strongly the sentence around it speaks of violence: the event date is the best-scored day. */
  weight: number;
  /** The day something began ("since Sunday", "began on Sunday"): the start of the event span. */
  began?: true;
  /**
   * The day a statement was made ("the ministry said on Thursday", "statements this afternoon"): the events fell on
   * it or before, so matching takes it as the latest day they can have happened.
   */
  statement?: true;
}

export interface ArticlePlace {
  place: Place;
  /** The words of the article that matched, and the name of the place they matched. */
  text: string;
  name: string;
  index: number;
  /** "near" where the article says near (or вблизи, около). */
  near: boolean;
}

export interface ArticleFigure {
  category: Category;
  count: number;
  /** Whose losses, where the text says: a side, and civilians or the military. */
  side?: SideName;
  civilians: boolean;
  /** Who says so, where the text attributes it: a party id, and its side. */
  claimant?: string;
  claimantSide?: SideName;
  /** The sentence it was read from. */
  text: string;
  index: number;
}

export interface ArticleReading {
  /** The publication date used as reference, and where it came from. */
  published?: { date: string; from: "option" | "date-line" };
  /** The event date: the best-supported day the text names in a sentence about violence; absent where it names none. */
  date?: ArticleDate;
  /** Every day the text names, best-supported first. */
  dates: ArticleDate[];
  /** The event span: first and last day of the days that speak of violence. */
  span?: { start: string; end: string };
  places: ArticlePlace[];
  figures: ArticleFigure[];
  /** The sides the text names. */
  parties: SideName[];
  /** True when the text speaks of violence at all (fire, killed, shelling, обстрел…). */
  violent: boolean;
  language: "en" | "ru";
  /** What the reading lacks to be sure, in words: a date line without a year, days with nothing to resolve them against. */
  warnings?: string[];
}

const VIOLENCE =
  /\b(kill\p{L}*|dead|died|death|wound\p{L}*|injur\p{L}*|fire[ds]?|firing|shell\p{L}*|clash\p{L}*|fight\p{L}*|attack\p{L}*|drone\p{L}*|mortar\p{L}*|artillery|casualt\p{L}*|hostilit\p{L}*|skirmish\p{L}*|captured|missing|strike[s]?|struck|hit|detained|explo\p{L}*|blast|offensive|blockade\p{L}*)\b|(удар\p{L}*|взрыв\p{L}*|задержан\p{L}*|обострил\p{L}*|погиб\p{L}*|убит\p{L}*|ранен\p{L}*|обстрел\p{L}*|огонь|огня|столкновени\p{L}*|бо[йеия](?!\p{L})|атак\p{L}*|беспилотник\p{L}*|дрон\p{L}*|минометн\p{L}*|артиллери\p{L}*|пленн?\p{L}*|пропал\p{L}*)/giu;

// Only sentences with a word that can name a day go through chrono (the slow part of reading).
const DATEISH =
  /\b(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*\d|\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{4}-\d{2}-\d{2}|\b(today|yesterday|tonight|this (morning|afternoon|evening))\b|понедельник|вторник|сред[аыу]|четверг|пятниц|суббот|воскресень|январ|феврал|марта?(?!\p{L})|апрел|ма[яй](?!\p{L})|июн|июл|август|сентябр|октябр|ноябр|декабр|сегодня|вчера|позавчера/iu;

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const shift = (date: string, days: number) =>
  new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const MONTH_WORD =
  "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?|(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр)\\p{L}*";
/** A news agency's date line: "YEREVAN, Sept 14 —", "BAKU, 14 September (Reuters) -", "ЕРЕВАН, 14 сентября —". */
const AGENCY_LINE = new RegExp(
  `^\\s*(?:[\\p{Lu}][\\p{L}.'’ -]{1,40},\\s*)((?:${MONTH_WORD})\\s*\\d{1,2}(?:,?\\s*\\d{4})?|\\d{1,2}\\s+(?:${MONTH_WORD})(?:\\s*\\d{4})?)(?:\\s*\\([^)\\n]{1,30}\\))?\\s*(?:[—–]|\\s-\\s)`,
  "iu",
);

interface DateLine {
  /** The day, where the line or the text gives its year. */
  date?: string;
  /** The words of the date line (blanked out before the text's days are read). */
  text: string;
  /** Month and day, for a line without a year. */
  month: number;
  day: number;
  year?: number;
}

/** A date line: "date 2023-11-15", "15 November 2023", "Nov. 15, 2023", "YEREVAN, Sept 14 —" at the top. */
function dateLine(text: string): DateLine | undefined {
  const head = text.slice(0, 200);
  const isoMatch = /^\s*(?:date[:\s]+)?(\d{4})-(\d{2})-(\d{2})\b/i.exec(head);
  if (isoMatch)
    return {
      date: `${isoMatch[1]}-${isoMatch[2]}-${isoMatch[3]}`,
      text: isoMatch[0].trim(),
      year: Number(isoMatch[1]),
      month: Number(isoMatch[2]),
      day: Number(isoMatch[3]),
    };
  const agency = AGENCY_LINE.exec(head);
  if (agency) {
    const words = agency[1]!;
    const parsed = [...en.parse(words), ...ru.parse(words)].find((r) => r.start.isCertain("day"));
    if (parsed) {
      const month = parsed.start.get("month")!,
        day = parsed.start.get("day")!;
      const year = parsed.start.isCertain("year") ? parsed.start.get("year")! : undefined;
      return {
        ...(year !== undefined ? { date: iso(year, month, day), year } : {}),
        text: agency[0].trim(),
        month,
        day,
      };
    }
  }
  const firstLine = head.split("\n")[0] ?? "";
  if (firstLine.length < 60) {
    const parsed = [...en.parse(firstLine), ...ru.parse(firstLine)].find(
      (r) => r.start.isCertain("year") && r.start.isCertain("day"),
    );
    const rest = parsed ? firstLine.replace(parsed.text, "").replace(/[^\p{L}]/gu, "") : "";
    if (parsed && rest.length <= 20) {
      const year = parsed.start.get("year")!,
        month = parsed.start.get("month")!,
        day = parsed.start.get("day")!;
      return { date: iso(year, month, day), text: parsed.text, year, month, day };
    }
  }
  return undefined;
}

/** The years a text names (1990–2099), in order, without repeats. */
function yearsNamed(text: string): number[] {
  return [
    ...new Set([...text.matchAll(/(?<![\p{L}\p{N}-])(199\d|20\d\d)(?![\p{L}\p{N}]|-\d)/gu)].map((m) => Number(m[1]))),
  ];
}

function sentences(text: string): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  const pattern = /[^.!?\n]+(?:[.!?]+(?=\s|$)|\n|$)/g;
  for (const match of text.matchAll(pattern))
    if (match[0].trim() !== "") out.push({ text: match[0], index: match.index });
  return out;
}

function violenceIn(sentence: string): number {
  return [...sentence.matchAll(VIOLENCE)].length;
}

function readDates(
  text: string,
  reference: { date: string; from: "published" | "date-line" } | undefined,
): ArticleDate[] {
  const instant = new Date(`${reference?.date ?? "2100-01-01"}T12:00:00Z`);
  const results: ArticleDate[] = [];
  const all = sentences(text);
  const violence = all.map((sentence) => violenceIn(sentence.text));
  for (const [position, sentence] of all.entries()) {
    const nearby = (violence[position] ?? 0) + 0.5 * ((violence[position - 1] ?? 0) + (violence[position + 1] ?? 0));
    if (!DATEISH.test(sentence.text)) continue;
    const parsers = /[а-яё]/i.test(sentence.text) ? [ru, en] : [en];
    const seen = new Set<number>();
    for (const parser of parsers) {
      for (const r of parser.parse(sentence.text, { instant, timezone: 0 })) {
        if (seen.has(r.index)) continue;
        seen.add(r.index);
        const start = r.start;
        if (
          !start.isCertain("day") &&
          !start.isCertain("weekday") &&
          !/today|yesterday|tonight|this (morning|afternoon|evening)|сегодня|вчера|позавчера/i.test(r.text)
        )
          continue;
        const y = start.get("year"),
          m = start.get("month"),
          d = start.get("day");
        if (y === null || m === null || d === null) continue;
        let date = iso(y, m, d);
        const how: ArticleDate["how"] = start.isCertain("year")
          ? "explicit"
          : start.isCertain("day")
            ? "month-day"
            : start.isCertain("weekday")
              ? "weekday"
              : "relative";
        if (how === "month-day" || how === "weekday" || how === "relative") {
          if (!reference) continue; // nothing to resolve against
          if (date > reference.date) {
            if (how === "weekday") date = shift(date, -7);
            else if (how === "month-day") date = iso(y - 1, m, d);
          }
          if (how === "weekday") {
            // "on Tuesday" in a report means the latest Tuesday up to the reference date.
            while (date > reference.date) date = shift(date, -7);
            while (shift(date, 7) <= reference.date) date = shift(date, 7);
          }
        }
        if (/\b(last|previous)\s+(year|week|month)\b/i.test(r.text)) continue;
        const lead = sentence.text.slice(Math.max(0, r.index - 30), r.index);
        // A day a statement was made ("said on Wednesday") or a fight began ("since Sunday") is not the day of the events.
        const statement =
          /\b(said|says|reported|announced|gave|told|stated|added|confirmed|statements?|issued|put out)\b[^.,;]*$|(сообщил\p{L}*|заявил\p{L}*|отметил\p{L}*)[^.,;]*$/iu.test(
            lead,
          ) ||
          /^\s*,?\s*(said|the \p{L}+ (said|reported))/iu.test(
            sentence.text.slice(r.index + r.text.length, r.index + r.text.length + 20),
          );
        const began = /\b(since|began|begun|started|from)\s*(on\s*)?$|(^|\s)(с|начал\p{L}*)\s*$/iu.test(lead);
        const weight =
          (nearby > 0 ? 1 + Math.min(nearby, 3) : 0.5) *
          (how === "explicit" ? 1.2 : 1) *
          (statement ? 0.4 : 1) *
          (began ? 0.3 : 1);
        results.push({
          date,
          text: r.text.trim(),
          index: sentence.index + r.index,
          how,
          ...(how !== "explicit" && reference ? { reference } : {}),
          weight,
          ...(began ? { began } : {}),
          ...(statement ? { statement: true as const } : {}),
        });
        void y;
      }
    }
  }
  return results;
}

// ---- places ----

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

interface Token {
  key: string;
  index: number;
  end: number;
}

function tokenize(text: string): Token[] {
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

function readPlaces(data: ArticleDataset, text: string, tokens: Token[]): ArticlePlace[] {
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

// ---- figures and claimants ----

const SIDE_WORDS: [RegExp, SideName][] = [
  [/^(ethnic-armenian|karabakh\p{L}*|artsakh\p{L}*|карабах\p{L}*|арцах\p{L}*)$/u, "nagorno-karabakh"],
  [/^(armenian?s?|armenias|армян\p{L}*|армени\p{L}*)$/u, "armenia"],
  [/^(azerbaijani?s?|azerbaijans|azeris?|азерба[йи]джан\p{L}*)$/u, "azerbaijan"],
  [/^(russian?s?|russias|российск\p{L}*|русск\p{L}*)$/u, "russia"],
];

function sideOfWord(word: string): SideName | undefined {
  return SIDE_WORDS.find(([pattern]) => pattern.test(word))?.[1];
}

const CATEGORY_WORDS: [RegExp, Category][] = [
  [/^(killed|killing|dead|died|die|lost|perished|погиб\p{L}*|убит\p{L}*|погибш\p{L}*|гибел\p{L}*)$/u, "killed"],
  [/^(wounded|wounding|injured|injuring|hurt|ранен\p{L}*|ранены|ранил\p{L}*|пострадал\p{L}*)$/u, "wounded"],
  [/^(captured|prisoner|prisoners|detained|captive|пленен\p{L}*|плен\p{L}*|захвачен\p{L}*)$/u, "captured"],
  [/^(missing|пропал\p{L}*|пропавш\p{L}*|безвести\p{L}*)$/u, "missing"],
];
const categoryOf = (word: string) => CATEGORY_WORDS.find(([pattern]) => pattern.test(word))?.[1];

const PERSON =
  /^(soldiers?|servicem[ae]n|service|members?|troops?|civilians?|people|persons?|residents?|villagers?|officers?|personnel|fighters?|military|servicepeople|conscripts?|guards?|военнослужащ\p{L}*|солдат\p{L}*|военн\p{L}*|мирн\p{L}*|жител\p{L}*|человек\p{L}*|бойц\p{L}*|офицер\p{L}*|пограничник\p{L}*)$/u;
const CIVILIAN = /^(civilians?|residents?|villagers?|мирн\p{L}*|жител\p{L}*|гражданск\p{L}*)$/u;

interface Claimant {
  party: string;
  side: SideName;
  index: number;
}

/** The kind of office that speaks: each is resolved to a party of the dataset, on the speaker's side. */
type Office = "defence" | "prosecutor" | "foreign" | "authorities" | "border" | "interior" | "government";

const OFFICES: [RegExp, Office][] = [
  [
    /(defen[cs]e|military) ministry|ministry of defen[cs]e|defence ministry|минобороны|министерств\p{L}* обороны|military\b|army\b/iu,
    "defence",
  ],
  [/prosecutor|прокуратур\p{L}*/iu, "prosecutor"],
  [/foreign ministry|ministry of foreign affairs|мид(?!\p{L})|министерств\p{L}* иностранных дел/iu, "foreign"],
  [/de facto|authorities|власти/iu, "authorities"],
  [/border (guards?|service)|пограничн\p{L}*/iu, "border"],
  [/interior ministry|ministry of (internal affairs|the interior)|мвд(?!\p{L})/iu, "interior"],
];

/** Which parties can speak for an office, best first: by kind and by the words of their name. */
const OFFICE_PARTIES: Record<Office, ((party: Party) => boolean)[]> = {
  defence: [(p) => p.kind === "ministry" && /defen[cs]e/i.test(p.name), (p) => p.kind === "armed-forces"],
  prosecutor: [(p) => /prosecutor/i.test(p.name)],
  foreign: [(p) => p.kind === "ministry" && /foreign/i.test(p.name)],
  authorities: [
    (p) => p.kind === "de-facto-authority",
    (p) => p.kind === "government" && /^government\b/i.test(p.name),
  ],
  border: [(p) => p.kind === "border-guard"],
  interior: [(p) => p.kind === "ministry" && /intern|interior/i.test(p.name)],
  government: [
    (p) => p.kind === "government" && /^government\b/i.test(p.name),
    (p) => p.kind === "de-facto-authority",
    (p) => p.kind === "government",
  ],
};

const speakers = new WeakMap<object, Map<string, Party | undefined>>();

/**
 * The party of the dataset that speaks for an office on a side: the office's own party, else the side's government
 * (or de facto authorities). Never an id the dataset lacks: undefined where the side has neither.
 */
function partyFor(data: ArticleDataset, side: SideName, office: Office): Party | undefined {
  let cache = speakers.get(data.parties);
  if (!cache) speakers.set(data.parties, (cache = new Map()));
  const key = `${side}/${office}`;
  if (cache.has(key)) return cache.get(key);
  const onSide = data.parties.filter((p) => p.side === side);
  let found: Party | undefined;
  for (const test of [...OFFICE_PARTIES[office], ...OFFICE_PARTIES.government]) {
    found = onSide.find(test);
    if (found) break;
  }
  cache.set(key, found);
  return found;
}

/** Speakers named by name or title: who they speak for. */
const NAMED_SPEAKERS: [RegExp, SideName, Office][] = [
  [/\b(pashinyan|prime minister of armenia|armenian prime minister)\b|пашинян\p{L}*/giu, "armenia", "government"],
  [/\b(aliyev|president of azerbaijan|azerbaijani president)\b|алиев\p{L}*/giu, "azerbaijan", "government"],
  [/\bmirzoyan\b|мирзоян\p{L}*/giu, "armenia", "foreign"],
  [/\bbayramov\b|байрамов\p{L}*/giu, "azerbaijan", "foreign"],
  [/\bpapikyan\b|папикян\p{L}*/giu, "armenia", "defence"],
];

/** A verb of speech right after a speaker ("told parliament", "said in a statement", "заявил"). */
const SPEECH_AFTER =
  /^\s*(['’]s\s*)?([\p{L}-]+\s+){0,2}(has |had |have )?(said|says|say|reported|reporting|reports|stated|states|saying|claimed|claims|announced|confirmed|told|wrote|added|insisted|declared)\b|^\s*([\p{L}-]+\s+){0,2}(сообщил\p{L}*|заявил\p{L}*|сказал\p{L}*|отметил\p{L}*|подтвердил\p{L}*|утверждает|заявляет|сообщает)/iu;

const SAY =
  /\b(said|says|say|saying|reported|reports|reporting|stated|states|announced|claimed|claims|according to|confirmed|told)\b|(сообщил\p{L}*|заявил\p{L}*|по данным|по словам|сообщает|заявляет|информирует|утверждает|подтвердил\p{L}*)/iu;

/** Who speaks in a sentence: a ministry, authority or government, with its side, nearest each figure. */
function claimantsIn(data: ArticleDataset, sentence: string): Claimant[] {
  const out: Claimant[] = [];
  if (!SAY.test(sentence)) return out;
  const push = (side: SideName, office: Office, index: number) => {
    const party = partyFor(data, side, office);
    if (party && !out.some((c) => c.index === index && c.party === party.id))
      out.push({ party: party.id, side, index });
  };
  for (const [pattern, side, office] of NAMED_SPEAKERS)
    for (const match of sentence.matchAll(pattern)) {
      const after = sentence.slice(match.index + match[0].length, match.index + match[0].length + 50);
      const before = sentence.slice(Math.max(0, match.index - 30), match.index);
      if (SPEECH_AFTER.test(after) || /(according to|по данным|по словам)\s*$/iu.test(before))
        push(side, office, match.index);
    }
  const pattern =
    /(armenian|armenia(?:['’]?s)?|azerbaijani|azerbaijan(?:['’]?s)?|azeri|karabakh['’]?s?|nagorno[- ]karabakh['’]?s?|russia['’]?s|russian|армени[иия]|армянск\p{L}*|азерба[йи]джан\p{L}*|карабах\p{L}*|baku|yerevan|stepanakert|баку|ереван\p{L}*|степанакерт\p{L}*)/giu;
  for (const match of sentence.matchAll(pattern)) {
    const word = match[0].toLowerCase();
    const side: SideName | undefined = /baku|баку/u.test(word)
      ? "azerbaijan"
      : /yerevan|ереван/u.test(word)
        ? "armenia"
        : /stepanakert|степанакерт/u.test(word)
          ? "nagorno-karabakh"
          : sideOfWord(
              normalizeName(word)
                .replace(/ /g, "-")
                .replace(/^nagorno-/, ""),
            );
    if (!side) continue;
    const end = match.index + match[0].length;
    const after = sentence.slice(end, end + 40);
    const before = sentence.slice(Math.max(0, match.index - 60), match.index);
    const kindIn = (words: string) => OFFICES.find(([p]) => p.test(words));
    let kind: (typeof OFFICES)[number] | undefined;
    let speaks = false;
    if (
      /^\s*(['’]s\s*)?(defen[cs]e|foreign|military|ministry|authorities|officials|government|border|de facto|president|prime|army|prosecutor)/iu.test(
        after,
      )
    ) {
      kind = kindIn(after.slice(0, 30));
      speaks = true;
    } else if (
      /(ministry|authorities|officials|government|минобороны|министерств\p{L}* обороны|мид|власти|пограничн\p{L}*|прокуратур\p{L}*)[^.]{0,40}?\s*$/iu.test(
        before,
      ) &&
      (/(ministry|authorities|officials|government)\b[^.]{0,40}\b(in|of)\s+(the\s+)?([\p{L}-]+\s+){0,3}$/iu.test(
        before,
      ) ||
        /(минобороны|министерств\p{L}* обороны|мид|власти|пограничн\p{L}*|прокуратур\p{L}*)\s+$/iu.test(before))
    ) {
      kind = kindIn(before.slice(-45));
      speaks = true;
    } else if (SPEECH_AFTER.test(after) || /(according to|по данным|по словам|по информации)\s*$/iu.test(before)) {
      speaks = true;
    }
    if (!speaks) continue;
    push(side, kind ? kind[1] : "government", match.index);
  }
  return out.sort((a, b) => a.index - b.index);
}

function readFigures(data: ArticleDataset, text: string): ArticleFigure[] {
  const figures: ArticleFigure[] = [];
  let lastSpeaker: Claimant | undefined;
  for (const sentence of sentences(text)) {
    const tokens = [...sentence.text.matchAll(/[\p{L}\p{N}][\p{L}\p{N},'’-]*/gu)].map((m) => ({
      word: m[0].toLowerCase().replace(/['’]/g, "").replace(/,$/, ""),
      index: m.index,
    }));
    const claimants = claimantsIn(data, sentence.text);
    // "It said", "the ministry added": the speaker of the sentence before.
    if (
      claimants.length === 0 &&
      lastSpeaker &&
      /\b(it|the ministry|the ministry's|the statement|they)\b[^.]*\b(said|says|spoke|reported|added|stated)\b|^\s*(it|the ministry)\b|(ведомств\p{L}*|министерств\p{L}*)[^.]*(сообщил\p{L}*|заявил\p{L}*|добавил\p{L}*)/iu.test(
        sentence.text,
      )
    ) {
      claimants.push({ ...lastSpeaker, index: 0 });
    }
    if (claimants.length > 0) lastSpeaker = claimants.at(-1);
    for (let i = 0; i < tokens.length; i++) {
      const word = tokens[i]!.word;
      if (word === "a" || word === "an") {
        // "a soldier was killed" only
        if (!PERSON.test(tokens[i + 1]?.word ?? "") && !PERSON.test(tokens[i + 2]?.word ?? "")) continue;
      }
      let count = numberOf(word);
      if (count === undefined || count > 5000) continue;
      // "a dozen", "two dozen": the dozen is part of the count.
      if (tokens[i + 1]?.word === "dozen") {
        count *= 12;
        tokens.splice(i + 1, 1);
      }
      const next = tokens[i + 1]?.word ?? "";
      const prev = tokens[i - 1]?.word ?? "";
      if (
        /^(january|february|march|april|may|june|july|august|september|october|november|december|январ\p{L}*|феврал\p{L}*|март\p{L}*|апрел\p{L}*|ма[яй]|июн\p{L}*|июл\p{L}*|август\p{L}*|сентябр\p{L}*|октябр\p{L}*|ноябр\p{L}*|декабр\p{L}*|years?|days?|weeks?|months?|hours?|km|kilometres?|kilometers?|года?|лет|дн\p{L}*|час\p{L}*|км)$/u.test(
          next,
        )
      )
        continue;
      if (
        /^(january|february|march|april|may|june|july|august|september|october|november|december|since|in|at|of)$/u.test(
          prev,
        ) &&
        /^\d+$/.test(word)
      )
        continue;
      if (
        /^\d+$/.test(word) &&
        /[:.]\d/.test(sentence.text.slice(tokens[i]!.index + word.length, tokens[i]!.index + word.length + 2))
      )
        continue;
      // The category: in the next few words, else just before the number (погибли четверо военнослужащих).
      // A Russian collective numeral (шестеро, трое) counts people by itself.
      let category: Category | undefined,
        person = RU_COLLECTIVE.test(word),
        side: SideName | undefined,
        civilians = false;
      // A category word just before the count is its own (погибли пятеро, ранены семеро; killed two soldiers).
      const gap =
        i > 0 ? sentence.text.slice(tokens[i - 1]!.index + tokens[i - 1]!.word.length, tokens[i]!.index) : ",";
      const categoryBefore = /^\s+$/.test(gap) ? categoryOf(prev) : undefined;
      if (categoryBefore) {
        category = categoryBefore;
        // The noun may follow a second count (о гибели трёх и ранении четырёх военнослужащих).
        for (let k = i + 1; k < Math.min(tokens.length, i + 6) && !person; k++) {
          const w = tokens[k]!.word;
          if (PERSON.test(w)) person = true;
          if (CIVILIAN.test(w)) civilians = true;
          side ??= sideOfWord(w);
        }
        if (!person) continue;
      }
      for (let k = i + 1; !categoryBefore && k < Math.min(tokens.length, i + 9); k++) {
        const w = tokens[k]!.word;
        if (k > i + 1 && numberOf(w) !== undefined && w !== "a" && w !== "an" && w !== "one") break;
        if (PERSON.test(w)) person = true;
        if (CIVILIAN.test(w)) civilians = true;
        side ??= sideOfWord(w);
        if (w === "ethnic" && sideOfWord(tokens[k + 1]?.word ?? "") === "armenia") side = "nagorno-karabakh";
        category ??= categoryOf(w);
        if (category) break;
      }
      if (!category) {
        for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
          category = categoryOf(tokens[k]!.word);
          if (category) break;
        }
        for (let k = i + 1; k < Math.min(tokens.length, i + 4); k++) {
          const w = tokens[k]!.word;
          if (PERSON.test(w)) person = true;
          if (CIVILIAN.test(w)) civilians = true;
          side ??= sideOfWord(w);
        }
        if (!category || !person) continue;
      }
      if (
        !person &&
        !/^(more|others?|were|was|have|has|and|ещ[её]|получил\p{L}*)$/u.test(next) &&
        categoryOf(next) === undefined
      )
        continue;
      // Whose losses: a nationality word just before the number too ("Azerbaijan's 3 soldiers").
      for (let k = i - 1; k >= Math.max(0, i - 2) && !side; k--) side = sideOfWord(tokens[k]!.word);
      if (prev === "ethnic" && sideOfWord(next) === "armenia") side = "nagorno-karabakh";
      const at = tokens[i]!.index;
      const before = claimants.filter((c) => c.index <= at).at(-1);
      const after = claimants.find((c) => c.index > at);
      const claimant = before ?? after;
      if (
        !side &&
        claimant &&
        /\b(its|their|our|own|of its|her)\b|свои\p{L}*|сво\p{L}*/iu.test(
          sentence.text.slice(Math.max(0, at - 30), at + 40),
        )
      )
        side = claimant.side;
      // An official who reports losses without naming whose reports its own side's (the other side's are named).
      if (!side && claimant) side = claimant.side;
      figures.push({
        category,
        count,
        ...(side ? { side } : {}),
        civilians,
        ...(claimant ? { claimant: claimant.party, claimantSide: claimant.side } : {}),
        text: sentence.text.trim(),
        index: sentence.index + at,
      });
      // "Seven … were killed and 10 more were wounded": the second figure takes the first one's side.
    }
  }
  for (let i = 1; i < figures.length; i++) {
    const f = figures[i]!,
      p = figures[i - 1]!;
    if (f.side === undefined && f.text === p.text && p.side !== undefined) {
      f.side = p.side;
      f.civilians = f.civilians || p.civilians;
    }
  }
  return figures;
}

function partiesIn(text: string): SideName[] {
  const sides: SideName[] = [];
  if (/armenia|армян|армени|yerevan|ереван/iu.test(text)) sides.push("armenia");
  if (/azerbaij|azeri|азербайджан|baku|баку/iu.test(text)) sides.push("azerbaijan");
  if (/nagorno|karabakh|artsakh|карабах|арцах/iu.test(text)) sides.push("nagorno-karabakh");
  if (/russia|росси|русск/iu.test(text)) sides.push("russia");
  return sides;
}

/** What an article says: dates, places, figures, parties, with where each came from. `data` supplies the gazetteer. */
export function readArticleIn(data: ArticleDataset, text: string, options: ArticleOptions = {}): ArticleReading {
  const line = dateLine(text);
  const warnings: string[] = [];
  // A date line sets the reference day, never the event's day. One without a year takes the publication date, or
  // else the year the text names; without either it cannot be placed in time, and the reading says so.
  let lineDate = line?.date;
  if (line && !lineDate && !options.published) {
    const years = yearsNamed(text.replace(line.text, ""));
    // An article names earlier years (the war of 2020) more often than later ones: the latest is its own.
    if (years.length > 0) lineDate = iso(Math.max(...years), line.month, line.day);
    else
      warnings.push(
        `the date line “${line.text}” has no year and the text names none: give the publication date (published, or --published) to resolve its days`,
      );
  }
  const published = options.published
    ? { date: options.published, from: "option" as const }
    : lineDate
      ? { date: lineDate, from: "date-line" as const }
      : undefined;
  const reference = published
    ? { date: published.date, from: published.from === "option" ? ("published" as const) : ("date-line" as const) }
    : undefined;
  // The date line is the reference, not an event: blank it out (same length, so offsets hold) before reading dates.
  const at = line ? text.indexOf(line.text) : -1;
  const body =
    line && at >= 0 ? text.slice(0, at) + " ".repeat(line.text.length) + text.slice(at + line.text.length) : text;
  const found = readDates(body, reference).filter((d) => !published || d.date <= published.date);
  const byDay = new Map<string, number>();
  for (const d of found) byDay.set(d.date, (byDay.get(d.date) ?? 0) + d.weight + (d.index < text.length / 3 ? 0.5 : 0));
  const dates = [...found].sort((a, b) => (byDay.get(b.date) ?? 0) - (byDay.get(a.date) ?? 0) || a.index - b.index);
  // The event date: the best-supported day in a sentence about violence. A date line alone does not date the
  // events (a republished story keeps its first text under a new date), so without such a day there is none.
  const date: ArticleDate | undefined = dates.find((d) => d.weight >= 1);
  // The span: from a day the fighting began, within a week before the event date, to the event date.
  const began = date
    ? dates
        .filter((d) => d.began && d.date <= date.date && d.date >= shift(date.date, -7))
        .map((d) => d.date)
        .sort()[0]
    : undefined;
  const span = date ? { start: began ?? date.date, end: date.date } : undefined;
  const tokens = tokenize(text);
  if (
    !reference &&
    !line &&
    DATEISH.test(text) &&
    found.length === 0 &&
    /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|yesterday|today|понедельник|вторник|сред[аыу]|четверг|пятниц|суббот|воскресень|вчера|сегодня/iu.test(
      text,
    )
  )
    warnings.push(
      "the text names days relative to its publication (a weekday, yesterday) and has no date line: give the publication date (published, or --published) to resolve them",
    );
  return {
    ...(published ? { published } : {}),
    ...(date ? { date } : {}),
    dates,
    ...(span ? { span } : {}),
    places: readPlaces(text === "" ? ({ places: [] } as unknown as ArticleDataset) : data, text, tokens),
    figures: readFigures(data, text),
    parties: partiesIn(text),
    violent: violenceIn(text) > 0,
    language: (text.match(/[а-яё]/giu)?.length ?? 0) > (text.match(/[a-z]/gi)?.length ?? 0) ? "ru" : "en",
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}
