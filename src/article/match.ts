// matchArticle: the incidents an article most likely reports, best first, with the evidence for and against.
import { daysBetween } from "../dates/calendar.js";
import type { Incident } from "../schema/index.js";
import { readArticleIn } from "./read.js";
import type { ArticleOptions, ArticleReading, SideName } from "./reading.js";
import type { ArticleDataset } from "./types.js";

export interface Evidence {
  kind: "date" | "place" | "figure";
  /** Agrees with the record (true) or contradicts it (false). */
  agrees: boolean;
  /** What the article says and what the record says, in words. */
  detail: string;
  points: number;
}

export interface ArticleMatch {
  incident: Incident;
  score: number;
  evidence: Evidence[];
}

/**
 * The points each kind of evidence is worth, by name. An incident's score is the sum of its evidence; the best
 * score ranks first, and an incident needs `minimumScore` to be listed at all.
 */
const WEIGHTS = {
  /** The article's day inside a record's span of up to 3 days, dated to the day (longer spans earn less). */
  dateInSpan: 4,
  /** The article's day inside a record dated only to the month. */
  dateInMonthSpan: 0.5,
  /** The article's day one day before or after a record's span. */
  dateNextToSpan: 1.5,
  /**
   * The article names only the day of a statement ("the ministry said on Thursday"): the events fell on that day or
   * up to `statementLagDays` before. A record ending in those days agrees, by this much; a record whose span holds
   * the statement day earns its date points times `statementDayFactor` (the day bounds the events, it does not date them).
   */
  dateBeforeStatement: 1,
  statementLagDays: 3,
  statementDayFactor: 0.5,
  /** A place the record names, with the same relation (at, near), or as the area it lies within. */
  placeAtLocation: 3,
  placeAsRecordArea: 2,
  /** The article names a place that lies inside the record's location. */
  placeInsideLocation: 1.5,
  /** The article names a settlement or height around the record's location, or a larger area around it. */
  placeAroundLocation: 1,
  areaAroundLocation: 0.75,
  /** A count equal to a claim on that side's losses; without a side, less; a single death is a common figure. */
  figureOnSide: 2.5,
  figureWithoutSide: 1,
  singleCasualty: -0.5,
  /** A count on a side that differs from every claim on that side's losses. */
  figureDisagrees: -0.5,
  /** A record dated only to the month. */
  notToTheDay: -1,
  /** The least score to be listed. */
  minimumScore: 3,
  /** Places, or figures, worth this much count as support of their own (without a day that fits, both must). */
  enoughSupport: 2,
  /** A span up to this many days counts in full; a longer one (a blockade, a war) for less and less. */
  shortSpanDays: 3,
} as const;

const days = daysBetween;

function sideOf(data: ArticleDataset, party: string): string {
  try {
    return data.getParty(party).side;
  } catch {
    return "other";
  }
}

const civilianParty = (party: string) => party.endsWith("-civilians");

