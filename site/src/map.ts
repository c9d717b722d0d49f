// The map: country outlines and the Armenia–Azerbaijan border (Natural Earth, shipped with the page), Nagorno-
// Karabakh and every line of the gazetteer (the line of contact of 1994-2020, border sections, the Lachin corridor)
// as the gazetteer draws them through its cited, located places, the administrative units' names (none drawn over
// another), and one marker per place with incidents in the selection, sized by people killed there and coloured by
// side or type. A place drawn as a line is drawn on its line (coloured) with its marker at the line's middle vertex,
// one of the named places it runs through; a place with neither a point nor a line is drawn at its nearest
// ancestor that has one, with a dashed outline. As in the package's GeoJSON, a location that could only stand on a
// country's point is left out when the incident has a finer place, and an incident's figures are drawn once.
import { geoMercator, geoPath, type GeoPermissibleObjects } from "d3-geo";
import { scaleSqrt } from "d3-scale";
import outlines, { border } from "virtual:outlines";
import {
  type AnyDataset,
  type Figures,
  FIGURES_WORDS,
  type Incident,
  killedBySide,
  killedTotal,
  type Place,
  SIDE_COLOUR,
  SIDE_LABEL,
  isSide,
  typeColour,
} from "./model.js";
import { placeName, placeNameLang, type Language } from "./names.js";
import type { ColourBy } from "./state.js";
import { html, svg } from "./svg.js";

const WIDTH = 800;
const HEIGHT = 560;
const LABEL_PRIORITY: Record<string, number> = { country: 0, region: 1, province: 2, district: 3 };
/** The region the map outlines, when the dataset's gazetteer has it. */
const KARABAKH = "nagorno-karabakh";
const LINE_OF_CONTACT = "nagorno-karabakh-line-of-contact";

export interface MapView {
  update(
    incidents: readonly Incident[],
    language: Language,
    colourBy: ColourBy,
    types: readonly string[],
    tiles: string,
    figures: Figures,
  ): void;
  /** The incidents whose figures the last render drew at each place, by place id (each incident at one place). */
  readonly counted: ReadonlyMap<string, readonly string[]>;
}

interface Located {
  place: Place;
  /** The point drawn: the place's own coordinates, a vertex of its line, or its nearest ancestor's point. */
  point: readonly [number, number];
  /** The ancestor whose point stands in, when the place has no geometry of its own. */
  approximate: Place | null;
  line: GeoPermissibleObjects | null;
}

/** The convex hull of points (Andrew's monotone chain), counter-clockwise; fewer than three points give none. */
function hull(points: readonly (readonly [number, number])[]): [number, number][] {
  const sorted = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (sorted.length < 3) return [];
  const cross = (o: readonly number[], a: readonly number[], b: readonly number[]) =>
    (a[0]! - o[0]!) * (b[1]! - o[1]!) - (a[1]! - o[1]!) * (b[0]! - o[0]!);
  const half = (list: readonly (readonly [number, number])[]) => {
    const out: [number, number][] = [];
    for (const point of list) {
      while (out.length >= 2 && cross(out[out.length - 2]!, out[out.length - 1]!, point) <= 0) out.pop();
      out.push([point[0], point[1]]);
    }
    out.pop();
    return out;
  };
  return [...half(sorted), ...half([...sorted].reverse())];
}

