// Dates: the date line, and every day the text names, resolved against the reference day and weighed by the
// violence of the sentence around it.
import * as en from "chrono-node/en";
import * as ru from "chrono-node/ru";
import type { ArticleDate } from "./reading.js";
import { iso, sentences, shift, violenceIn } from "./text.js";

// Only sentences with a word that can name a day go through chrono (the slow part of reading).
export const DATEISH =
  /\b(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*\d|\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{4}-\d{2}-\d{2}|\b(today|yesterday|tonight|this (morning|afternoon|evening))\b|понедельник|вторник|сред[аыу]|четверг|пятниц|суббот|воскресень|январ|феврал|марта?(?!\p{L})|апрел|ма[яй](?!\p{L})|июн|июл|август|сентябр|октябр|ноябр|декабр|сегодня|вчера|позавчера/iu;

const MONTH_WORD =
  "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?|(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр)\\p{L}*";
/** A news agency's date line: "YEREVAN, Sept 14 —", "BAKU, 14 September (Reuters) -", "ЕРЕВАН, 14 сентября —". */
const AGENCY_LINE = new RegExp(
  `^\\s*(?:[\\p{Lu}][\\p{L}.'’ -]{1,40},\\s*)((?:${MONTH_WORD})\\s*\\d{1,2}(?:,?\\s*\\d{4})?|\\d{1,2}\\s+(?:${MONTH_WORD})(?:\\s*\\d{4})?)(?:\\s*\\([^)\\n]{1,30}\\))?\\s*(?:[—–]|\\s-\\s)`,
  "iu",
);

export interface DateLine {
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
export function dateLine(text: string): DateLine | undefined {
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
export function yearsNamed(text: string): number[] {
  return [
    ...new Set([...text.matchAll(/(?<![\p{L}\p{N}-])(199\d|20\d\d)(?![\p{L}\p{N}]|-\d)/gu)].map((m) => Number(m[1]))),
  ];
}

export function readDates(
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
