// The country outlines, cut from Natural Earth (world-atlas) at build time by the plugin in vite.config.ts.
declare module "virtual:outlines" {
  const outlines: import("geojson").FeatureCollection<
    import("geojson").MultiPolygon | import("geojson").Polygon,
    { name: string; iso: string }
  >;
  export default outlines;
}
