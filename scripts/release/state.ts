// The state of the data at one point: its raw records by kind and id, and the API snapshot beside them.
// Read from a folder (the working tree), from a git ref, or from the last release's manifest.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { loadRawData, type RawData, type RawFile } from "../data/load.js";
import { ROOT } from "../data/paths.js";
import type { ApiSnapshot } from "./api.js";

export const RECORD_KINDS = ["incidents", "places", "parties", "sources"] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export type JsonRecord = { id: string; aliases?: string[] } & Record<string, unknown>;
export type Records = Record<RecordKind, Record<string, JsonRecord>>;

export interface DataState {
  records: Records;
  /** Absent where the state has no API snapshot (a ref from before snapshots existed). */
  api?: ApiSnapshot | undefined;
}

export const API_FILE = "release/api.json";

function byId(values: unknown[]): Record<string, JsonRecord> {
  return Object.fromEntries((values as JsonRecord[]).map((record) => [record.id, record]));
}

export function recordsFromRaw(raw: RawData): Records {
  return {
    incidents: byId(raw.incidents.map((file) => file.json)),
    places: byId(raw.places.flatMap((file) => file.json as unknown[])),
    parties: byId(raw.parties.json as unknown[]),
    sources: byId(raw.sources.json as unknown[]),
  };
}

/** The committed API snapshot in a folder, if there is one. */
export function readApiFile(root: string = ROOT): ApiSnapshot | undefined {
  const apiFile = path.join(root, API_FILE);
  return existsSync(apiFile) ? (JSON.parse(readFileSync(apiFile, "utf8")) as ApiSnapshot) : undefined;
}

/** The data and API snapshot files as they are in a folder. */
export function stateFromFolder(root: string = ROOT): DataState {
  return { records: recordsFromRaw(loadRawData(root)), api: readApiFile(root) };
}

function git(root: string, args: string[]): string {
  return execFileSync("git", ["-C", root, ...args], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024, stdio: ["ignore", "pipe", "pipe"] });
}

/** The data and API snapshot files as they were committed at `ref` (a commit, branch or tag). */
export function stateFromGit(ref: string, root: string = ROOT): DataState {
  try {
    git(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  } catch {
    throw new Error(`"${ref}" is not a commit in ${root}`);
  }
  const files = git(root, ["ls-tree", "-r", "--name-only", ref, "--", "data", API_FILE]).split("\n").filter(Boolean);
  const read = (file: string): RawFile => {
    const text = git(root, ["show", `${ref}:${file}`]);
    return { file, text, json: JSON.parse(text) as unknown };
  };
  const json = files.filter((file) => file.endsWith(".json") && file !== API_FILE).map(read);
  const one = (file: string): RawFile => json.find((f) => f.file === file) ?? { file, text: "[]", json: [] };
  const raw: RawData = {
    incidents: json.filter((f) => f.file.startsWith("data/incidents/")),
    places: json.filter((f) => f.file.startsWith("data/places/")),
    parties: one("data/parties.json"),
    sources: one("data/sources.json"),
  };
  return {
    records: recordsFromRaw(raw),
    api: files.includes(API_FILE) ? (read(API_FILE).json as ApiSnapshot) : undefined,
  };
}
