// The dataset as users receive it (derived fields included) at one point: the working tree built with the current
// code, or a commit built with that commit's own code, so that a change to a derivation rule shows in the diff.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadRawData } from "../data/load.js";
import { parseRawData } from "../data/parse.js";
import { ROOT } from "../data/paths.js";
import { publishDataset } from "../build/publish.js";
import type { PublishedRecords } from "../../src/lookup/records.js";

/** The working tree's data, validated and derived as `npm run build` does. */
export function publishedFromFolder(root: string = ROOT): PublishedRecords {
  const { records, problems } = parseRawData(loadRawData(root));
  if (problems.length > 0) {
    const first = problems[0]!;
    throw new Error(`${problems.length} problem(s) in ${root}/data (first: ${first.file} ${first.path.join(".")}: ${first.message}); run npm run data:lint`);
  }
  return publishDataset(records);
}

function git(root: string, args: string[]): string {
  return execFileSync("git", ["-C", root, ...args], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024, stdio: ["ignore", "pipe", "pipe"] });
}

export function resolveCommit(ref: string, root: string = ROOT): string {
  try {
    return git(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]).trim();
  } catch {
    throw new Error(`"${ref}" is not a commit in ${root} (a shallow clone may lack it: fetch the history)`);
  }
}

const BUILD_STEP = "scripts/build/index.ts";
const GENERATED = "src/data/generated/dataset.json";

/**
 * The dataset a commit ships: its tree is extracted to a temporary folder and built with its own build step (the
 * first step of `npm run build`), with this checkout's node_modules. A tree with data but no build step (a bare
 * data repository) is derived with the current code.
 */
export function publishedAtCommit(ref: string, root: string = ROOT): PublishedRecords {
  const commit = resolveCommit(ref, root);
  const dir = mkdtempSync(path.join(tmpdir(), "aai-release-"));
  try {
    execFileSync("sh", ["-c", `git -C "$1" archive "$2" | tar -x -C "$3"`, "sh", root, commit, dir], { stdio: ["ignore", "ignore", "pipe"] });
    if (!existsSync(path.join(dir, BUILD_STEP))) return publishedFromFolder(dir);
    symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
    execFileSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), BUILD_STEP], { cwd: dir, stdio: ["ignore", "ignore", "pipe"] });
    return JSON.parse(readFileSync(path.join(dir, GENERATED), "utf8")) as PublishedRecords;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
