import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";
import { jsonModule } from "./scripts/build/json-module.js";

// The records are bundled as JSON.parse of one string, not as an object literal: importing the main entry then
// costs about what parsing the JSON does (scripts/build/json-module.ts).
const recordsAsJSONParse = {
  name: "records-as-json-parse",
  setup(build: {
    onLoad(options: { filter: RegExp }, load: (args: { path: string }) => { contents: string; loader: "js" }): void;
  }) {
    build.onLoad({ filter: /[\\/]generated[\\/]dataset\.json$/ }, (args) => ({
      contents: jsonModule(readFileSync(args.path, "utf8")),
      loader: "js",
    }));
  },
};

// Three library entries (the main entry runs no zod; create and the data-free schema entry bring it) and the command line.
export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      create: "src/create.ts",
      "schema/index": "src/schema/index.ts",
      article: "src/article.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    clean: false, // scripts/build/index.ts empties dist/ first: the two configs would race
    sourcemap: false,
    target: "node20",
    splitting: true,
    treeshake: true,
    esbuildPlugins: [recordsAsJSONParse],
  },
  {
    entry: { "cli/main": "src/cli/main.ts" },
    // The command line uses the library through the package itself, so the data is not bundled twice.
    external: ["armenia-azerbaijan-incidents", "armenia-azerbaijan-incidents/article"],
    format: ["esm"],
    dts: false,
    clean: false,
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
