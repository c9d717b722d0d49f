// The last release: its version, the commit it was cut from, the content hash of the data it shipped, and its
// API snapshot and declarations (release/manifest.json), and the records it published, compressed
// (release/published.json.gz). The snapshot is checked against the hash; nothing is rebuilt, so a change to the
// tools or the installed dependencies cannot change what the last release is taken to be.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { contentHash } from "../build/generate.js";
import type { PublishedRecords } from "../../src/lookup/records.js";
import { ROOT } from "../data/paths.js";
import type { ApiSnapshot } from "./api.js";
import { API_FILE, type DataState, recordsFromPublished } from "./state.js";

export const MANIFEST_FILE = "release/manifest.json";
/** The published records of the last release: the JSON `dataset.contentHash` is computed from, gzipped. */
export const PUBLISHED_FILE = "release/published.json.gz";

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

/** The records the last release published, from the committed snapshot, which must have the recorded content hash. */
export function releasedDataset(manifest: Manifest, root: string = ROOT): PublishedRecords {
  const file = path.join(root, PUBLISHED_FILE);
  if (!existsSync(file)) throw new Error(`${PUBLISHED_FILE} is missing: \`npm run version\` writes it with the manifest`);
  const published = JSON.parse(gunzipSync(readFileSync(file)).toString("utf8")) as PublishedRecords;
  const hash = contentHash(published);
  if (hash !== manifest.contentHash) {
    throw new Error(`${PUBLISHED_FILE} has content hash ${hash}, not the ${manifest.contentHash} ${MANIFEST_FILE} records for ${manifest.version}`);
  }
  return published;
}

/** The released state: the committed snapshot of its records, its API and its declarations. */
export function manifestState(manifest: Manifest, root: string = ROOT): DataState {
  return { records: recordsFromPublished(releasedDataset(manifest, root)), api: manifest.api, types: manifest.types };
}

/** Writes the snapshot of the published records (the exact JSON the content hash is computed from). */
export function writePublished(dataset: PublishedRecords, root: string = ROOT): void {
  mkdirSync(path.join(root, "release"), { recursive: true });
  // Level 9 and no timestamp in the header (Node writes none): the same records give the same bytes.
  writeFileSync(path.join(root, PUBLISHED_FILE), gzipSync(JSON.stringify(dataset), { level: 9 }));
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
