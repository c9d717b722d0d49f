// The state the next release would ship, read from the build output: the published records in dist/data/, the API
// and the emitted declarations of dist/ (run `npm run build` first).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { DIST_DIR } from "../data/paths.js";
import { currentApi } from "./api.js";
import { type DataState, RECORD_KINDS, recordsFromPublished } from "./state.js";

/** The ESM declarations under dist/, by path, with the content hash in chunk names replaced by `[hash]`. */
export function currentTypes(distDir: string = DIST_DIR): Record<string, string> {
  const files = readdirSync(distDir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".d.ts"))
    .map((file) => file.split(path.sep).join("/"))
    .sort();
  const unhash = (text: string) => text.replace(/-[A-Za-z0-9_-]{8}(\.d\.ts|\.js)/g, "-[hash]$1");
  return Object.fromEntries(files.map((file) => [unhash(file), unhash(readFileSync(path.join(distDir, file), "utf8"))]));
}

export async function currentState(distDir: string = DIST_DIR): Promise<DataState> {
  const read = (kind: string) => {
    const file = path.join(distDir, "data", `${kind}.json`);
    return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as unknown[]) : [];
  };
  const published = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, read(kind)])) as Record<(typeof RECORD_KINDS)[number], unknown[]>;
  return { records: recordsFromPublished(published), api: await currentApi(distDir), types: currentTypes(distDir) };
}
