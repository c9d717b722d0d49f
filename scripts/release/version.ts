// Runs after `changeset version` (see `npm run version`): adds the data changes to the new CHANGELOG entry and
// records the release in release/manifest.json (version, commit, content hash, API, declarations) and its published
// records in release/published.json.gz. `--manifest-only` records the current state without a CHANGELOG
// section (used once, for the first release).
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { PublishedRecords } from "../../src/lookup/records.js";
import { DIST_DIR, GENERATED_DIR, ROOT } from "../data/paths.js";
import { currentState } from "./current.js";
import { diffStates } from "./diff/index.js";
import { changelogSection, citationFor, insertSection } from "./format.js";
import { manifestState, readManifest, writeApi, writeManifest, writePublished } from "./manifest.js";

const { version } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
const current = await currentState();
const previous = readManifest();

if (!process.argv.includes("--manifest-only")) {
  if (!previous) throw new Error("no release/manifest.json to compare with");
  const file = path.join(ROOT, "CHANGELOG.md");
  const section = changelogSection(diffStates(manifestState(previous), current));
  const today = new Date().toISOString().slice(0, 10);
  writeFileSync(file, insertSection(readFileSync(file, "utf8"), version, section, today));
  const citation = path.join(ROOT, "CITATION.cff");
  writeFileSync(citation, citationFor(readFileSync(citation, "utf8"), version, today));
}

const { dataset } = (await import(pathToFileURL(path.join(DIST_DIR, "index.js")).href)) as { dataset: { version: string; contentHash: string } };
if (dataset.version !== version) throw new Error(`dist/ was built for ${dataset.version}, not ${version}: run npm run build`);
writeApi(current.api!);
// The release is cut from HEAD: `changeset version` changed the version and CHANGELOG, never the data or code.
const commit = execFileSync("git", ["-C", ROOT, "rev-parse", "HEAD"], { encoding: "utf8" }).trim();
writeManifest({ version, commit, contentHash: dataset.contentHash, api: current.api!, types: current.types });
// What the build published, as the content hash was computed from it.
writePublished(JSON.parse(readFileSync(path.join(GENERATED_DIR, "dataset.json"), "utf8")) as PublishedRecords);
console.log(`release ${version} recorded in release/manifest.json`);
