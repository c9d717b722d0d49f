// Where the raw records live, relative to the repository root.
import { fileURLToPath } from "node:url";
import path from "node:path";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const DATA_DIR = path.join(ROOT, "data");
export const INCIDENTS_DIR = path.join(DATA_DIR, "incidents");
export const PLACES_DIR = path.join(DATA_DIR, "places");
export const PARTIES_FILE = path.join(DATA_DIR, "parties.json");
export const SOURCES_FILE = path.join(DATA_DIR, "sources.json");
export const EPISODES_FILE = path.join(DATA_DIR, "episodes.json");
export const GENERATED_DIR = path.join(ROOT, "src", "data", "generated");
export const DIST_DIR = path.join(ROOT, "dist");

/** The place of a raw incident file: `data/incidents/2023/2023-04-11-tegh.json`. */
export function incidentFilePath(id: string): string {
  return `data/incidents/${id.slice(0, 4)}/${id}.json`;
}
