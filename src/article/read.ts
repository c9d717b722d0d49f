// readArticle: what a news article says (dates, places, casualty figures, parties), each with the words it came from.
import type { ArticleDataset } from "./types.js";
import type { ArticleDate, ArticleOptions, ArticleReading } from "./reading.js";
import { dateLine, DATEISH, readDates, yearsNamed } from "./dates.js";
import { partiesIn, readFigures } from "./figures.js";
import { readPlaces, tokenize } from "./places.js";
import { iso, shift, violenceIn } from "./text.js";

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
