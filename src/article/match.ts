// matchArticle: the incidents an article most likely reports, best first, with the evidence for and against.
import type { Incident } from "../schema/index.js";
import { type ArticleOptions, type ArticleReading, readArticleIn, type SideName } from "./read.js";
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

const DAY = 86_400_000;
const days = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / DAY);

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
    if (d >= start && d <= end) {
      const points = precision === "day" ? (length <= 3 ? 4 : 4 / (1 + Math.log2(length / 3))) : 0.5;
      evidence.push({ kind: "date", agrees: true, detail: `${d} (“${textual.text}”) in ${start}–${end}`, points });
      dateAgrees = true;
    } else {
      const gap = Math.min(Math.abs(days(d, start)), Math.abs(days(d, end)));
      if (gap > 1) return undefined;
      evidence.push({
        kind: "date",
        agrees: true,
        detail: `${d} (“${textual.text}”) a day from ${start}–${end}`,
        points: 1.5,
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
        points = location.relation === "within" ? 2 : 3;
        how = `the record's ${location.relation} ${location.place}`;
      } else if (data.isWithin(location.place, found.place.id)) {
        points = found.place.kind === "settlement" || found.place.kind === "height" ? 1 : 0.75;
        how = `${location.place} lies within it`;
      } else if (data.isWithin(found.place.id, location.place)) {
        points = 1.5;
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
      const points = (figure.side ? 2.5 : 1) + (figure.count === 1 ? -0.5 : 0);
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
        points: -0.5,
      });
      figurePoints -= 0.5;
    }
  }
  if (placePoints === 0 && figurePoints < 2) return undefined;
  if (!dateAgrees && (placePoints < 2 || figurePoints < 2)) return undefined;
  const score = evidence.reduce((sum, e) => sum + e.points, 0) - (precision === "day" ? 0 : 1);
  if (score < 3) return undefined;
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
