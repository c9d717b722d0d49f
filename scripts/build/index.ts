// `npm run build`, first step: validate data/, derive the published records, generate src/data/generated/.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadRawData } from "../data/load.js";
import { parseRawData } from "../data/parse.js";
import { DIST_DIR, GENERATED_DIR, ROOT } from "../data/paths.js";
import { contentHash, idsModule, metaModule } from "./generate.js";
import { publishDataset } from "./publish.js";
import { readLedger, sweptTo } from "../data/ledger.js";

const { records, problems } = parseRawData(loadRawData());
if (problems.length > 0) {
  for (const p of problems) console.error(`${p.file} ${p.path.join(".")}: ${p.message}`);
  console.error(`\n${problems.length} problem(s) in data/: run \`npm run data:lint\` for the full report.`);
  process.exit(1);
}

const dataset = publishDataset(records);
const { version } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };

rmSync(DIST_DIR, { recursive: true, force: true });
mkdirSync(GENERATED_DIR, { recursive: true });
writeFileSync(path.join(GENERATED_DIR, "dataset.json"), `${JSON.stringify(dataset)}\n`);
writeFileSync(path.join(GENERATED_DIR, "ids.ts"), idsModule(dataset));
writeFileSync(
  path.join(GENERATED_DIR, "meta.ts"),
  metaModule(version, contentHash(dataset), sweptTo(readLedger(ROOT))),
);
console.log(
  `data: ${dataset.incidents.length} incidents, ${dataset.places.length} places, ` +
    `${dataset.parties.length} parties, ${dataset.sources.length} sources`,
);
