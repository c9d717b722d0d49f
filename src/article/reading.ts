// The types of a reading: what readArticle returns, each part with the words it came from.
import type { CasualtyCategory } from "../schema/categories.js";
import type { SideValue } from "../schema/enums.js";
import type { Place } from "../schema/index.js";

/** A side an article can name: any of the package's sides but "other". */
export type SideName = Exclude<SideValue, "other">;
/** A casualty category, as the package's enum lists them. */
export type Category = CasualtyCategory;

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
