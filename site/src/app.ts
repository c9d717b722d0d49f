// The explorer over one dataset (the shipped release, or any dataset made with createDataset): filters in the
// URL drive the package's own filterIncidents, whose result feeds the map, the timeline, the table and the
// downloads.
import { createMap } from "./map.js";
import { type AnyDataset, episodesOf, type Incident, type Place, SIDE_LABEL, SIDES } from "./model.js";
import { LANGUAGES, placeName, placeNameLang, type Language } from "./names.js";
import { renderIncident, renderPlaceList } from "./panel.js";
import { EMPTY_STATE, parseState, serializeState, toQuery, validTiles, type ViewState } from "./state.js";
import { html } from "./svg.js";
import { createTable } from "./table.js";
import { createTimeline } from "./timeline.js";

export interface ExplorerHandle {
  /** Renders done so far (tests wait on it), and how long the last one took, in milliseconds. */
  readonly renders: number;
  readonly lastRenderMs: number;
  readonly state: ViewState;
  readonly shown: number;
  /** Where the last render's time went: filterIncidents, map, timeline, table (milliseconds). */
  readonly timings: Readonly<Record<string, number>>;
}

declare global {
  interface Window {
    explorer?: ExplorerHandle;
  }
}

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = html("a", { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function mountExplorer(root: HTMLElement, dataset: AnyDataset, options: { title: string; note: string }): void {
  const types = [...new Set(dataset.incidents.flatMap((incident) => incident.types))].sort();
  const sides = SIDES.filter((side) => dataset.parties.some((party) => party.side === side));
  const episodes = [...new Set(dataset.incidents.flatMap(episodesOf))].sort();
  // Episode names, if the dataset lists its episodes (named spans) as records: `{ id, name | title }`.
  const episodeRecords = (dataset as { episodes?: readonly { id?: unknown; name?: unknown; title?: unknown }[] })
    .episodes;
  const episodeName = (id: string) => {
    const record = Array.isArray(episodeRecords) ? episodeRecords.find((episode) => episode?.id === id) : undefined;
    const name = record?.name ?? record?.title;
    return typeof name === "string" ? name : id;
  };
  const parsed = parseState(location.search, dataset, types, episodes);

  let state: ViewState = parsed.state;
  let renders = 0;
  let lastRenderMs = 0;
  let shown = 0;
  let timings: Record<string, number> = {};
  let current: Incident[] = [];
  let placeChoice: { place: Place; incidents: readonly Incident[] } | null = null;

  // ---- Layout
  const count = html("output", { "data-testid": "incident-count", "aria-live": "polite", text: "0" });
  const notice = html("p", { class: "notice", role: "status", hidden: true });
  const filters = html("form", { "data-testid": "filters", class: "filters", "aria-label": "Filters" });
  const mapSection = html(
    "section",
    { "data-testid": "map", class: "map", "aria-labelledby": "map-heading" },
    html("h2", { id: "map-heading", text: "Map" }),
    html("p", {
      class: "hint",
      text: "One circle per place with incidents in the selection: its area is the people killed there, as each side reported its own dead (a figure only the other side gave is left out of the map and the timeline; the incident panel lists every claim; an incident with several places counts at its first), its colour the side with the most dead or the commonest type. A dashed circle is a place without coordinates (a border section, the line of contact), drawn at the unit that contains it. Choose a circle to open its incident.",
    }),
  );
  const panel = html("section", {
    "data-testid": "incident-panel",
    class: "panel",
    "aria-labelledby": "panel-heading",
    tabindex: -1,
  });
  const timelineSection = html(
    "section",
    { "data-testid": "timeline", class: "timeline", "aria-labelledby": "timeline-heading" },
    html("h2", { id: "timeline-heading", text: "Timeline" }),
    html("p", {
      class: "hint",
      text: "Drag across the timeline to choose a date range; the From and To fields do the same from the keyboard.",
    }),
  );
  const tableSection = html(
    "section",
    { class: "table-view", "aria-labelledby": "table-heading" },
    html("h2", { id: "table-heading", text: "Table" }),
  );
  const downloads = html("div", { class: "downloads", role: "group", "aria-label": "Download the selection" });
  root.append(
    html("header", {}, html("h1", { text: options.title }), html("p", { class: "lede", text: options.note })),
    html(
      "main",
      {},
      filters,
      html("p", { class: "status" }, count, " incidents in the selection. ", downloads),
      notice,
      html("div", { class: "grid" }, mapSection, panel),
      timelineSection,
      tableSection,
    ),
  );

  // ---- Filters
  const field = (label: string, control: HTMLElement, id: string) =>
    html("div", { class: "field" }, html("label", { for: id, text: label }), control);
  const from = html("input", {
    type: "month",
    id: "f-from",
    name: "from",
    min: dataset.info.span.start.slice(0, 7),
    max: dataset.info.span.end.slice(0, 7),
  });
  const to = html("input", {
    type: "month",
    id: "f-to",
    name: "to",
    min: dataset.info.span.start.slice(0, 7),
    max: dataset.info.span.end.slice(0, 7),
  });
  const sideBoxes = sides.map((side) =>
    html("input", { type: "checkbox", name: "side", value: side, id: `f-side-${side}` }),
  );
  const sideSet = html(
    "fieldset",
    { class: "checks" },
    html("legend", { text: "Side (any of)" }),
    ...sideBoxes.map((box) =>
      html("label", { for: box.id }, box, ` ${SIDE_LABEL[box.value as keyof typeof SIDE_LABEL]}`),
    ),
  );
  const partySelect = html("select", { id: "f-party", name: "party" }, html("option", { value: "", text: "any" }));
  for (const party of [...dataset.parties].sort((a, b) => a.name.localeCompare(b.name)))
    partySelect.append(
      html("option", {
        value: party.id,
        text: `${party.name} (${SIDE_LABEL[party.side as keyof typeof SIDE_LABEL] ?? party.side})`,
      }),
    );
  const typeBoxes = types.map((type) =>
    html("input", { type: "checkbox", name: "type", value: type, id: `f-type-${type}` }),
  );
  const typeSet = html(
    "fieldset",
    { class: "checks" },
    html("legend", { text: "Type (any of)" }),
    ...typeBoxes.map((box) => html("label", { for: box.id }, box, ` ${box.value.replaceAll("-", " ")}`)),
  );
  const placeInput = html("input", {
    type: "search",
    id: "f-place",
    autocomplete: "off",
    placeholder: "a name in any spelling or script",
    "aria-describedby": "f-place-help",
  });
  const placeResults = html("ul", { class: "place-results", "aria-label": "Matching places" });
  const placeStatus = html("p", {
    id: "f-place-help",
    class: "hint",
    "aria-live": "polite",
    text: "Type a place, then choose it; a province selects everything inside it.",
  });
  const placeChips = html("ul", { class: "chips", "aria-label": "Chosen places" });
  const episodeSelect = html(
    "select",
    { id: "f-episode", name: "episode" },
    html("option", { value: "", text: "any" }),
    ...episodes.map((episode) => html("option", { value: episode, text: episodeName(episode) })),
  );
  const langSelect = html(
    "select",
    { id: "f-lang", name: "lang" },
    ...LANGUAGES.map((language) => html("option", { value: language.code, text: language.label })),
  );
  const colourSelect = html(
    "select",
    { id: "f-colour", name: "colour" },
    html("option", { value: "side", text: "side" }),
    html("option", { value: "type", text: "type" }),
  );
  const reset = html("button", { type: "button", text: "Clear filters" });
  const tilesInput = html("input", {
    type: "url",
    id: "f-tiles",
    placeholder: "https://…/{z}/{x}/{y}.png",
    size: 40,
    "aria-describedby": "f-tiles-help",
  });
  const tilesOption = html(
    "details",
    { class: "map-options" },
    html("summary", { text: "Background map tiles (optional)" }),
    field("Tile URL template", tilesInput, "f-tiles"),
    html("p", {
      id: "f-tiles-help",
      class: "hint",
      text: "Off by default: the page draws its own outlines and works offline. A template with {z}, {x} and {y} (from a tile service whose terms allow it) adds a background; it is kept in the link.",
    }),
  );
  filters.append(
    html(
      "div",
      { class: "row" },
      field("From (month)", from, "f-from"),
      field("To (month)", to, "f-to"),
      field("Actor", partySelect, "f-party"),
      episodes.length ? field("Episode", episodeSelect, "f-episode") : null,
    ),
    html("div", { class: "row" }, sideSet, typeSet),
    html(
      "div",
      { class: "row" },
      html(
        "div",
        { class: "field place-field" },
        html("label", { for: "f-place", text: "Place" }),
        placeInput,
        placeStatus,
        placeResults,
        placeChips,
      ),
    ),
    html(
      "div",
      { class: "row" },
      field("Place names in", langSelect, "f-lang"),
      field("Colour markers by", colourSelect, "f-colour"),
      reset,
    ),
    tilesOption,
  );
  filters.addEventListener("submit", (event) => event.preventDefault());

  const setState = (next: Partial<ViewState>) => {
    state = { ...state, ...next };
    render();
  };
  const monthValue = (value: string) => value.slice(0, 7);
  from.addEventListener("change", () => setState({ from: from.value }));
  to.addEventListener("change", () => setState({ to: to.value }));
  const partyFromForm = () => [
    ...sideBoxes.filter((box) => box.checked).map((box) => box.value),
    ...(partySelect.value ? [partySelect.value] : []),
  ];
  for (const box of sideBoxes) box.addEventListener("change", () => setState({ party: partyFromForm() }));
  partySelect.addEventListener("change", () => setState({ party: partyFromForm() }));
  for (const box of typeBoxes)
    box.addEventListener("change", () => setState({ type: typeBoxes.filter((b) => b.checked).map((b) => b.value) }));
  episodeSelect.addEventListener("change", () => setState({ episode: episodeSelect.value }));
  langSelect.addEventListener("change", () => setState({ lang: langSelect.value as Language }));
  colourSelect.addEventListener("change", () => setState({ colour: colourSelect.value === "type" ? "type" : "side" }));
  tilesInput.addEventListener("change", () => {
    const value = tilesInput.value.trim();
    if (value === "" || validTiles(value)) setState({ tiles: value });
    else showNotice("A tile URL template starts with http:// or https:// and contains {z}, {x} and {y}.");
  });
  reset.addEventListener("click", () => {
    placeInput.value = "";
    placeResults.replaceChildren();
    setState({ ...EMPTY_STATE, lang: state.lang, colour: state.colour });
  });

  const choosePlace = (place: Place) => {
    placeInput.value = "";
    placeResults.replaceChildren();
    placeStatus.textContent = `Chose ${placeName(place, state.lang)}.`;
    if (!state.place.includes(place.id)) setState({ place: [...state.place, place.id] });
  };
  let matches: Place[] = [];
  placeInput.addEventListener("input", () => {
    const text = placeInput.value.trim();
    matches = text ? dataset.findPlaces(text).slice(0, 8) : [];
    placeResults.replaceChildren(
      ...matches.map((place) => {
        const button = html(
          "button",
          { type: "button", class: "link", "data-place": place.id },
          html("span", { lang: placeNameLang(place, state.lang), text: placeName(place, state.lang) }),
          ` (${place.kind}${place.parent ? `, ${placeName(dataset.getPlace(place.parent), state.lang)}` : ""})`,
        );
        button.addEventListener("click", () => choosePlace(place));
        return html("li", {}, button);
      }),
    );
    placeStatus.textContent = text
      ? matches.length
        ? `${matches.length} matching place${matches.length === 1 ? "" : "s"}; Enter chooses the first.`
        : "No place has that name."
      : "Type a place, then choose it; a province selects everything inside it.";
  });
  placeInput.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      if (matches[0]) choosePlace(matches[0]);
    }
  });

  // ---- Downloads, through the package's writers
  const stamp = () =>
    serializeState({ ...state, incident: "", lang: "en", colour: "side", tiles: "" }) ? "selection" : "all";
  const downloadButton = (label: string, make: () => [string, string, string]) => {
    const button = html("button", { type: "button", text: label });
    button.addEventListener("click", () => {
      try {
        download(...make());
      } catch (error) {
        showNotice(`Could not write the file: ${(error as Error).message}`);
      }
    });
    return button;
  };
  downloads.append(
    "Download: ",
    downloadButton("incidents CSV", () => [`incidents-${stamp()}.csv`, "text/csv", dataset.toCSV(current)]),
    " ",
    downloadButton("claims CSV", () => [
      `claims-${stamp()}.csv`,
      "text/csv",
      dataset.toCSV(current, { table: "claims" }),
    ]),
    " ",
    downloadButton("GeoJSON", () => [
      `incidents-${stamp()}.geojson`,
      "application/geo+json",
      `${JSON.stringify(dataset.toGeoJSON(current), null, 2)}\n`,
    ]),
  );

  function showNotice(text: string) {
    notice.textContent = text;
    notice.hidden = text === "";
  }

  // ---- Views
  const openIncident = (id: string) => {
    placeChoice = null;
    setState({ incident: id });
    panel.querySelector<HTMLElement>("h2")?.focus();
  };
  const mapFrame = html("div", { class: "map-frame" });
  mapSection.append(mapFrame);
  const map = createMap(mapFrame, dataset, (incidents, place) => {
    if (incidents.length === 1) openIncident(incidents[0]!.id);
    else {
      placeChoice = { place, incidents };
      setState({ incident: "" });
      panel.querySelector<HTMLElement>("h2")?.focus();
    }
  });
  const timelineFrame = html("div", { class: "timeline-frame" });
  timelineSection.append(timelineFrame);
  const timeline = createTimeline(timelineFrame, dataset.info.span, (start, end) => setState({ from: start, to: end }));
  const table = createTable(tableSection, dataset, openIncident);

  function syncForm() {
    from.value = monthValue(state.from);
    to.value = monthValue(state.to);
    for (const box of sideBoxes) box.checked = state.party.includes(box.value);
    partySelect.value = state.party.find((value) => !(sides as readonly string[]).includes(value)) ?? "";
    for (const box of typeBoxes) box.checked = state.type.includes(box.value);
    episodeSelect.value = state.episode;
    langSelect.value = state.lang;
    colourSelect.value = state.colour;
    tilesInput.value = state.tiles;
    placeChips.replaceChildren(
      ...state.place.map((id) => {
        const place = dataset.getPlace(id);
        const remove = html(
          "button",
          { type: "button", class: "chip", "aria-label": `Remove place ${placeName(place, state.lang)}` },
          html("span", { lang: placeNameLang(place, state.lang), text: placeName(place, state.lang) }),
          " ×",
        );
        remove.addEventListener("click", () => setState({ place: state.place.filter((other) => other !== id) }));
        return html("li", {}, remove);
      }),
    );
  }

  // The panel is redrawn only when what it shows changes (not on every filter change).
  let panelKey = "";
  function renderPanel() {
    const key = `${state.incident}|${placeChoice ? placeChoice.place.id : ""}|${placeChoice?.incidents.length ?? 0}|${state.lang}`;
    if (key === panelKey) return;
    panelKey = key;
    if (state.incident) {
      const incident = dataset.getIncident(state.incident);
      const close = html("button", { type: "button", class: "close", text: "Close" });
      close.addEventListener("click", () => setState({ incident: "" }));
      panel.replaceChildren(close, renderIncident(dataset, incident, state.lang));
    } else if (placeChoice) {
      panel.replaceChildren(renderPlaceList(placeChoice.place, placeChoice.incidents, state.lang, openIncident));
    } else {
      panel.replaceChildren(
        html("h2", { id: "panel-heading", tabindex: -1, text: "Incident" }),
        html("p", {
          class: "hint",
          text: "Choose a location on the map or an incident in the table to see every claim about it, side by side, with its sources.",
        }),
      );
    }
    const heading = panel.querySelector("h2");
    if (heading?.id) panel.setAttribute("aria-labelledby", heading.id);
  }

  function render() {
    const started = performance.now();
    let selection: Incident[];
    try {
      selection = dataset.filterIncidents(toQuery(state));
      showNotice(
        parsed.ignored.length && renders === 0
          ? `Ignored what this data does not know: ${parsed.ignored.join(", ")}.`
          : "",
      );
    } catch (error) {
      selection = [];
      showNotice(`These filters cannot be applied: ${(error as Error).message}`);
    }
    const filtered = performance.now();
    current = selection;
    shown = selection.length;
    count.textContent = String(shown);
    syncForm();
    map.update(selection, state.lang, state.colour, types, state.tiles);
    const mapped = performance.now();
    timeline.update(selection, state.from, state.to);
    const timelined = performance.now();
    table.update(selection, state.lang);
    const tabled = performance.now();
    renderPanel();
    const query = serializeState(state);
    if (query !== location.search) history.replaceState(null, "", `${location.pathname}${query}${location.hash}`);
    document.documentElement.lang = "en";
    renders += 1;
    lastRenderMs = performance.now() - started;
    timings = {
      filter: filtered - started,
      map: mapped - filtered,
      timeline: timelined - mapped,
      table: tabled - timelined,
      rest: lastRenderMs - (tabled - started),
    };
    root.dataset["renders"] = String(renders);
  }

  window.explorer = {
    get renders() {
      return renders;
    },
    get lastRenderMs() {
      return lastRenderMs;
    },
    get state() {
      return state;
    },
    get shown() {
      return shown;
    },
    get timings() {
      return timings;
    },
  };
  render();
  root.dataset["ready"] = "true";
  performance.mark("explorer-ready");
}
