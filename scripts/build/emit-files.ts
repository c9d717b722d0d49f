// `npm run build`, last step: the files shipped beside the modules, for users of other languages and tools:
// dist/data/ (the published records as JSON, and the dataset as CSV, GeoJSON and NDJSON) and dist/json-schema/
// (JSON Schema of each record type).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { COLLECTIONS } from "../../src/kinds.js";
import { DIST_DIR, GENERATED_DIR } from "../data/paths.js";
import { INCIDENT_FORMATS, type IncidentFormat } from "../../src/formats/registry.js";
import { indexById } from "../../src/lookup/index-by-id.js";
import { jsonSchemaOf, jsonSchemas } from "./json-schemas.js";
import { emitResearchFiles } from "./research-files.js";

/** The prebuilt exports: the whole dataset in every format of the registry that names files, made by the built package. */
async function emitFormats() {
  const built = (await import(
    pathToFileURL(path.join(DIST_DIR, "index.js")).href
  )) as typeof import("../../src/index.js");
  for (const format of Object.values(INCIDENT_FORMATS) as IncidentFormat[]) {
    for (const file of format.files) {
      writeFileSync(path.join(DIST_DIR, "data", file.name), format.write(built, built.incidents, file.options));
    }
  }
  const index = {
    placeById: indexById(built.places),
    partyById: indexById(built.parties),
    sourceById: indexById(built.sources),
    episodeById: indexById(built.episodes),
  };
  emitResearchFiles(path.join(DIST_DIR, "data"), built.incidents, index, built.dataset.version);
}

function emit() {
  const dataset = JSON.parse(readFileSync(path.join(GENERATED_DIR, "dataset.json"), "utf8")) as Record<string, unknown>;
  mkdirSync(path.join(DIST_DIR, "data"), { recursive: true });
  mkdirSync(path.join(DIST_DIR, "json-schema"), { recursive: true });
  for (const collection of COLLECTIONS) {
    writeFileSync(
      path.join(DIST_DIR, "data", `${collection}.json`),
      `${JSON.stringify(dataset[collection], null, 2)}\n`,
    );
  }
  for (const name of Object.keys(jsonSchemas)) {
    writeFileSync(
      path.join(DIST_DIR, "json-schema", `${name}.json`),
      `${JSON.stringify(jsonSchemaOf(name), null, 2)}\n`,
    );
  }
}

emit();
await emitFormats();
