// The state of the data at one point: its published records (derived fields included) by kind and id, the API
// snapshot beside them and, where recorded, the emitted TypeScript declarations. Read from a folder (the working
// tree), from a git ref, or from the last release's manifest (its commit, built again).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { type Collection, COLLECTIONS } from "../../src/kinds.js";
import { ROOT } from "../data/paths.js";
import type { ApiSnapshot } from "./api.js";
import { publishedAtCommit, publishedFromFolder, resolveCommit } from "./published.js";

/** The collections compared, one per kind of record (src/kinds.ts). */
export const RECORD_KINDS = COLLECTIONS;
export type RecordKind = Collection;

export type JsonRecord = { id: string; aliases?: string[] } & Record<string, unknown>;
export type Records = Record<RecordKind, Record<string, JsonRecord>>;

export interface DataState {
  records: Records;
  /** Absent where the state has no API snapshot (a ref from before snapshots existed). */
  api?: ApiSnapshot | undefined;
  /** The emitted .d.ts files by name; absent where they were not recorded. */
  types?: Record<string, string> | undefined;
}

export const API_FILE = "release/api.json";

function byId(values: readonly unknown[]): Record<string, JsonRecord> {
  return Object.fromEntries((values as JsonRecord[]).map((record) => [record.id, record]));
}

/** The records of a published dataset, by kind and id. */
export function recordsFromPublished(dataset: { [K in RecordKind]?: readonly unknown[] | undefined }): Records {
  return Object.fromEntries(RECORD_KINDS.map((kind) => [kind, byId(dataset[kind] ?? [])])) as Records;
}

/** The committed API snapshot in a folder, if there is one. */
export function readApiFile(root: string = ROOT): ApiSnapshot | undefined {
  const apiFile = path.join(root, API_FILE);
  return existsSync(apiFile) ? (JSON.parse(readFileSync(apiFile, "utf8")) as ApiSnapshot) : undefined;
}

/** The data as the working tree would publish it, and the API snapshot file. */
export function stateFromFolder(root: string = ROOT): DataState {
  return { records: recordsFromPublished(publishedFromFolder(root)), api: readApiFile(root) };
}

/** The data as the commit `ref` (a commit, branch or tag) published it, built with its own code, and its API snapshot. */
export function stateFromGit(ref: string, root: string = ROOT): DataState {
  const commit = resolveCommit(ref, root);
  const files = execFileSync("git", ["-C", root, "ls-tree", "-r", "--name-only", commit, "--", API_FILE], { encoding: "utf8" });
  const api = files.trim() === ""
    ? undefined
    : (JSON.parse(execFileSync("git", ["-C", root, "show", `${commit}:${API_FILE}`], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })) as ApiSnapshot);
  return { records: recordsFromPublished(publishedAtCommit(commit, root)), api };
}
