// The timeline: incidents per month (by start month) above, people killed per month (each side's own figures for its dead) below,
// stacked by the side whose losses they are (or the other side's claims about them, when the reader switches). A brush
// across it sets the date range, snapped to whole months; from the keyboard, the arrow keys move the range a month
// (Page Up and Page Down a year), Shift with the arrows moves its end, Home and End stretch it to the record's first
// or last month, and Escape clears it.
import { brushX, type BrushBehavior } from "d3-brush";
import { scaleLinear } from "d3-scale";
import { select } from "d3-selection";
import {
  type AnyDataset,
  type Figures,
  FIGURES_WORDS,
  type Incident,
  killedBySide,
  SIDE_COLOUR,
  SIDE_LABEL,
  SIDES,
} from "./model.js";
import { svg } from "./svg.js";

const WIDTH = 800;
const TOP = 8;
const COUNT_HEIGHT = 70;
const GAP = 18;
const KILLED_HEIGHT = 90;
const AXIS = 22;
const HEIGHT = TOP + COUNT_HEIGHT + GAP + KILLED_HEIGHT + AXIS;
const LEFT = 44;
const RIGHT = 10;

export interface TimelineView {
  update(incidents: readonly Incident[], from: string, to: string, figures: Figures): void;
}

function monthIndex(date: string): number {
  return Number(date.slice(0, 4)) * 12 + (Number(date.slice(5, 7) || "1") - 1);
}
function monthName(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

export function createTimeline(
  container: HTMLElement,
  span: { start: string; end: string },
  dataset: AnyDataset,
  onRange: (from: string, to: string) => void,
): TimelineView {
  const first = span.start ? monthIndex(span.start) : monthIndex(new Date().toISOString());
  const last = span.end ? Math.max(first, monthIndex(span.end)) : first;
  const months = last - first + 1;
  const x = scaleLinear()
    .domain([first, last + 1])
    .range([LEFT, WIDTH - RIGHT]);
  const root = svg("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: "timeline-svg", role: "img" }, container);
  const title = svg("title", {}, root);
  const bars = svg("g", { class: "bars" }, root);
  const axis = svg("g", { class: "axis", "aria-hidden": "true" }, root);
  const labels = svg("g", { class: "axis", "aria-hidden": "true" }, root);

  // Year ticks.
  for (let year = Math.ceil(first / 12); year * 12 <= last; year++) {
    const px = x(year * 12);
    svg("line", { x1: px, x2: px, y1: TOP, y2: HEIGHT - AXIS + 4, class: "tick" }, axis);
    const step = Math.max(1, Math.ceil(months / 12 / 12));
    if (year % step === 0)
      svg("text", { x: px + 2, y: HEIGHT - 6, class: "tick-label" }, axis).textContent = String(year);
  }
  const countLabel = svg("text", { x: 4, y: TOP + 10, class: "panel-label" }, labels);
  const killedLabel = svg("text", { x: 4, y: TOP + COUNT_HEIGHT + GAP + 10, class: "panel-label" }, labels);
  const barWidth = Math.max(1, (WIDTH - LEFT - RIGHT) / months - (months > 200 ? 0 : 1));

  let moving = false;
  const brush: BrushBehavior<unknown> = brushX()
    .extent([
      [LEFT, TOP],
      [WIDTH - RIGHT, HEIGHT - AXIS],
    ])
    .on("end", (event: { selection: [number, number] | null; sourceEvent?: unknown }) => {
      if (moving || !event.sourceEvent) return;
      if (!event.selection) return onRange("", "");
      const start = Math.max(first, Math.floor(x.invert(event.selection[0])));
      const end = Math.min(last, Math.max(start, Math.ceil(x.invert(event.selection[1])) - 1));
      onRange(monthName(start), monthName(end));
    });
  const brushGroup = svg("g", { class: "brush", "aria-hidden": "true" }, root);
  const brushSelection = select(brushGroup as SVGGElement) as unknown as Parameters<BrushBehavior<unknown>>[0];
  brush(brushSelection);

  // The keyboard: the container is focusable and moves the range as the brush would.
  let range: [number, number] | null = null;
  container.tabIndex = 0;
  container.setAttribute("role", "group");
  container.setAttribute(
    "aria-label",
    "Date range: arrow keys move it a month, Page Up and Page Down a year, Shift with an arrow moves its end, Home and End stretch it to the first or last month, Escape clears it",
  );
  container.addEventListener("keydown", (event) => {
    const [start, end] = range ?? [Math.max(first, last - 11), last];
    const width = end - start;
    const clampMove = (by: number) => {
      const moved = Math.min(Math.max(start + by, first), last - width);
      return [moved, moved + width] as const;
    };
    let next: readonly [number, number] | null | undefined;
    if (event.key === "Escape") next = null;
    else if (
      event.key === "ArrowLeft" ||
      event.key === "ArrowRight" ||
      event.key === "PageUp" ||
      event.key === "PageDown"
    ) {
      const step =
        (event.key.startsWith("Page") ? 12 : 1) * (event.key === "ArrowLeft" || event.key === "PageUp" ? -1 : 1);
      if (!range) next = [start, end];
      else if (event.shiftKey) next = [start, Math.min(last, Math.max(start, end + step))];
      else next = clampMove(step);
    } else if (event.key === "Home") next = [first, end];
    else if (event.key === "End") next = [start, last];
    if (next === undefined) return;
    event.preventDefault();
    if (next === null) onRange("", "");
    else onRange(monthName(next[0]), monthName(next[1]));
  });

  return {
    update(incidents, from, to, figures) {
      const counts = new Float64Array(months);
      const killed = SIDES.map(() => new Float64Array(months));
      for (const incident of incidents) {
        const index = monthIndex(incident.span.start) - first;
        if (index < 0 || index >= months) continue;
        counts[index]! += 1;
        for (const [side, value] of killedBySide(incident, figures, dataset)) {
          const row = SIDES.indexOf(side as (typeof SIDES)[number]);
          killed[row < 0 ? SIDES.length - 1 : row]![index]! += value;
        }
      }
      const maxCount = Math.max(1, ...counts);
      let maxKilled = 1;
      for (let index = 0; index < months; index++) {
        let total = 0;
        for (const row of killed) total += row[index]!;
        maxKilled = Math.max(maxKilled, total);
      }
      countLabel.textContent = `incidents per month (max ${maxCount})`;
      killedLabel.textContent = `killed per month, ${FIGURES_WORDS[figures]} (max ${maxKilled})`;
      const countScale = scaleLinear()
        .domain([0, maxCount])
        .range([0, COUNT_HEIGHT - 14]);
      const killedScale = scaleLinear()
        .domain([0, maxKilled])
        .range([0, KILLED_HEIGHT - 14]);
      const fragment = document.createDocumentFragment();
      const countBase = TOP + COUNT_HEIGHT;
      const killedBase = TOP + COUNT_HEIGHT + GAP + KILLED_HEIGHT;
      for (let index = 0; index < months; index++) {
        const px = x(first + index).toFixed(1);
        const count = counts[index]!;
        if (count > 0) {
          const h = Math.max(1, countScale(count));
          svg(
            "rect",
            {
              x: px,
              y: (countBase - h).toFixed(1),
              width: barWidth.toFixed(2),
              height: h.toFixed(1),
              class: "bar-count",
            },
            fragment,
          );
        }
        let y = killedBase;
        SIDES.forEach((side, row) => {
          const value = killed[row]![index]!;
          if (value <= 0) return;
          const h = Math.max(1, killedScale(value));
          y -= h;
          svg(
            "rect",
            { x: px, y: y.toFixed(1), width: barWidth.toFixed(2), height: h.toFixed(1), fill: SIDE_COLOUR[side] },
            fragment,
          );
        });
      }
      bars.replaceChildren(fragment);
      const total = counts.reduce((sum, value) => sum + value, 0);
      title.textContent = `Timeline: ${total} incidents from ${monthName(first)} to ${monthName(last)}; the table below lists them. Colours: ${SIDES.map((side) => `${SIDE_LABEL[side]} ${SIDE_COLOUR[side]}`).join(", ")}.`;
      // Show the selected range as the brush, without reporting it back.
      moving = true;
      range = null;
      if (from || to) {
        const start = from ? Math.max(first, monthIndex(from)) : first;
        const end = to ? Math.min(last, monthIndex(to)) : last;
        range = end >= start ? [start, end] : null;
        brush.move(brushSelection, range ? [x(start), x(end + 1)] : null);
      } else brush.move(brushSelection, null);
      moving = false;
    },
  };
}
