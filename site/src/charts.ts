// The record over time, drawn with Observable Plot: incidents per month by side and type, and the parties' own
// figures of their dead per year (or the other side's claims, when the reader switches), as the package's
// casualtyTotals gives them. Loaded on its own (a dynamic import), once the charts are scrolled to, so the map and
// the timeline do not wait for it.
import * as Plot from "@observablehq/plot";
import {
  type AnyDataset,
  type Figures,
  FIGURES_WORDS,
  type Incident,
  SIDE_COLOUR,
  SIDE_LABEL,
  SIDES,
  isSide,
  typeColour,
} from "./model.js";
import { html } from "./svg.js";

export interface ChartsView {
  update(incidents: readonly Incident[], figures: Figures): void;
}

const sideLabel = (side: string) => (isSide(side) ? SIDE_LABEL[side] : side);

/**
 * Plot names each mark's group with aria-label; a plain group may not carry one (axe: aria-prohibited-attr), so
 * the names stay on the charts themselves, with their descriptions, and leave the groups.
 */
function tidy<T extends Element>(chart: T): T {
  for (const group of chart.querySelectorAll("g[aria-label]"))
    if (!group.getAttribute("role")) group.removeAttribute("aria-label");
  return chart;
}

export function createCharts(container: HTMLElement, dataset: AnyDataset, types: readonly string[]): ChartsView {
  const monthly = html("figure", { class: "chart", "data-testid": "chart-monthly" });
  const yearly = html("figure", { class: "chart", "data-testid": "chart-yearly" });
  container.append(monthly, yearly);
  const sides = SIDES.filter((side) => dataset.parties.some((party) => party.side === side));

  return {
    update(incidents, figures) {
      const width = Math.max(300, Math.min(1200, container.clientWidth || 800));
      // One row per incident and side: an incident between two sides counts in both sides' rows, by its first type.
      const rows = incidents.flatMap((incident) =>
        incident.sides.map((side) => ({
          month: new Date(`${incident.span.start.slice(0, 7)}-01T00:00:00Z`),
          side: sideLabel(side),
          type: (incident.types[0] ?? "other").replaceAll("-", " "),
        })),
      );
      const typeDomain = types.map((type) => type.replaceAll("-", " "));
      const monthlyPlot = Plot.plot({
        width,
        height: 90 * Math.max(1, sides.length) + 60,
        marginLeft: 44,
        marginRight: width < 500 ? 10 : 110,
        ariaLabel: "Incidents per month, by side and type",
        ariaDescription:
          "One row per side: the incidents that side is party to, each month, coloured by the incident's first type; an incident between two sides counts in both rows.",
        x: { type: "utc", label: null },
        y: { label: "incidents", grid: true, ticks: 3 },
        fy: { label: null, domain: sides.map(sideLabel), axis: width < 500 ? null : "right" },
        color: {
          domain: typeDomain,
          range: types.map((type) => typeColour(types, type)),
          legend: true,
        },
        marks: [
          Plot.rectY(rows, {
            ...Plot.binX<Plot.RectYOptions>({ y: "count" }, { x: "month", interval: "month", fill: "type", tip: true }),
            fy: "side",
          }),
          width < 500
            ? Plot.text(sides.map(sideLabel), {
                fy: (side: string) => side,
                frameAnchor: "top-left",
                text: (side: string) => side,
                dy: 4,
                dx: 4,
              })
            : null,
          Plot.ruleY([0]),
        ],
      });
      monthly.replaceChildren(
        html("figcaption", {
          text: "Incidents per month that each side is party to, coloured by each incident's first type (an incident between two sides counts in both rows).",
        }),
        tidy(monthlyPlot),
      );

      // The parties' figures per year, by the package's casualtyTotals: an episode's own totals stand for its
      // incidents where the whole episode is in the selection.
      const totals = dataset.casualtyTotals(incidents, { by: "year" }).flatMap((total) => {
        const killed = total[figures].killed;
        return killed ? [{ year: total.year, side: sideLabel(total.side), killed }] : [];
      });
      const years: string[] = [];
      const firstYear = Number(dataset.info.span.start.slice(0, 4));
      const lastYear = Number(dataset.info.span.end.slice(0, 4));
      for (let year = firstYear; year <= lastYear; year++) years.push(String(year));
      const yearlyPlot = Plot.plot({
        width,
        height: 260,
        marginLeft: 52,
        ariaLabel: `People killed per year, ${FIGURES_WORDS[figures]}`,
        ariaDescription:
          "Stacked bars: each side's dead in each year by the figures named in the caption, as the package's casualtyTotals sums them.",
        x: { label: null, domain: years, tickRotate: width < 500 ? -90 : 0 },
        y: { label: "killed", grid: true },
        color: {
          domain: sides.map(sideLabel),
          range: sides.map((side) => SIDE_COLOUR[side]),
          legend: true,
        },
        marks: [Plot.barY(totals, { x: "year", y: "killed", fill: "side", tip: true }), Plot.ruleY([0])],
      });
      yearly.replaceChildren(
        html("figcaption", {
          text: `People killed per year, ${FIGURES_WORDS[figures]}, by the side whose dead they are. Where a whole episode (a war, an escalation) is in the selection, the totals its parties gave for it stand for its incidents' own figures, so no death counts twice.`,
        }),
        tidy(yearlyPlot),
      );
    },
  };
}
