// The country outlines and the Armenia–Azerbaijan border, cut from Natural Earth (world-atlas) at build time by the plugin in vite.config.ts.
declare module "virtual:outlines" {
  const outlines: import("geojson").FeatureCollection<
    import("geojson").MultiPolygon | import("geojson").Polygon,
    { name: string; iso: string }
  >;
  export default outlines;
  /** The Armenia–Azerbaijan border (Nakhchivan's included): the arcs Natural Earth's two outlines share. */
  export const border: import("geojson").MultiLineString;
}
