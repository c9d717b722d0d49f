// The last release's state, written when a release is versioned: its raw records and its API snapshot.
// The bump check compares the working tree with it, so no tag, network or git history is needed.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "../data/paths.js";
import type { ApiSnapshot } from "./api.js";
import { API_FILE, type DataState, type Records } from "./state.js";

export const MANIFEST_FILE = "release/manifest.json";

export interface Manifest {
  version: string;
  contentHash: string;
  api: ApiSnapshot;
  records: Records;
}

export function readManifest(root: string = ROOT): Manifest | undefined {
  const file = path.join(root, MANIFEST_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Manifest) : undefined;
}

export const manifestState = (manifest: Manifest): DataState => ({ records: manifest.records, api: manifest.api });

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export function writeApi(api: ApiSnapshot, root: string = ROOT): void {
  mkdirSync(path.join(root, "release"), { recursive: true });
  writeFileSync(path.join(root, API_FILE), json(api));
}

export function writeManifest(manifest: Manifest, root: string = ROOT): void {
  mkdirSync(path.join(root, "release"), { recursive: true });
  writeFileSync(path.join(root, MANIFEST_FILE), json(manifest));
}

