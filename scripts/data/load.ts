// Reads the raw data files. Parsing against the schemas is the caller's business, so that lint can report
// every problem with its file while the build stops at the first.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { EPISODES_FILE, INCIDENTS_DIR, PARTIES_FILE, PLACES_DIR, ROOT, SOURCES_FILE } from "./paths.js";

export interface RawFile {
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  text: string;
  json: unknown;
}

export interface RawData {
  incidents: RawFile[];
  places: RawFile[];
  parties: RawFile;
  sources: RawFile;
  /** Absent from data folders older than episodes. */
  episodes?: RawFile | undefined;
}

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

export function loadRawData(root: string = ROOT): RawData {
  const under = (p: string) => path.join(root, path.relative(ROOT, p));
  return {
    incidents: jsonFilesIn(under(INCIDENTS_DIR)).map((f) => readRaw(f, root)),
    places: jsonFilesIn(under(PLACES_DIR)).map((f) => readRaw(f, root)),
    parties: readRaw(under(PARTIES_FILE), root),
    sources: readRaw(under(SOURCES_FILE), root),
    ...(existsSync(under(EPISODES_FILE)) && { episodes: readRaw(under(EPISODES_FILE), root) }),
  };
}
