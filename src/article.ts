// The `armenia-azerbaijan-incidents/article` entry: read a news article, find its incident, draft a new record.
// It brings chrono-node (dates) and the records; the main entry brings neither.
import { release } from "./index.js";
import { checkDataset, checkOptions, checkText } from "./article/arguments.js";
import { draftIncidentIn as draftIn, type DraftOptions, type IncidentDraft } from "./article/draft.js";
import { type ArticleMatch, matchArticleIn as matchIn } from "./article/match.js";
import { readArticleIn as readIn } from "./article/read.js";
import type { ArticleOptions, ArticleReading } from "./article/reading.js";
import type { ArticleDataset } from "./article/types.js";

/** `readArticle` over any dataset (one from createDataset, say). */
export function readArticleIn(data: ArticleDataset, text: string, options: ArticleOptions = {}): ArticleReading {
  checkDataset(data);
  checkText(text);
  checkOptions(options, { published: "optional" });
  return readIn(data, text, options);
}

/** `matchArticle` over any dataset (one from createDataset, say). */
export function matchArticleIn(data: ArticleDataset, text: string, options: ArticleOptions = {}): ArticleMatch[] {
  checkDataset(data);
  checkText(text);
  checkOptions(options, { published: "optional" });
  return matchIn(data, text, options);
}

/** `draftIncident` over any dataset (one from createDataset, say). */
export function draftIncidentIn(data: ArticleDataset, text: string, options: DraftOptions): IncidentDraft {
  checkDataset(data);
  checkText(text);
  checkOptions(options, { published: "required" });
  return draftIn(data, text, options);
}

/** What an article says (dates, places, figures, parties), each with the words it came from, read with the shipped gazetteer. */
export function readArticle(text: string, options: ArticleOptions = {}): ArticleReading {
  return readArticleIn(release, text, options);
}

/** The shipped incidents an article most likely reports, best first, with the evidence; empty when nothing fits. */
export function matchArticle(text: string, options: ArticleOptions = {}): ArticleMatch[] {
  return matchArticleIn(release, text, options);
}

/** A draft record in the source format from an article, with what a curator must still check. */
export function draftIncident(text: string, options: DraftOptions): IncidentDraft {
  return draftIncidentIn(release, text, options);
}

export type {
  ArticleDate,
  ArticleFigure,
  ArticleOptions,
  ArticlePlace,
  ArticleReading,
  Category,
  SideName,
} from "./article/reading.js";
export type { ArticleMatch, Evidence } from "./article/match.js";
export type { DraftClaim, DraftOptions, DraftRecord, DraftSource, IncidentDraft } from "./article/draft.js";
export type { ArticleDataset } from "./article/types.js";
