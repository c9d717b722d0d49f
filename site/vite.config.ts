// Builds the explorer (site/) into site/dist/: a static site, with the package itself (dist/, from `npm run
// build`) and the country outlines bundled in, so it works offline.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { defineConfig, type Plugin } from "vite";

const here = import.meta.dirname;
const root = path.resolve(here, "..");
const require = createRequire(import.meta.url);

// Natural Earth 1:50m (world-atlas, public domain): the two countries and their neighbours, and the border between
// Armenia and Azerbaijan (Nakhchivan's included) as the arcs the two share, coordinates rounded to ~100 m.
const COUNTRIES: Record<string, string> = { "051": "AM", "031": "AZ", "268": "GE", "364": "IR", "792": "TR" };

function outlines(): Plugin {
  const id = "virtual:outlines";
  return {
    name: "outlines",
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      if (resolved !== `\0${id}`) return null;
      const topology = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8")) as Topology<{
        countries: GeometryCollection<{ name: string }>;
      }>;
      const all = feature(topology, topology.objects.countries) as FeatureCollection<
        Polygon | MultiPolygon,
        { name: string }
      >;
      const round = (position: Position) => [
        Math.round(position[0]! * 1000) / 1000,
        Math.round(position[1]! * 1000) / 1000,
      ];
      const features = all.features
        .filter((item) => typeof item.id === "string" && item.id in COUNTRIES)
        .map((item) => ({
          type: "Feature",
          id: item.id,
          properties: { name: item.properties.name, iso: COUNTRIES[item.id as string] },
          geometry:
            item.geometry.type === "Polygon"
              ? { type: "Polygon", coordinates: item.geometry.coordinates.map((ring) => ring.map(round)) }
              : {
                  type: "MultiPolygon",
                  coordinates: item.geometry.coordinates.map((polygon) => polygon.map((ring) => ring.map(round))),
                },
        }));
      const border = mesh(
        topology,
        topology.objects.countries,
        (a, b) => a !== b && [a.id, b.id].includes("051") && [a.id, b.id].includes("031"),
      );
      const roundLine = (line: Position[]) => line.map(round);
      const armeniaAzerbaijan = {
        type: "MultiLineString",
        coordinates: border.type === "MultiLineString" ? border.coordinates.map(roundLine) : [],
      };
      return `export default ${JSON.stringify({ type: "FeatureCollection", features })};\nexport const border = ${JSON.stringify(armeniaAzerbaijan)};`;
    },
  };
}

export default defineConfig({
  root: here,
  base: "./",
  plugins: [outlines()],
  resolve: {
    alias: [
      { find: /^armenia-azerbaijan-incidents$/, replacement: path.join(root, "dist/index.js") },
      { find: /^armenia-azerbaijan-incidents\/create$/, replacement: path.join(root, "dist/create.js") },
    ],
  },
  build: {
    outDir: path.join(here, "dist"),
    emptyOutDir: true,
    target: "es2022",
    rollupOptions: { input: { index: path.join(here, "index.html"), bench: path.join(here, "bench.html") } },
  },
  logLevel: "warn",
});
