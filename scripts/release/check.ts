// `npm run release:check`, part of `npm test`: the data and API differ from the last release by no more than
// the pending changesets declare, release/api.json is current, and the manifest matches package.json (with no
// changeset pending, the data builds to the content hash the manifest records for that version).
import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "../data/paths.js";
import { declaredBump } from "./changesets.js";
import { currentState } from "./current.js";
import { diffStates } from "./diff/index.js";
import { type CheckResult, judge, judgeVersionHash } from "./judge.js";
import { MANIFEST_FILE, manifestState, readManifest } from "./manifest.js";
import { readApiFile } from "./state.js";

async function main(): Promise<CheckResult> {
  const manifest = readManifest();
  if (!manifest) return { ok: false, message: `release check: ${MANIFEST_FILE} is missing` };
  const { version } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
  if (manifest.version !== version) {
    return { ok: false, message: `release check: package.json is at ${version} but ${MANIFEST_FILE} at ${manifest.version}: version releases with \`npm run version\`` };
  }
  const current = await currentState();
  if (!isDeepStrictEqual(readApiFile(), current.api)) {
    return { ok: false, message: "release check: release/api.json does not match the built package: run `npm run release:api` and commit it" };
  }
  const { bump, changesets } = await declaredBump();
  // The content hash of the data as built (npm test builds first), as `dataset.contentHash` gives it.
  const { contentHash } = (await import(pathToFileURL(path.join(ROOT, "src/data/generated/meta.ts")).href)) as { contentHash: string };
  const released = judgeVersionHash(version, manifest, contentHash, changesets);
  if (!released.ok) return released;
  return judge(diffStates(manifestState(manifest), current), bump, manifest.version);
}

const result = await main();
(result.ok ? console.log : console.error)(result.message);
if (!result.ok) process.exitCode = 1;
