// Casualty totals by year and by the side whose losses are claimed, each claimant camp apart: the figures the
// command line's `stats` prints, by the estimate rules (each claimant's latest figure; see ./estimates.ts).
import type { SideValue } from "../schema/enums.js";
import { CASUALTY_CATEGORIES, type CasualtyCategory } from "../schema/categories.js";
import { campOf, figuresOf, latestPerClaimant, ownCampFigure } from "./estimates.js";

/** One total per casualty category; `null` where no incident counted gives a number (never 0 for "unknown"). */
export type CasualtyCounts = { readonly [C in CasualtyCategory]: number | null };

/** The totals of one year (or of every year) for the losses of one side, each claimant camp apart. */
export interface CasualtyTotal {
  /** The year of the incidents' start, `YYYY`; `"all"` when the totals are not grouped by year. */
  readonly year: string;
  /** The side whose losses are claimed. */
  readonly side: SideValue;
  /** How many incidents have a casualty claim about this side's losses. */
  readonly incidents: number;
  /** Summed over incidents: the latest figure the losing side's own camp gave. */
  readonly own: CasualtyCounts;
  /** Summed over incidents: the highest of the latest figures given by claimants of another camp. */
  readonly other: CasualtyCounts;
}

/** How `casualtyTotals` groups: by year of an incident's start (default), or over all the incidents given. */
export interface CasualtyTotalsOptions {
  readonly by?: "year" | "all";
}

interface IncidentLike {
  readonly span: { readonly start: string };
  readonly estimates: readonly { readonly losses: string; readonly side: string }[];
  readonly casualties: readonly Parameters<typeof figuresOf>[0][number][];
}

const emptyCounts = (): Record<CasualtyCategory, number | null> => ({ killed: null, wounded: null, captured: null, missing: null });

/**
 * Totals by year and losing side. Figures a source gives without attribution count in neither camp; a category
 * for which no claim gives a number stays `null`. Sorted by year, then side.
 */
export function casualtyTotalsOf(
  incidents: readonly IncidentLike[],
  sideOf: (party: string) => string | undefined,
  options: CasualtyTotalsOptions = {},
): CasualtyTotal[] {
  const by = (options ?? {}).by ?? "year";
  if (by !== "year" && by !== "all") throw new TypeError(`casualtyTotals: by must be "year" or "all", not ${String(by).slice(0, 100)}`);
  type Mutable = { year: string; side: SideValue; incidents: number; own: Record<CasualtyCategory, number | null>; other: Record<CasualtyCategory, number | null> };
  const totals = new Map<string, Mutable>();
  const add = (counts: Record<CasualtyCategory, number | null>, category: CasualtyCategory, value: number | undefined) => {
    if (value !== undefined) counts[category] = (counts[category] ?? 0) + value;
  };
  for (const incident of incidents) {
    const year = by === "year" ? incident.span.start.slice(0, 4) : "all";
    const sidesCounted = new Set<string>();
    for (const estimate of incident.estimates) {
      const key = `${year} ${estimate.side}`;
      const total = totals.get(key) ?? { year, side: estimate.side as SideValue, incidents: 0, own: emptyCounts(), other: emptyCounts() };
      if (!sidesCounted.has(estimate.side)) total.incidents += 1;
      sidesCounted.add(estimate.side);
      const claims = incident.casualties.filter((claim) => claim.losses === estimate.losses);
      for (const category of CASUALTY_CATEGORIES) {
        const figures = latestPerClaimant(figuresOf(claims, category));
        add(total.own, category, ownCampFigure(figures, estimate.side, sideOf));
        const others = figures.filter((f) => {
          const side = sideOf(f.claimant);
          return side !== undefined && campOf(side) !== campOf(estimate.side);
        });
        add(total.other, category, others.length > 0 ? Math.max(...others.map((f) => f.value)) : undefined);
      }
      totals.set(key, total);
    }
  }
  return [...totals.values()].sort((a, b) => (a.year === b.year ? (a.side < b.side ? -1 : 1) : a.year < b.year ? -1 : 1));
}
