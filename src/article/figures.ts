// Figures: casualty counts (digits or words) with their category, whose losses, and who says so; the sides named.
import { numberOf, RU_COLLECTIVE } from "./numbers.js";
import { type Claimant, claimantsIn, sideOfWord } from "./claimants.js";
import type { ArticleFigure, Category, SideName } from "./reading.js";
import { sentences } from "./text.js";
import type { ArticleDataset } from "./types.js";

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

export function readFigures(data: ArticleDataset, text: string): ArticleFigure[] {
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

export function partiesIn(text: string): SideName[] {
  const sides: SideName[] = [];
  if (/armenia|армян|армени|yerevan|ереван/iu.test(text)) sides.push("armenia");
  if (/azerbaij|azeri|азербайджан|baku|баку/iu.test(text)) sides.push("azerbaijan");
  if (/nagorno|karabakh|artsakh|карабах|арцах/iu.test(text)) sides.push("nagorno-karabakh");
  if (/russia|росси|русск/iu.test(text)) sides.push("russia");
  return sides;
}