function scoreIncident(data: ArticleDataset, reading: ArticleReading, incident: Incident): ArticleMatch | undefined {
  const evidence: Evidence[] = [];
  const { start, end, precision } = incident.span;
  const length = days(start, end) + 1;
  // Dates: the article's day inside the span; a long span (a blockade, a war) counts for little.
  const textual = reading.date;
  let dateAgrees = false;
  if (textual) {
    const d = textual.date;
    const factor = textual.statement ? WEIGHTS.statementDayFactor : 1;
    if (d >= start && d <= end) {
      const points =
        factor *
        (precision === "day"
          ? length <= WEIGHTS.shortSpanDays
            ? WEIGHTS.dateInSpan
            : WEIGHTS.dateInSpan / (1 + Math.log2(length / WEIGHTS.shortSpanDays))
          : WEIGHTS.dateInMonthSpan);
      evidence.push({ kind: "date", agrees: true, detail: `${d} (“${textual.text}”) in ${start}–${end}`, points });
      dateAgrees = true;
    } else if (textual.statement && end < d && days(end, d) <= WEIGHTS.statementLagDays) {
      evidence.push({
        kind: "date",
        agrees: true,
        detail: `${start}–${end} ends ${days(end, d)} day(s) before the statement of ${d} (“${textual.text}”)`,
        points: WEIGHTS.dateBeforeStatement,
      });
      dateAgrees = true;
    } else {
      const gap = Math.min(Math.abs(days(d, start)), Math.abs(days(d, end)));
      if (gap > 1) return undefined;
      evidence.push({
        kind: "date",
        agrees: true,
        detail: `${d} (“${textual.text}”) a day from ${start}–${end}`,
        points: factor * WEIGHTS.dateNextToSpan,
      });
      dateAgrees = true;
    }
  } else if (reading.published && start > reading.published.date) {
    return undefined; // the record begins after the article was published
  }
  // Places: a place the record names, or one inside or around it.
  let placePoints = 0;
  const seen = new Set<string>();
  for (const found of reading.places) {
    if (found.place.kind === "country" || seen.has(found.place.id)) continue;
    let best: Evidence | undefined;
    for (const location of incident.locations) {
      let points = 0,
        how = "";
      if (location.place === found.place.id) {
        points = location.relation === "within" ? WEIGHTS.placeAsRecordArea : WEIGHTS.placeAtLocation;
        how = `the record's ${location.relation} ${location.place}`;
      } else if (data.isWithin(location.place, found.place.id)) {
        points =
          found.place.kind === "settlement" || found.place.kind === "height"
            ? WEIGHTS.placeAroundLocation
            : WEIGHTS.areaAroundLocation;
        how = `${location.place} lies within it`;
      } else if (data.isWithin(found.place.id, location.place)) {
        points = WEIGHTS.placeInsideLocation;
        how = `it lies within the record's ${location.place}`;
      }
      if (points > (best?.points ?? 0))
        best = { kind: "place", agrees: true, detail: `“${found.text}” (${found.place.id}): ${how}`, points };
    }
    if (best) {
      seen.add(found.place.id);
      evidence.push(best);
      placePoints += best.points;
    }
  }
  // Figures: each side's count against the claims on that side's losses.
  let figurePoints = 0;
  const used = new Set<string>();
  for (const figure of reading.figures) {
    const key = `${figure.side}/${figure.category}/${figure.count}`;
    if (used.has(key)) continue;
    used.add(key);
    const claims = incident.casualties.filter((c) => {
      if (figure.side === undefined) return true;
      const side = sideOf(data, c.losses);
      const sameSide =
        side === figure.side ||
        (figure.side !== "azerbaijan" &&
          side !== "azerbaijan" &&
          side !== "other" &&
          side !== "russia" &&
          figure.side !== "russia");
      return sameSide && (!figure.civilians || civilianParty(c.losses));
    });
    const numeric = claims.filter((c) => typeof c[figure.category] === "number");
    const agreeing = numeric.find((c) => c[figure.category] === figure.count);
    if (agreeing) {
      const points =
        (figure.side ? WEIGHTS.figureOnSide : WEIGHTS.figureWithoutSide) +
        (figure.count === 1 ? WEIGHTS.singleCasualty : 0);
      evidence.push({
        kind: "figure",
        agrees: true,
        detail: `${figure.count} ${figure.category} (${figure.side ?? "side not said"}) = ${agreeing.claimant ?? "unattributed"}'s claim on ${agreeing.losses}`,
        points,
      });
      figurePoints += points;
    } else if (numeric.length > 0 && figure.side) {
      evidence.push({
        kind: "figure",
        agrees: false,
        detail: `${figure.count} ${figure.category} (${figure.side}); the record's claims say ${numeric.map((c) => c[figure.category]).join(", ")}`,
        points: WEIGHTS.figureDisagrees,
      });
      figurePoints += WEIGHTS.figureDisagrees;
    }
  }
  if (placePoints === 0 && figurePoints < WEIGHTS.enoughSupport) return undefined;
  if (!dateAgrees && (placePoints < WEIGHTS.enoughSupport || figurePoints < WEIGHTS.enoughSupport)) return undefined;
  const score = evidence.reduce((sum, e) => sum + e.points, 0) + (precision === "day" ? 0 : WEIGHTS.notToTheDay);
  if (score < WEIGHTS.minimumScore) return undefined;
  return { incident, score: Math.round(score * 100) / 100, evidence };
}

/** The incidents of `data` an article most likely reports, best first; empty when nothing fits. */
export function matchReading(data: ArticleDataset, reading: ArticleReading): ArticleMatch[] {
  if (!reading.violent) return [];
  const matches: ArticleMatch[] = [];
  for (const incident of data.incidents) {
    const match = scoreIncident(data, reading, incident);
    if (match) matches.push(match);
  }
  const length = (m: ArticleMatch) => days(m.incident.span.start, m.incident.span.end);
  return matches
    .sort((a, b) => b.score - a.score || length(a) - length(b) || (a.incident.id < b.incident.id ? -1 : 1))
    .slice(0, 10);
}

export function matchArticleIn(data: ArticleDataset, text: string, options: ArticleOptions = {}): ArticleMatch[] {
  return matchReading(data, readArticleIn(data, text, options));
}

export type { SideName };
