// What every reader of an article shares: sentences, the words of violence, days as YYYY-MM-DD.
import { addDays } from "../dates/calendar.js";

const VIOLENCE =
  /\b(kill\p{L}*|dead|died|death|wound\p{L}*|injur\p{L}*|fire[ds]?|firing|shell\p{L}*|clash\p{L}*|fight\p{L}*|attack\p{L}*|drone\p{L}*|mortar\p{L}*|artillery|casualt\p{L}*|hostilit\p{L}*|skirmish\p{L}*|captured|missing|strike[s]?|struck|hit|detained|explo\p{L}*|blast|offensive|blockade\p{L}*)\b|(удар\p{L}*|взрыв\p{L}*|задержан\p{L}*|обострил\p{L}*|погиб\p{L}*|убит\p{L}*|ранен\p{L}*|обстрел\p{L}*|огонь|огня|столкновени\p{L}*|бо[йеия](?!\p{L})|атак\p{L}*|беспилотник\p{L}*|дрон\p{L}*|минометн\p{L}*|артиллери\p{L}*|пленн?\p{L}*|пропал\p{L}*)/giu;

const pad = (n: number) => String(n).padStart(2, "0");
export const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
/** A day moved by a number of days: the package's one day arithmetic (src/dates/calendar.ts). */
export const shift = addDays;

export function sentences(text: string): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  const pattern = /[^.!?\n]+(?:[.!?]+(?=\s|$)|\n|$)/g;
  for (const match of text.matchAll(pattern))
    if (match[0].trim() !== "") out.push({ text: match[0], index: match.index });
  return out;
}

export function violenceIn(sentence: string): number {
  return [...sentence.matchAll(VIOLENCE)].length;
}
