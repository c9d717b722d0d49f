// Pay for what you import: each case is bundled with esbuild from the built package, as an application's bundler
// would, and held to the committed budget. Pure helpers bundle neither the records nor zod; the records bundle no
// zod; only createDataset and the schema entry bring zod.
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildSync, transformSync } from "esbuild";
import { jsonModule } from "../../scripts/build/json-module.js";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const budget = JSON.parse(readFileSync(path.join(import.meta.dirname, "bundle-budget.json"), "utf8")) as Record<
  string,
  number
>;

const CASES: Record<string, { code: string; records: boolean; zod: boolean }> = {
  distanceKm: {
    code: 'import { distanceKm } from "./dist/index.js"; console.log(distanceKm);',
    records: false,
    zod: false,
  },
  toNDJSON: { code: 'import { toNDJSON } from "./dist/index.js"; console.log(toNDJSON);', records: false, zod: false },
  writers: {
    code: 'import { writeCSV, writeGeoJSON } from "./dist/index.js"; console.log(writeCSV, writeGeoJSON);',
    records: false,
    zod: false,
  },
  errors: {
    code: 'import { DatasetError, InvalidQueryError, UnknownIdError } from "./dist/index.js"; console.log(DatasetError, InvalidQueryError, UnknownIdError);',
    records: false,
    zod: false,
  },
  records: { code: 'import { incidents } from "./dist/index.js"; console.log(incidents);', records: true, zod: false },
  getIncident: {
    code: 'import { getIncident } from "./dist/index.js"; console.log(getIncident);',
    records: true,
    zod: false,
  },
  filterIncidents: {
    code: 'import { filterIncidents } from "./dist/index.js"; console.log(filterIncidents);',
    records: true,
    zod: false,
  },
  createDataset: {
    code: 'import { createDataset } from "./dist/create.js"; console.log(createDataset);',
    records: false,
    zod: true,
  },
  article: {
    code: 'import { matchArticle } from "./dist/article.js"; console.log(matchArticle);',
    records: true,
    zod: false,
  },
  schema: {
    code: 'import { IncidentSchema } from "./dist/schema/index.js"; console.log(IncidentSchema);',
    records: false,
    zod: true,
  },
};

function bundle(code: string): string {
  const result = buildSync({
    stdin: { contents: code, resolveDir: ROOT, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    write: false,
    logLevel: "silent",
    loader: { ".json": "json" },
  });
  return result.outputFiles[0]!.text;
}

/**
 * The records alone, as the build writes them (JSON.parse of one string) and esbuild prints them: subtracted where
 * the records are in, so a budget holds the code.
 */
const recordsAlone = () =>
  Buffer.byteLength(
    transformSync(jsonModule(readFileSync(path.join(ROOT, "src/data/generated/dataset.json"), "utf8")), {
      minify: true,
      format: "esm",
      loader: "js",
    }).code,
  );

// A string only the records hold (an incident id), and one only zod holds.
const RECORD_MARK = "2023-04-11-tegh";
const ZOD_MARK = "ZodError";

describe("bundle sizes", () => {
  for (const [name, { code, records, zod }] of Object.entries(CASES)) {
    it(`${name}: within ${budget[name]} bytes, records ${records ? "in" : "out"}, zod ${zod ? "in" : "out"}`, () => {
      const text = bundle(code);
      expect(text.includes(RECORD_MARK), "records bundled").toBe(records);
      expect(text.includes(ZOD_MARK), "zod bundled").toBe(zod);
      const size = Buffer.byteLength(text) - (records ? recordsAlone() : 0);
      expect(size, `bundle of ${name}${records ? ", less the records" : ""}`).toBeLessThanOrEqual(budget[name] ?? 0);
    });
  }
});

describe("loading in Node", () => {
  /** Every module a built file statically imports, followed through the chunks. */
  function importsOf(file: string, seen = new Set<string>()): Set<string> {
    const text = readFileSync(file, "utf8");
    const pattern =
      /(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)import\s*['"]([^'"]+)['"]|require\(['"]([^'"]+)['"]\)/g;
    for (const match of text.matchAll(pattern)) {
      const specifier = match[1] ?? match[2] ?? match[3];
      if (specifier === undefined || seen.has(specifier)) continue;
      seen.add(specifier);
      if (specifier.startsWith(".")) importsOf(path.resolve(path.dirname(file), specifier), seen);
    }
    return seen;
  }

  it("the main entry imports no zod, ESM or CommonJS; create does", () => {
    expect([...importsOf(path.join(ROOT, "dist/index.js"))].filter((s) => !s.startsWith("."))).toEqual([]);
    expect([...importsOf(path.join(ROOT, "dist/index.cjs"))].filter((s) => !s.startsWith("."))).toEqual([]);
    expect([...importsOf(path.join(ROOT, "dist/create.js"))]).toContain("zod");
  });
});
