// The API snapshot: JSON Schemas of the published record types and the shape of every runtime export, as the
// built package has them. Committed as release/api.json, so that any ref can be compared with any other.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { DIST_DIR } from "../data/paths.js";

/** "function", "class", "array", "zod-schema", a primitive's type, or an object's keys with their shapes. */
export type ExportShape = string | { [key: string]: ExportShape };

export interface ApiSnapshot {
  schemas: Record<string, unknown>;
  exports: Record<string, Record<string, ExportShape>>;
}

export function shapeOf(value: unknown): ExportShape {
  if (typeof value === "function") return /^class[\s{]/.test(Function.prototype.toString.call(value)) ? "class" : "function";
  if (Array.isArray(value)) return "array";
  if (value !== null && typeof value === "object") {
    if ("_zod" in value) return "zod-schema";
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, shapeOf((value as Record<string, unknown>)[key])]));
  }
  return value === null ? "null" : typeof value;
}

const ENTRIES = { ".": "index.js", "./create": "create.js", "./schema": "schema/index.js", "./article": "article.js" } as const;

/** The snapshot of the package as built in dist/ (run `npm run build` first): the artifact, not the sources. */
export async function currentApi(distDir: string = DIST_DIR): Promise<ApiSnapshot> {
  const exports: ApiSnapshot["exports"] = {};
  for (const [entry, file] of Object.entries(ENTRIES)) {
    const module = (await import(pathToFileURL(path.join(distDir, file)).href)) as Record<string, unknown>;
    exports[entry] = Object.fromEntries(Object.keys(module).sort().map((name) => [name, shapeOf(module[name])]));
  }
  const schemaDir = path.join(distDir, "json-schema");
  const schemas = Object.fromEntries(
    readdirSync(schemaDir)
      .filter((file) => file.endsWith(".json"))
      .sort()
      .map((file) => [file.replace(/\.json$/, ""), JSON.parse(readFileSync(path.join(schemaDir, file), "utf8")) as unknown]),
  );
  return { schemas, exports };
}
