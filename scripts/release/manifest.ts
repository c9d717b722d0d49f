// The last release: its version, the commit it was cut from, the content hash of the data it shipped, and its
// API snapshot and declarations. No copy of the data: the release's dataset is rebuilt from its commit (with that
// commit's own code) and checked against the hash, so no tag or network is needed, only the git history.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { contentHash } from "../build/generate.js";
import { ROOT } from "../data/paths.js";
import type { ApiSnapshot } from "./api.js";
import { publishedAtCommit } from "./published.js";
import { API_FILE, type DataState, recordsFromPublished } from "./state.js";

export const MANIFEST_FILE = "release/manifest.json";

export interface Manifest {
  version: string;
  /** The commit the release was cut from (its data and code). */
  commit: string;
  /** `sha256-…` of the published records, as `dataset.contentHash` gives it. */
  contentHash: string;
  api: ApiSnapshot;
  /** The emitted .d.ts files, by name (absent for releases recorded before they were kept). */
  types?: Record<string, string> | undefined;
}

export function readManifest(root: string = ROOT): Manifest | undefined {
  const file = path.join(root, MANIFEST_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Manifest) : undefined;
}

/** The released state: the release commit built again, which must give the recorded content hash. */
export function manifestState(manifest: Manifest, root: string = ROOT): DataState {
  const published = publishedAtCommit(manifest.commit, root);
  const hash = contentHash(published);
  if (hash !== manifest.contentHash) {
    throw new Error(`building release ${manifest.version} from ${manifest.commit} gives ${hash}, not the recorded ${manifest.contentHash}`);
  }
  return { records: recordsFromPublished(published), api: manifest.api, types: manifest.types };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export function writeApi(api: ApiSnapshot, root: string = ROOT): void {
  mkdirSync(path.join(root, "release"), { recursive: true });
  writeFileSync(path.join(root, API_FILE), json(api));
}

export function writeManifest(manifest: Manifest, root: string = ROOT): void {
  mkdirSync(path.join(root, "release"), { recursive: true });
  writeFileSync(path.join(root, MANIFEST_FILE), json(manifest));
}
