// The map: country outlines (Natural Earth, shipped with the page), the gazetteer's administrative units, and one
// marker per place with incidents in the selection, sized by the best figure of people killed there and coloured
// by side or type. A place drawn as a line (a border section, the line of contact) is marked at the line's middle
// vertex; a place with neither a point nor a line is drawn at its nearest ancestor that has one, with a dashed
// outline; a place with a line geometry is drawn as a line.
import { geoMercator, geoPath, type GeoPermissibleObjects } from "d3-geo";
import { scaleSqrt } from "d3-scale";
import outlines from "virtual:outlines";
import {
  type AnyDataset,
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
import { svg } from "./svg.js";

const WIDTH = 800;
const HEIGHT = 560;
const ADMIN_KINDS = new Set(["country", "province", "district", "region"]);

export interface MapView {
  update(
    incidents: readonly Incident[],
    language: Language,
    colourBy: ColourBy,
    types: readonly string[],
    tiles: string,
  ): void;
}

interface Located {
  place: Place;
  /** The point drawn: the place's own coordinates, or its nearest ancestor's. */
  point: readonly [number, number];
  approximate: Place | null;
  line: GeoPermissibleObjects | null;
}

export function createMap(
  container: HTMLElement,
  dataset: AnyDataset,
  onSelect: (incidents: readonly Incident[], place: Place) => void,
): MapView {
  const root = svg(
    "svg",
    { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "group", "aria-label": "Map of incident locations", class: "map-svg" },
    container,
  );
  const located = new Map<string, Located | null>();
  const locate = (id: string): Located | null => {
    if (located.has(id)) return located.get(id)!;
    const place = dataset.getPlace(id);
    const geometry = (place as { geometry?: { type?: string } }).geometry;
    const line = geometry && /LineString$/.test(geometry.type ?? "") ? (geometry as GeoPermissibleObjects) : null;
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
  const admin = svg("g", { class: "admin", "aria-hidden": "true" }, root);
  const lines = svg("g", { class: "lines" }, root);
  const markers = svg("g", { class: "markers" }, root);
  const legend = svg("g", { class: "legend", transform: `translate(12, ${HEIGHT - 12})` }, root);

  let adminLanguage: Language | null = null;
  const drawAdmin = (language: Language) => {
    if (adminLanguage === language) return;
    adminLanguage = language;
    admin.replaceChildren();
    for (const place of dataset.places) {
      if (!ADMIN_KINDS.has(place.kind) || !place.coordinates) continue;
      const [x, y] = projection([place.coordinates[0], place.coordinates[1]]) ?? [NaN, NaN];
      if (!Number.isFinite(x) || x < 0 || x > WIDTH || y < 0 || y > HEIGHT) continue;
      const text = svg(
        "text",
        { x, y, class: `admin-label admin-${place.kind}`, lang: placeNameLang(place, language) },
        admin,
      );
      text.textContent = placeName(place, language);
    }
  };

  const radius = scaleSqrt().domain([0, 100]).range([5, 28]).clamp(false);

  return {
    update(incidents, language, colourBy, types, tiles) {
      drawTiles(tiles);
      drawAdmin(language);
      // An incident is listed at each of its places, but its dead are drawn once, at its first place (as the
      // GeoJSON carries them), so that no death is drawn twice.
      const byPlace = new Map<string, { located: Located; incidents: Incident[]; counted: Incident[] }>();
      for (const incident of incidents) {
        const seen = new Set<string>();
        incident.locations.forEach((location, index) => {
          if (seen.has(location.place)) return;
          seen.add(location.place);
          const where = locate(location.place);
          if (!where) return;
          let entry = byPlace.get(location.place);
          if (!entry) byPlace.set(location.place, (entry = { located: where, incidents: [], counted: [] }));
          entry.incidents.push(incident);
          if (index === 0) entry.counted.push(incident);
        });
      }
      const entries = [...byPlace.values()].map((entry) => {
        let killed = 0;
        const sideKilled = new Map<string, number>();
        const typeCount = new Map<string, number>();
        for (const incident of entry.counted) {
          killed += killedTotal(incident);
          for (const [side, value] of killedBySide(incident)) sideKilled.set(side, (sideKilled.get(side) ?? 0) + value);
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
        if (line) svg("path", { d: path(line) ?? "", class: "place-line", stroke: colour }, lines);
        const [x, y] = projection([point[0], point[1]]) ?? [0, 0];
        const count = entry.incidents.length;
        const name = placeName(place, language);
        const label = `${name}: ${count} incident${count === 1 ? "" : "s"}, ${entry.killed} killed (each side's own figures), ${colourLabel}${approximate ? `; no coordinates, shown at ${placeName(approximate, language)}` : ""}`;
        const marker = svg(
          "g",
          {
            class: "marker",
            role: "button",
            tabindex: 0,
            "aria-label": label,
            "data-place": place.id,
            transform: `translate(${x.toFixed(1)},${y.toFixed(1)})`,
          },
          markers,
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
      // Legend: what the colours mean.
      legend.replaceChildren();
      const items =
        colourBy === "side"
          ? Object.entries(SIDE_LABEL).map(
              ([side, text]) => [text, SIDE_COLOUR[side as keyof typeof SIDE_COLOUR]] as const,
            )
          : types.map((type) => [type.replaceAll("-", " "), typeColour(types, type)] as const);
      let offset = 0;
      items.forEach(([text, fill], index) => {
        const row = Math.floor(index / 6);
        const column = index % 6;
        if (column === 0) offset = 0;
        const group = svg("g", { transform: `translate(${offset}, ${-row * 18 - 4})` }, legend);
        svg("circle", { r: 5, cx: 5, cy: -4, fill }, group);
        const label = svg("text", { x: 14, y: 0, class: "legend-label" }, group);
        label.textContent = text;
        offset += 24 + text.length * 6.5;
      });
    },
  };
}
