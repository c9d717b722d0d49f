// The table view: a real table of the selection, one row per incident, with a button that opens each one.
import { type AnyDataset, type Incident, killedBySide, SIDE_LABEL, isSide } from "./model.js";
import { placeName, type Language } from "./names.js";
import { scrollBox } from "./panel.js";
import { html } from "./svg.js";

const PAGE = 100;

export interface TableView {
  update(incidents: readonly Incident[], language: Language): void;
}

export function createTable(container: HTMLElement, dataset: AnyDataset, open: (id: string) => void): TableView {
  const table = html("table", { "data-testid": "table", class: "incidents" });
  const caption = html("caption");
  const head = html(
    "thead",
    {},
    html(
      "tr",
      {},
      ...["Dates", "Incident", "Type", "Places", "Sides", "Killed (best figure, by side of the dead)"].map((text) =>
        html("th", { scope: "col", text }),
      ),
    ),
  );
  const body = html("tbody");
  // Fixed column widths: the browser lays out the rows without measuring every cell first.
  const colgroup = html(
    "colgroup",
    {},
    ...["9em", "28%", "12%", "auto", "10%", "13%"].map((width) => html("col", { style: `width: ${width}` })),
  );
  table.append(caption, colgroup, head, body);
  const more = html("button", { type: "button", class: "more", hidden: true });
  container.append(scrollBox("Incidents in the selection", table), more);
  let limit = PAGE;
  let last: { incidents: readonly Incident[]; language: Language } | null = null;
  more.addEventListener("click", () => {
    limit = Infinity;
    if (last) draw(last.incidents, last.language);
  });
  const placeLabel = new Map<string, string>();
  let labelLanguage: Language | null = null;

  function draw(incidents: readonly Incident[], language: Language) {
    if (labelLanguage !== language) {
      placeLabel.clear();
      labelLanguage = language;
    }
    const name = (id: string) => {
      let label = placeLabel.get(id);
      if (label === undefined) placeLabel.set(id, (label = placeName(dataset.getPlace(id), language)));
      return label;
    };
    const shown = incidents.slice(0, limit);
    caption.textContent = `Incidents in the selection: ${incidents.length}${shown.length < incidents.length ? `, the first ${shown.length} shown` : ""}`;
    const rows = document.createDocumentFragment();
    for (const incident of shown) {
      const button = html("button", {
        type: "button",
        class: "link",
        "data-incident": incident.id,
        text: incident.title,
      });
      button.addEventListener("click", () => open(incident.id));
      const killed = [...killedBySide(incident)]
        .map(([side, value]) => `${isSide(side) ? SIDE_LABEL[side] : side} ${value}`)
        .join(", ");
      rows.append(
        html(
          "tr",
          {},
          html("td", {
            text:
              incident.span.start === incident.span.end
                ? incident.span.start
                : `${incident.span.start} – ${incident.span.end}`,
          }),
          html("th", { scope: "row" }, button),
          html("td", { text: incident.types.map((type) => type.replaceAll("-", " ")).join(", ") }),
          html("td", { text: incident.locations.map((location) => name(location.place)).join("; ") }),
          html("td", { text: incident.sides.map((side) => (isSide(side) ? SIDE_LABEL[side] : side)).join(", ") }),
          html("td", { text: killed || "–" }),
        ),
      );
    }
    body.replaceChildren(rows);
    more.hidden = shown.length >= incidents.length;
    more.textContent = `Show all ${incidents.length} incidents`;
  }

  return {
    update(incidents, language) {
      last = { incidents, language };
      limit = PAGE;
      draw(incidents, language);
    },
  };
}
