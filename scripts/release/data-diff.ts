// `npm run data:diff -- --base <git-ref>`: what changed in the data and the schemas since <git-ref>, and the
// bump that needs. Without --base, compares with the last release (release/manifest.json).
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { currentTypes } from "./current.js";
import { ROOT } from "../data/paths.js";
import { diffStates } from "./diff/index.js";
import { formatDiff } from "./format.js";
import { manifestState, readManifest } from "./manifest.js";
import { stateFromFolder, stateFromGit } from "./state.js";

const { values } = parseArgs({ options: { base: { type: "string" }, root: { type: "string" } } });
const root = values.root ?? ROOT;

function baseState() {
  if (values.base !== undefined) return stateFromGit(values.base, root);
  const manifest = readManifest(root);
  if (!manifest) throw new Error("no release/manifest.json: pass --base <git-ref>");
  return manifestState(manifest, root);
}

try {
  // Declarations come from the build: compared when dist/ is there (run `npm run build` first to see them).
  const dist = path.join(root, "dist");
  const after = { ...stateFromFolder(root), types: existsSync(dist) ? currentTypes(dist) : undefined };
  console.log(formatDiff(diffStates(baseState(), after)));
} catch (error) {
  console.error(`data:diff: ${(error as Error).message}`);
  process.exitCode = 2;
}
