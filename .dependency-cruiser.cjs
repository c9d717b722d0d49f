// The folders of src/ depend one way. Layers, lowest first; a module imports only from its own layer or lower ones:
//   0. src/errors.ts, src/kinds.ts, dates/, data/generated/ (the id unions the build writes): import nothing of src/
//   1. schema/
//   2. claims/, lookup/
//   3. gazetteer/
//   4. derive/
//   5. query/, formats/
//   6. dataset/
//   7. data/ (the shipped release)
//   8. the entries: src/index.ts, create.ts, article.ts, article/, cli/
// `npm run lint` runs `depcruise src`; type-only imports count too (tsPreCompilationDeps). CONTRIBUTING.md repeats
// the order.
const LAYERS = [
  ["src/(errors|kinds)\\.ts$", "src/dates/", "src/data/generated/"],
  ["src/schema/"],
  ["src/claims/", "src/lookup/"],
  ["src/gazetteer/"],
  ["src/derive/"],
  ["src/query/", "src/formats/"],
  ["src/dataset/"],
  ["src/data/(?!generated/)"],
  ["src/(index|create|article)\\.ts$", "src/article/", "src/cli/"],
];
const anyOf = (paths) => `^(${paths.join("|")})`;

/** @type {import("dependency-cruiser").IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-folder-cycle",
      severity: "error",
      comment:
        "Two folders of src/ import each other, directly or through others: move the shared module or type to the lower layer.",
      scope: "folder",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "no-module-cycle",
      severity: "error",
      comment: "A module imports itself through others.",
      from: { path: "^src/" },
      to: { circular: true },
    },
    ...LAYERS.slice(0, -1).map((layer, i) => ({
      name: `layer-${i}-imports-upward`,
      severity: "error",
      comment: `${layer.join(", ")} may not import from a higher layer (see the order at the top of .dependency-cruiser.cjs)`,
      from: { path: anyOf(layer) },
      to: { path: anyOf(LAYERS.slice(i + 1).flat()) },
    })),
    {
      name: "every-module-in-a-layer",
      severity: "error",
      comment: "A module of src/ outside every layer: add its folder to LAYERS in .dependency-cruiser.cjs.",
      from: { path: "^src/", pathNot: anyOf(LAYERS.flat()) },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
  },
};
