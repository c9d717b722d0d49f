// Where the raw records live, relative to the repository root.
import { fileURLToPath } from "node:url";
import path from "node:path";
import { KIND_FILES } from "./kinds.js";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const DATA_DIR = path.join(ROOT, "data");
export const SOURCES_FILE = path.join(ROOT, KIND_FILES.sources.path);
export const GENERATED_DIR = path.join(ROOT, "src", "data", "generated");
export const DIST_DIR = path.join(ROOT, "dist");

/** The place of a raw incident file: `data/incidents/2023/2023-04-11-tegh.json`. */
export function incidentFilePath(id: string): string {
  return `data/incidents/${id.slice(0, 4)}/${id}.json`;
}
