// Reads the raw data files of every kind (scripts/data/kinds.ts). Parsing against the schemas is the caller's
// business, so that lint can report every problem with its file while the build stops at the first.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { type Collection, COLLECTIONS } from "../../src/kinds.js";
import { KIND_SCHEMAS } from "../../src/schema/kinds.js";
import { KIND_FILES } from "./kinds.js";
import { ROOT } from "./paths.js";

export interface RawFile {
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  text: string;
  json: unknown;
}

/** The files of each kind, in path order. A kind absent from data folders older than it has none. */
export type RawData = Record<Collection, RawFile[]>;

export class DataFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = "DataFileError";
  }
}

function readRaw(absolute: string, root: string): RawFile {
  const file = path.relative(root, absolute).split(path.sep).join("/");
  const text = readFileSync(absolute, "utf8");
  try {
    return { file, text, json: JSON.parse(text) as unknown };
  } catch (error) {
    throw new DataFileError(file, `not valid JSON (${(error as Error).message})`);
  }
}

function jsonFilesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".json"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function filesOf(collection: Collection, root: string): string[] {
  const absolute = path.join(root, KIND_FILES[collection].path);
  if ("optional" in KIND_SCHEMAS[collection] && !existsSync(absolute)) return [];
  return absolute.endsWith(".json") ? [absolute] : jsonFilesIn(absolute);
}

export function loadRawData(root: string = ROOT): RawData {
  return Object.fromEntries(
    COLLECTIONS.map((collection) => [collection, filesOf(collection, root).map((file) => readRaw(file, root))]),
  ) as RawData;
}
