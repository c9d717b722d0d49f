// Claimants: who speaks in a sentence (an office, a side's government, a leader by name), resolved through the
// dataset's parties, never to an id the dataset lacks.
import type { Party } from "../schema/index.js";
import { normalizeName } from "../gazetteer/normalize.js";
import type { SideName } from "./reading.js";
import type { ArticleDataset } from "./types.js";

const SIDE_WORDS: [RegExp, SideName][] = [
  [/^(ethnic-armenian|karabakh\p{L}*|artsakh\p{L}*|карабах\p{L}*|арцах\p{L}*)$/u, "nagorno-karabakh"],
  [/^(armenian?s?|armenias|армян\p{L}*|армени\p{L}*)$/u, "armenia"],
  [/^(azerbaijani?s?|azerbaijans|azeris?|азерба[йи]джан\p{L}*)$/u, "azerbaijan"],
  [/^(russian?s?|russias|российск\p{L}*|русск\p{L}*)$/u, "russia"],
];

export function sideOfWord(word: string): SideName | undefined {
  return SIDE_WORDS.find(([pattern]) => pattern.test(word))?.[1];
}

export interface Claimant {
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
export function claimantsIn(data: ArticleDataset, sentence: string): Claimant[] {
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
