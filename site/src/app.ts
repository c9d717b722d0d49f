// The explorer over one dataset (the shipped release, or any dataset made with createDataset): filters in the
// URL drive the package's own filterIncidents, whose result feeds the map, the timeline, the charts, the table and
// the downloads. The map comes first, under a compact bar of filters; each change of view is a step of the
// browser's history, so Back and Forward step through views.
import type { ChartsView } from "./charts.js";
import { createMap, mapSketches } from "./map.js";
import { type AnyDataset, episodesOf, FIGURES_WORDS, type Incident, type Place, SIDE_LABEL, SIDES } from "./model.js";
import { LANGUAGES, placeName, placeNameLang, type Language } from "./names.js";
import { renderEpisode, renderIncident, renderPlaceList } from "./panel.js";
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
  /** The incidents whose figures the map drew at each place, by place id (tests check that none is drawn twice). */
  readonly counted: Readonly<Record<string, readonly string[]>>;
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
  const figuresNote = html("p", { class: "hint", "data-testid": "figures-note" });
  const figureChoices = (["own", "other"] as const).map((value) =>
    html("input", { type: "radio", name: "figures", value, id: `f-figures-${value}` }),
  );
  const figuresSwitch = html(
    "fieldset",
    { class: "checks figures-switch" },
    html("legend", { text: "Figures of the dead" }),
    ...figureChoices.map((box) =>
      html("label", { for: box.id }, box, box.value === "own" ? " each side's own" : " the other side's claims"),
    ),
  );
  const mapSection = html(
    "section",
    { "data-testid": "map", class: "map", "aria-labelledby": "map-heading" },
    html("div", { class: "map-head" }, html("h2", { id: "map-heading", text: "Map" }), figuresSwitch),
  );
  const mapHint = html("p", {
    class: "hint",
    text: "One circle per place with incidents in the selection: its area is the people killed there, its colour the side with the most dead or the commonest type. Each incident's dead are drawn once, at its first place. An incident on a line (the line of contact, a border section, the Lachin corridor) is drawn on that line, its circle at the line's middle point; a dashed circle is a place without coordinates, drawn at the unit that contains it. Choose a circle to open its incidents.",
  });
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
      text: "Drag across the timeline to choose a date range. From the keyboard, focus the timeline: the arrow keys move the range a month (Page Up and Page Down a year), Shift with an arrow moves its end, Home and End stretch it to the first or last month, Escape clears it.",
    }),
  );
  const chartsSection = html(
    "section",
    { "data-testid": "charts", class: "charts", "aria-labelledby": "charts-heading" },
    html("h2", { id: "charts-heading", text: "The record over time" }),
  );
  const tableSection = html(
    "section",
    { class: "table-view", "aria-labelledby": "table-heading" },
    html("h2", { id: "table-heading", text: "Table" }),
  );
  const downloads = html("div", { class: "downloads", role: "group", "aria-label": "Download the selection" });
  const sketches = mapSketches(dataset);
  const linkedPlaces = (list: readonly Place[]) =>
    list.map((place) => {
      const source = place.coordinateSource;
      return source && "url" in source
        ? html("a", { href: source.url, rel: "noopener noreferrer", target: "_blank", text: place.label })
        : html("span", { text: source ? `${place.label} (GeoNames ${source.geonamesId})` : place.label });
    });
  const joined = (nodes: HTMLElement[]) => nodes.flatMap((node, index) => (index ? [", ", node] : [node]));
  const mapSources = html(
    "section",
    { class: "map-sources", "aria-labelledby": "map-sources-heading" },
    html("h2", { id: "map-sources-heading", text: "What the map is drawn from" }),
    html(
      "p",
      {},
      "Country outlines and the Armenia–Azerbaijan border: ",
      html("a", { href: "https://www.naturalearthdata.com/", text: "Natural Earth" }),
      " 1:50m (public domain), through the ",
      html("a", { href: "https://www.npmjs.com/package/world-atlas", text: "world-atlas" }),
      " package.",
    ),
    sketches.lines.length
      ? html(
          "p",
          {},
          "The line of contact (1994–2020), the border sections and the corridor are sketches, not surveys: each is drawn through named places of the package's gazetteer, whose coordinates are cited there. ",
          ...sketches.lines.flatMap((line) => {
            const through = (line.line?.source as { throughPlaces?: readonly string[] } | undefined)?.throughPlaces;
            return through
              ? [
                  html("strong", { text: line.label }),
                  ": through ",
                  ...joined(linkedPlaces(through.map((id) => dataset.getPlace(id)))),
                  ". ",
                ]
              : [];
          }),
        )
      : null,
    sketches.karabakh.length >= 3
      ? html(
          "p",
          {},
          "Nagorno-Karabakh's shaded area is the hull of the located places the gazetteer puts in the region, not the boundary of the former autonomous oblast (no boundary dataset with a licence that allows it ships with the page): ",
          ...joined(linkedPlaces(sketches.karabakh)),
          ".",
        )
      : null,
    html("p", {
      text: "The records are CC BY 4.0, the code MIT. Every figure is a claim by someone, attributed and cited in the incident panel.",
    }),
  );
  const moreFilters = html("details", { class: "more-filters" }, html("summary", { text: "Filters" }));
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
      chartsSection,
      tableSection,
      mapSources,
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
    text: "Type, then choose; a province selects all inside it.",
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
  // A compact bar: the dates, the episode and the place first; the rest beside them. Open on a wide screen; on a
  // phone it folds under its summary, so the map comes first.
  moreFilters.append(
    html(
      "div",
      { class: "row first" },
      field("From (month)", from, "f-from"),
      field("To (month)", to, "f-to"),
      episodes.length ? field("Episode", episodeSelect, "f-episode") : null,
      field("Actor", partySelect, "f-party"),
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
      sideSet,
      field("Place names in", langSelect, "f-lang"),
      field("Colour markers by", colourSelect, "f-colour"),
      reset,
    ),
    html("div", { class: "row" }, typeSet),
    tilesOption,
  );
  moreFilters.open = typeof matchMedia !== "function" || matchMedia("(min-width: 700px)").matches;
  filters.append(moreFilters);
  filters.addEventListener("submit", (event) => event.preventDefault());

  // Every change a reader makes is a step of the history: Back and Forward step through views.
  const setState = (next: Partial<ViewState>) => {
    state = { ...state, ...next };
    render("push");
  };
  window.addEventListener("popstate", () => {
    state = parseState(location.search, dataset, types, episodes).state;
    placeChoice = null;
    render("none");
  });
  for (const box of figureChoices)
    box.addEventListener("change", () => setState({ figures: box.value === "other" ? "other" : "own" }));
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
    setState({ ...EMPTY_STATE, lang: state.lang, colour: state.colour, figures: state.figures });
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
      : "Type, then choose; a province selects all inside it.";
  });
  placeInput.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      if (matches[0]) choosePlace(matches[0]);
    }
  });

  // ---- Downloads, through the package's writers
  const stamp = () =>
    serializeState({ ...state, incident: "", lang: "en", colour: "side", figures: "own", tiles: "" })
      ? "selection"
      : "all";
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
  mapSection.append(mapFrame, figuresNote, mapHint);
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
  const timeline = createTimeline(timelineFrame, dataset.info.span, dataset, (start, end) =>
    setState({ from: start, to: end }),
  );
  const table = createTable(tableSection, dataset, openIncident);

  // The charts load on their own once scrolled to (Observable Plot is most of their weight), and are redrawn only
  // while they can be seen, after the map and the timeline have painted.
  const chartsFrame = html("div", { class: "charts-frame" }, html("p", { class: "hint", text: "Loading the charts…" }));
  chartsSection.append(chartsFrame);
  let charts: ChartsView | null = null;
  let chartsVisible = false;
  let chartsDrawn = "";
  const drawCharts = () => {
    const key = `${renders}`;
    if (!charts || !chartsVisible || key === chartsDrawn) return;
    chartsDrawn = key;
    charts.update(current, state.figures);
  };
  const watchCharts = () => {
    if (typeof IntersectionObserver !== "function") return;
    new IntersectionObserver((items) => {
      chartsVisible = items.some((item) => item.isIntersecting);
      if (!chartsVisible) return;
      if (charts) drawCharts();
      else
        void import("./charts.js").then(({ createCharts }) => {
          if (charts) return;
          chartsFrame.replaceChildren();
          charts = createCharts(chartsFrame, dataset, types);
          drawCharts();
        });
    }).observe(chartsSection);
  };
  const scheduleCharts = () => {
    if (charts && chartsVisible) requestAnimationFrame(() => setTimeout(drawCharts, 0));
  };

  function syncForm() {
    from.value = monthValue(state.from);
    to.value = monthValue(state.to);
    for (const box of sideBoxes) box.checked = state.party.includes(box.value);
    partySelect.value = state.party.find((value) => !(sides as readonly string[]).includes(value)) ?? "";
    for (const box of typeBoxes) box.checked = state.type.includes(box.value);
    episodeSelect.value = state.episode;
    langSelect.value = state.lang;
    colourSelect.value = state.colour;
    for (const box of figureChoices) box.checked = box.value === state.figures;
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
    const key = `${state.incident}|${placeChoice ? placeChoice.place.id : ""}|${placeChoice?.incidents.length ?? 0}|${state.lang}|${state.episode}`;
    if (key === panelKey) return;
    panelKey = key;
    if (state.incident) {
      const incident = dataset.getIncident(state.incident);
      const close = html("button", { type: "button", class: "close", text: "Close" });
      close.addEventListener("click", () => setState({ incident: "" }));
      panel.replaceChildren(close, renderIncident(dataset, incident, state.lang));
    } else if (placeChoice) {
      panel.replaceChildren(renderPlaceList(placeChoice.place, placeChoice.incidents, state.lang, openIncident));
    } else if (state.episode && dataset.isEpisodeId(state.episode)) {
      const close = html("button", { type: "button", class: "close", text: "All episodes" });
      close.addEventListener("click", () => setState({ episode: "" }));
      panel.replaceChildren(close, renderEpisode(dataset, state.episode, openIncident));
    } else {
      // The episodes (wars, escalations, the blockade) to open, each with its figures side by side.
      const list = html("ul", { class: "episode-list", "aria-labelledby": "episodes-heading" });
      for (const id of episodes) {
        const button = html("button", { type: "button", class: "link", "data-episode": id, text: episodeName(id) });
        button.addEventListener("click", () => {
          setState({ episode: id });
          panel.querySelector<HTMLElement>("h2")?.focus();
        });
        list.append(html("li", {}, button));
      }
      panel.replaceChildren(
        html("h2", { id: "panel-heading", tabindex: -1, text: "Incident" }),
        html("p", {
          class: "hint",
          text: "Choose a location on the map or an incident in the table to see every claim about it, side by side, with its sources.",
        }),
        ...(episodes.length
          ? [html("h3", { id: "episodes-heading", text: "Episodes: each side's figures, side by side" }), list]
          : []),
      );
    }
    const heading = panel.querySelector("h2");
    if (heading?.id) panel.setAttribute("aria-labelledby", heading.id);
  }

  function render(history: "push" | "replace" | "none" = "replace") {
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
    figuresNote.textContent = `The map, the timeline and the charts draw ${FIGURES_WORDS[state.figures]}${state.figures === "own" ? " (a figure only the other side gave is left out; switch to see the other side's claims)" : " (the highest of the other side's latest figures; an upper bound never counts)"}. The incident panel lists every claim.`;
    map.update(selection, state.lang, state.colour, types, state.tiles, state.figures);
    const mapped = performance.now();
    timeline.update(selection, state.from, state.to, state.figures);
    const timelined = performance.now();
    table.update(selection, state.lang);
    const tabled = performance.now();
    renderPanel();
    const query = serializeState(state);
    if (query !== location.search && history !== "none") {
      const url = `${location.pathname}${query}${location.hash}`;
      if (history === "push") window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    }
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
    scheduleCharts();
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
    get counted() {
      return Object.fromEntries(map.counted);
    },
  };
  render();
  watchCharts();
  root.dataset["ready"] = "true";
  performance.mark("explorer-ready");
}
