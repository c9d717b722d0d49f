// `npm run build`, last step: the files shipped beside the modules, for users of other languages and tools:
// dist/data/*.json (the published records) and dist/json-schema/*.json (JSON Schema of each record type).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DIST_DIR, GENERATED_DIR } from "../data/paths.js";
import { jsonSchemaOf, jsonSchemas } from "./json-schemas.js";

function emit() {
  const dataset = JSON.parse(readFileSync(path.join(GENERATED_DIR, "dataset.json"), "utf8")) as Record<string, unknown>;
  mkdirSync(path.join(DIST_DIR, "data"), { recursive: true });
  mkdirSync(path.join(DIST_DIR, "json-schema"), { recursive: true });
  for (const collection of ["incidents", "places", "parties", "sources"]) {
    writeFileSync(path.join(DIST_DIR, "data", `${collection}.json`), `${JSON.stringify(dataset[collection], null, 2)}\n`);
  }
  for (const name of Object.keys(jsonSchemas) as (keyof typeof jsonSchemas)[]) {
    writeFileSync(path.join(DIST_DIR, "json-schema", `${name}.json`), `${JSON.stringify(jsonSchemaOf(name), null, 2)}\n`);
  }
}

emit();