export function createMap(
  container: HTMLElement,
  dataset: AnyDataset,
  onSelect: (incidents: readonly Incident[], place: Place) => void,
): MapView {
  // Two layers: the background (outlines, lines, names), drawn once, and above it the incidents, redrawn on every
  // change of the selection; a filter change repaints only the upper layer.
  const root = svg(
    "svg",
    { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, "aria-hidden": "true", class: "map-svg map-background" },
    container,
  );
  const overlay = svg(
    "svg",
    {
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      role: "group",
      "aria-label": "Map of incident locations",
      class: "map-overlay",
    },
    container,
  );
  const legend = html("ul", { class: "legend", "aria-label": "Map legend" });
  container.append(legend);
  const lineOf = (place: Place): GeoPermissibleObjects | null =>
    place.line
      ? { type: "LineString", coordinates: place.line.coordinates.map(([lon, lat]) => [lon, lat] as [number, number]) }
      : null;
  const located = new Map<string, Located | null>();
  const locate = (id: string): Located | null => {
    if (located.has(id)) return located.get(id)!;
    const place = dataset.getPlace(id);
    const line = lineOf(place);
    let result: Located | null = null;
    const vertices = place.line?.coordinates;
    const middle = vertices?.[Math.floor((vertices.length - 1) / 2)];
    if (place.coordinates)
      result = { place, point: [place.coordinates[0], place.coordinates[1]], approximate: null, line };
    // A line without a point of its own is marked at its middle vertex, one of the named places it runs through.
    else if (middle) result = { place, point: [middle[0], middle[1]], approximate: null, line };
    else {
      const ancestor = dataset.ancestorsOf(id).find((candidate) => candidate.coordinates);
      if (ancestor?.coordinates)
        result = { place, point: [ancestor.coordinates[0], ancestor.coordinates[1]], approximate: ancestor, line };
    }
    located.set(id, result);
    return result;
  };
  const atCountry = (where: Located) => (where.approximate ?? where.place).kind === "country";

  // Frame the places of the record (not all of Turkey and Iran).
  const framed = dataset.places
    .filter((place) => place.coordinates && place.kind !== "country")
    .map((place) => place.coordinates!);
  const frame: GeoPermissibleObjects = framed.length
    ? { type: "MultiPoint", coordinates: framed.map((c) => [c[0], c[1]]) }
    : {
        type: "MultiPoint",
        coordinates: [
          [43.4, 38.3],
          [50.6, 41.9],
        ],
      };
  const projection = geoMercator().fitExtent(
    [
      [40, 40],
      [WIDTH - 40, HEIGHT - 40],
    ],
    frame,
  );
  const path = geoPath(projection);
  svg("rect", { x: 0, y: 0, width: WIDTH, height: HEIGHT, class: "sea" }, root);
  const tileLayer = svg("g", { class: "tiles", "aria-hidden": "true" }, root);
  let tilesDrawn = "";
  // Web Mercator tiles under the same projection: at zoom z the world is 2^z tiles across, and d3's Mercator at
  // scale s makes it 2πs pixels wide, centred on the projection's translate.
  const drawTiles = (template: string) => {
    if (template === tilesDrawn) return;
    tilesDrawn = template;
    tileLayer.replaceChildren();
    root.classList.toggle("with-tiles", template !== "");
    if (!template) return;
    const world = 2 * Math.PI * projection.scale();
    const z = Math.max(0, Math.min(18, Math.round(Math.log2(world / 256))));
    const size = world / 2 ** z;
    const [tx, ty] = projection.translate();
    const left = tx - world / 2;
    const top = ty - world / 2;
    for (let x = Math.floor(-left / size); x * size + left < WIDTH; x++) {
      for (let y = Math.floor(-top / size); y * size + top < HEIGHT; y++) {
        if (x < 0 || y < 0 || x >= 2 ** z || y >= 2 ** z) continue;
        const href = template.replace("{z}", String(z)).replace("{x}", String(x)).replace("{y}", String(y));
        svg(
          "image",
          {
            href,
            x: (left + x * size).toFixed(2),
            y: (top + y * size).toFixed(2),
            width: size.toFixed(2),
            height: size.toFixed(2),
            preserveAspectRatio: "none",
          },
          tileLayer,
        );
      }
    }
  };
  const countries = svg("g", { class: "countries", "aria-hidden": "true" }, root);
  for (const feature of outlines.features) {
    svg("path", { d: path(feature) ?? "", class: `country country-${feature.properties.iso}` }, countries);
  }

  // Nagorno-Karabakh: the hull of the located places the gazetteer puts in the region (not its lines), a sketch of
  // where the region lies, not the former oblast's boundary.
  const base = svg("g", { class: "base", "aria-hidden": "true" }, root);
  const karabakhPlaces = mapSketches(dataset).karabakh;
  const karabakhHull = hull(karabakhPlaces.map((place) => [place.coordinates![0], place.coordinates![1]] as const));
  if (karabakhHull.length >= 3)
    svg(
      "path",
      {
        d: path({ type: "Polygon", coordinates: [[...karabakhHull, karabakhHull[0]!].reverse()] }) ?? "",
        class: "karabakh",
        "data-testid": "karabakh-outline",
      },
      base,
    );
  svg("path", { d: path(border) ?? "", class: "am-az-border", "data-testid": "am-az-border" }, base);
  // Every line of the gazetteer, grey; a line with incidents in the selection is drawn again in colour above.
  for (const place of dataset.places) {
    const line = lineOf(place);
    if (!line) continue;
    svg(
      "path",
      {
        d: path(line) ?? "",
        class: `gazetteer-line${place.id === LINE_OF_CONTACT ? " line-of-contact" : ""}`,
        "data-line": place.id,
      },
      base,
    );
  }
  const labels = svg("g", { class: "admin", "aria-hidden": "true" }, root);
  const lines = svg("g", { class: "lines", "aria-hidden": "true" }, overlay);
  const markers = svg("g", { class: "markers" }, overlay);

  // Names that do not overlap: the countries first, then regions, provinces and districts, then the lines; a name
  // that would touch one already drawn is left out. Sizes follow the drawn width, so they stay legible on a phone.
  let labelKey = "";
  // How many viewBox units a screen pixel is: measured when the map is resized, never during a render (a
  // measurement there would force a layout in the middle of every filter change).
  let scale = 1;
  const drawLabels = (language: Language) => {
    const key = `${language}|${scale.toFixed(2)}`;
    if (key === labelKey) return;
    labelKey = key;
    labels.replaceChildren();
    const candidates: { place: Place; x: number; y: number; size: number; priority: number; line: boolean }[] = [];
    for (const place of dataset.places) {
      const priority = place.id === KARABAKH ? 0.5 : LABEL_PRIORITY[place.kind];
      const point = place.coordinates;
      if (priority === undefined || !point) continue;
      const [x, y] = projection([point[0], point[1]]) ?? [NaN, NaN];
      if (!Number.isFinite(x) || x < 0 || x > WIDTH || y < 0 || y > HEIGHT) continue;
      const size = (priority === 0 ? 14 : priority < 2 ? 12 : 10) * Math.min(scale, 2.2);
      candidates.push({ place, x, y, size, priority, line: false });
    }
    const contact = dataset.isPlaceId(LINE_OF_CONTACT) ? dataset.getPlace(LINE_OF_CONTACT) : null;
    const contactEnd = contact?.line?.coordinates[contact.line.coordinates.length - 1];
    if (contact && contactEnd) {
      const [x, y] = projection([contactEnd[0], contactEnd[1]]) ?? [NaN, NaN];
      if (Number.isFinite(x))
        candidates.push({
          place: contact,
          x,
          y: y + 14 * Math.min(scale, 2.2),
          size: 10 * Math.min(scale, 2.2),
          priority: 0.7,
          line: true,
        });
    }
    candidates.sort((a, b) => a.priority - b.priority || a.place.id.localeCompare(b.place.id));
    const taken: { left: number; right: number; top: number; bottom: number }[] = [];
    for (const candidate of candidates) {
      const text = candidate.line ? "line of contact (1994–2020)" : placeName(candidate.place, language);
      const width = text.length * candidate.size * 0.55;
      const box = {
        left: candidate.x - width / 2 - 2,
        right: candidate.x + width / 2 + 2,
        top: candidate.y - candidate.size,
        bottom: candidate.y + candidate.size * 0.3,
      };
      if (box.left < 0 || box.right > WIDTH) continue;
      if (
        taken.some(
          (other) =>
            box.left < other.right && other.left < box.right && box.top < other.bottom && other.top < box.bottom,
        )
      )
        continue;
      taken.push(box);
      const label = svg(
        "text",
        {
          x: candidate.x.toFixed(1),
          y: candidate.y.toFixed(1),
          class: `admin-label admin-${candidate.line ? "line" : candidate.place.kind}`,
          "font-size": candidate.size.toFixed(1),
          lang: candidate.line ? "en" : placeNameLang(candidate.place, language),
          "data-label": candidate.place.id,
        },
        labels,
      );
      label.textContent = text;
    }
  };
  let lastLanguage: Language = "en";
  if (typeof ResizeObserver === "function")
    new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? 0;
      scale = width > 0 ? Math.max(1, WIDTH / width) : 1;
      drawLabels(lastLanguage);
    }).observe(root);

  const radius = scaleSqrt().domain([0, 100]).range([5, 28]).clamp(false);
  let legendKey = "";
  let counted: Map<string, readonly Incident[]> = new Map();

  return {
    get counted() {
      return new Map([...counted].map(([place, list]) => [place, list.map((incident) => incident.id)]));
    },
    update(incidents, language, colourBy, types, tiles, figures) {
      lastLanguage = language;
      drawTiles(tiles);
      drawLabels(language);
      // An incident is listed at each of its places; its dead are drawn once, at its first place drawn. A place
      // that could only be drawn at a country's point is left out when the incident has a finer place.
      const byPlace = new Map<string, { located: Located; incidents: Incident[]; counted: Incident[] }>();
      for (const incident of incidents) {
        const seen = new Set<string>();
        const wheres = incident.locations.map((location) => locate(location.place));
        const finer = wheres.some((where) => where && !atCountry(where));
        let counted = false;
        incident.locations.forEach((location, index) => {
          const where = wheres[index];
          if (!where || seen.has(location.place) || (finer && atCountry(where))) return;
          seen.add(location.place);
          let entry = byPlace.get(location.place);
          if (!entry) byPlace.set(location.place, (entry = { located: where, incidents: [], counted: [] }));
          entry.incidents.push(incident);
          if (!counted) entry.counted.push(incident);
          counted = true;
        });
      }
      counted = new Map([...byPlace].map(([place, entry]) => [place, entry.counted]));
      const entries = [...byPlace.values()].map((entry) => {
        let killed = 0;
        const sideKilled = new Map<string, number>();
        const typeCount = new Map<string, number>();
        for (const incident of entry.counted) {
          killed += killedTotal(incident, figures, dataset);
          for (const [side, value] of killedBySide(incident, figures, dataset))
            sideKilled.set(side, (sideKilled.get(side) ?? 0) + value);
        }
        for (const incident of entry.incidents)
          for (const type of incident.types) typeCount.set(type, (typeCount.get(type) ?? 0) + 1);
        return { ...entry, killed, sideKilled, typeCount };
      });
      // Large markers under small ones, so every marker stays clickable.
      entries.sort((a, b) => b.killed - a.killed || a.located.place.id.localeCompare(b.located.place.id));
      const maxKilled = Math.max(1, ...entries.map((entry) => entry.killed));
      radius.domain([0, Math.max(maxKilled, 10)]);

      lines.replaceChildren();
      markers.replaceChildren();
      const lineFragment = document.createDocumentFragment();
      const markerFragment = document.createDocumentFragment();
      for (const entry of entries) {
        const { place, point, approximate, line } = entry.located;
        let colour = "#555";
        let colourLabel = "no figure of killed";
        if (colourBy === "side") {
          const top = [...entry.sideKilled].sort((a, b) => b[1] - a[1])[0];
          const sides = [...new Set(entry.incidents.flatMap((incident) => incident.sides))];
          const side = top?.[0] ?? (sides.length === 1 ? sides[0] : undefined);
          if (side && isSide(side)) {
            colour = SIDE_COLOUR[side];
            colourLabel = top ? `most killed: ${SIDE_LABEL[side]}` : `side: ${SIDE_LABEL[side]}`;
          }
        } else {
          const top = [...entry.typeCount].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
          if (top) {
            colour = typeColour(types, top[0]);
            colourLabel = `mostly ${top[0].replaceAll("-", " ")}`;
          }
        }
        if (line)
          svg(
            "path",
            { d: path(line) ?? "", class: "place-line", stroke: colour, "data-place": place.id },
            lineFragment,
          );
        const [x, y] = projection([point[0], point[1]]) ?? [0, 0];
        const count = entry.incidents.length;
        const name = placeName(place, language);
        const label = `${name}: ${count} incident${count === 1 ? "" : "s"}, ${entry.killed} killed (${FIGURES_WORDS[figures]}), ${colourLabel}${approximate ? `; no coordinates, shown at ${placeName(approximate, language)}` : line ? "; drawn on its line" : ""}`;
        const marker = svg(
          "g",
          {
            class: "marker",
            role: "button",
            tabindex: 0,
            "aria-label": label,
            "data-place": place.id,
            "data-killed": entry.killed,
            transform: `translate(${x.toFixed(1)},${y.toFixed(1)})`,
          },
          markerFragment,
        );
        svg("title", {}, marker).textContent = label;
        svg(
          "circle",
          { r: radius(entry.killed).toFixed(1), fill: colour, class: approximate ? "approximate" : "" },
          marker,
        );
        const open = () => onSelect(entry.incidents, place);
        marker.addEventListener("click", open);
        marker.addEventListener("keydown", (event) => {
          if (event.key === "Enter" || event.key === " ") {
            event.preventDefault();
            open();
          }
        });
      }
      lines.append(lineFragment);
      markers.append(markerFragment);

      // The legend, in the page's own text (legible at any width): what the colours, lines and circles mean.
      const key = `${colourBy}|${types.join()}`;
      if (key === legendKey) return;
      legendKey = key;
      const items =
        colourBy === "side"
          ? Object.entries(SIDE_LABEL).map(
              ([side, text]) => [text, SIDE_COLOUR[side as keyof typeof SIDE_COLOUR]] as const,
            )
          : types.map((type) => [type.replaceAll("-", " "), typeColour(types, type)] as const);
      legend.replaceChildren(
        ...items.map(([text, fill]) =>
          html("li", {}, html("span", { class: "swatch", style: `background:${fill}`, "aria-hidden": "true" }), text),
        ),
        html("li", {}, html("span", { class: "key key-border", "aria-hidden": "true" }), "Armenia–Azerbaijan border"),
        ...(karabakhHull.length >= 3
          ? [
              html(
                "li",
                {},
                html("span", { class: "key key-karabakh", "aria-hidden": "true" }),
                "Nagorno-Karabakh (sketch)",
              ),
            ]
          : []),
        html(
          "li",
          {},
          html("span", { class: "key key-contact", "aria-hidden": "true" }),
          "line of contact, 1994–2020 (sketch)",
        ),
        html(
          "li",
          {},
          html("span", { class: "key key-approximate", "aria-hidden": "true" }),
          "place without coordinates, at the unit that contains it",
        ),
      );
    },
  };
}

/** What the map draws from where, for the page's sources note: the places the sketches are drawn through. */
export function mapSketches(dataset: AnyDataset): { karabakh: Place[]; lines: Place[] } {
  const karabakh = dataset.isPlaceId(KARABAKH)
    ? dataset.descendantsOf(KARABAKH).filter((place) => place.coordinates && !place.line)
    : [];
  return { karabakh, lines: dataset.places.filter((place) => place.line) };
}
