// The shipped JSON Schemas are for users of other languages: every shipped data file must validate against its
// schema in a standard validator, and every pattern must stay inside the regex syntax all dialects share.
import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import formats from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import { RECORD_KINDS } from "../../src/kinds.js";

const DIST = path.join(import.meta.dirname, "../../dist");
const read = (file: string) => JSON.parse(readFileSync(path.join(DIST, file), "utf8")) as unknown;

/** Syntax that ECMAScript accepts but Python's re (or PCRE) does not, or reads differently. */
const NOT_PORTABLE: [RegExp, string][] = [
  [/\\[pP]\{/, "a Unicode property escape (\\p{…})"],
  [/\\u\{/, "a code point escape (\\u{…})"],
  [/\(\?<[=!]/, "a lookbehind"],
  [/\(\?<[A-Za-z]/, "a named group"],
  [/\\k</, "a named back-reference"],
];

function patterns(schema: unknown, out: string[] = []): string[] {
  if (Array.isArray(schema)) for (const item of schema) patterns(item, out);
  else if (schema !== null && typeof schema === "object") {
    for (const [key, value] of Object.entries(schema)) {
      if (key === "pattern" && typeof value === "string") out.push(value);
      else patterns(value, out);
    }
  }
  return out;
}

// One schema per kind of record, and the dataset's.
const SCHEMAS = ["dataset", ...RECORD_KINDS.map(({ kind }) => kind)];

describe("shipped JSON Schemas", () => {
  let ajv: Ajv2020;
  beforeAll(() => {
    ajv = new Ajv2020({ allErrors: true, strict: false });
    // ajv-formats is CommonJS: its plugin is the module's default export.
    formats.default(ajv);
    for (const name of SCHEMAS) ajv.addSchema(read(`json-schema/${name}.json`) as object, name);
  });

  const expectValid = (name: string, value: unknown, label: string) => {
    const validate = ajv.getSchema(name)!;
    const ok = validate(value);
    expect(
      ok
        ? []
        : (validate.errors ?? [])
            .slice(0, 5)
            .map((e: { instancePath: string; message?: string }) => `${label}${e.instancePath}: ${e.message}`),
    ).toEqual([]);
  };

  it("validate every shipped record with a standard draft 2020-12 validator", () => {
    for (const { kind: schema, collection } of RECORD_KINDS) {
      const file = `${collection}.json`;
      const records = read(`data/${file}`) as { id: string }[];
      expect(records.length).toBeGreaterThan(0);
      for (const record of records) expectValid(schema, record, `${file} ${record.id}`);
    }
  });

  it("include the episode schema, which rejects an episode without its derived sides", () => {
    const [episode] = read("data/episodes.json") as Record<string, unknown>[];
    expect(ajv.getSchema("episode")!(episode)).toBe(true);
    expect(ajv.getSchema("episode")!({ ...episode, sides: undefined })).toBe(false);
  });

  it("reject what the zod schemas reject: a Cyrillic address, a Latin name in the Armenian slot", () => {
    const [source] = read("data/sources.json") as Record<string, unknown>[];
    expect(ajv.getSchema("source")!({ ...source, url: "https://ru.wikipedia.org/wiki/Норабак" })).toBe(false);
    const [place] = read("data/places.json") as Record<string, unknown>[];
    expect(ajv.getSchema("place")!({ ...place, names: { hy: "Tegh" } })).toBe(false);
    expect(ajv.getSchema("place")!({ ...place, names: { hy: "Տեղ", az: "Dığ", ru: "Тех" } })).toBe(true);
  });

  it("use only regex syntax that ECMAScript, Python and PCRE share", () => {
    const found = SCHEMAS.flatMap((name) => patterns(read(`json-schema/${name}.json`)));
    expect(found.length).toBeGreaterThan(3);
    const problems = found.flatMap((pattern) =>
      NOT_PORTABLE.filter(([syntax]) => syntax.test(pattern)).map(([, what]) => `${pattern}: ${what}`),
    );
    expect(problems).toEqual([]);
  });
});
