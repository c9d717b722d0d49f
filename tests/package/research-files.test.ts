// The files for research tools, as the build ships them: the Data Package descriptor matches the CSV headers and
// values, the Parquet copies read back with the same rows and types, and the codebook is current and complete.
import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import formats from "ajv-formats";
import { parse } from "csv-parse/sync";
import { parquetReadObjects } from "hyparquet";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { codebook, CODEBOOK_FILE } from "../../scripts/build/codebook.js";
import { TABLES, type TableName } from "../../scripts/build/tables.js";

const DATA = path.resolve(import.meta.dirname, "../../dist/data");
const descriptor = JSON.parse(readFileSync(path.join(DATA, "datapackage.json"), "utf8")) as {
  version: string;
  description: string;
  resources: {
    name: string;
    path: string;
    format: string;
    schema: { fields: { name: string; type: string; constraints?: { enum: string[] } }[] };
  }[];
};
const csv = (file: string) =>
  parse(readFileSync(path.join(DATA, file), "utf8"), { columns: true, record_delimiter: "\r\n" }) as Record<
    string,
    string
  >[];
const header = (file: string) => readFileSync(path.join(DATA, file), "utf8").split("\r\n")[0]!.split(",");
async function parquet(file: string): Promise<Record<string, unknown>[]> {
  const buffer = readFileSync(path.join(DATA, file));
  return parquetReadObjects({ file: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) });
}

const CHECK: Record<string, (value: string) => boolean> = {
  integer: (value) => /^-?\d+$/.test(value),
  number: (value) => Number.isFinite(Number(value)),
  date: (value) => /^\d{4}-\d{2}-\d{2}$/.test(value),
  string: () => true,
};

describe("datapackage.json", () => {
  it("describes every table as CSV and as Parquet, at the package's version", () => {
    const { version } = JSON.parse(readFileSync(path.resolve(DATA, "../../package.json"), "utf8")) as {
      version: string;
    };
    expect(descriptor.version).toBe(version);
    // The codebook it points readers to is a file the package ships.
    const { files } = JSON.parse(readFileSync(path.resolve(DATA, "../../package.json"), "utf8")) as { files: string[] };
    const named = /(\S+\.md) in the package/.exec(descriptor.description)?.[1];
    expect(named).toBe("docs/codebook.md");
    expect(files).toContain(named);
    expect(descriptor.resources.map((resource) => resource.path).sort()).toEqual(
      Object.values(TABLES)
        .flatMap(({ file }) => [`${file}.csv`, `${file}.parquet`])
        .sort(),
    );
  });

  for (const resource of descriptor.resources.filter((r) => r.format === "csv")) {
    it(`${resource.path}: fields match the header, every value its type and its enumeration`, () => {
      expect(resource.schema.fields.map((field) => field.name)).toEqual(header(resource.path));
      const rows = csv(resource.path);
      expect(rows.length).toBeGreaterThan(0);
      for (const field of resource.schema.fields) {
        for (const row of rows) {
          const value = row[field.name]!;
          if (value === "") continue;
          expect(CHECK[field.type]!(value), `${resource.path} ${field.name} = ${value}`).toBe(true);
          if (field.constraints) expect(field.constraints.enum, `${resource.path} ${field.name}`).toContain(value);
        }
      }
    });
  }
});

describe("Parquet copies", () => {
  for (const table of Object.keys(TABLES) as TableName[]) {
    const { file } = TABLES[table];
    it(`${file}.parquet reads back with the CSV's rows, typed`, async () => {
      const rows = await parquet(`${file}.parquet`);
      const fromCsv = csv(`${file}.csv`);
      expect(rows).toHaveLength(fromCsv.length);
      expect(Object.keys(rows[0]!)).toEqual(header(`${file}.csv`));
      const fields = descriptor.resources.find((r) => r.path === `${file}.csv`)!.schema.fields;
      rows.forEach((row, index) => {
        for (const field of fields) {
          const value = row[field.name];
          const text = fromCsv[index]![field.name]!;
          if (text === "") expect(value, `${file} ${index} ${field.name}`).toBeNull();
          else if (field.type === "date") expect((value as Date).toISOString().slice(0, 10)).toBe(text);
          else if (field.type === "integer" || field.type === "number") expect(value).toBe(Number(text));
          else expect(value).toBe(text);
        }
      });
    });
  }
});

describe("the codebook", () => {
  it("is current: npm run docs:codebook writes what docs/codebook.md holds", async () => {
    const options = { ...(await prettier.resolveConfig(CODEBOOK_FILE)), filepath: CODEBOOK_FILE };
    expect(readFileSync(CODEBOOK_FILE, "utf8")).toBe(await prettier.format(codebook(), options));
  });

  it("names every column of every table and the estimate rules", () => {
    const text = readFileSync(CODEBOOK_FILE, "utf8");
    for (const { file } of Object.values(TABLES)) {
      for (const column of header(`${file}.csv`)) expect(text).toContain(`| \`${column}\``);
    }
    expect(text).toContain("## How the estimates are derived");
    expect(text).toContain('an upper bound ("up to 800") may set `high`, never `low` or `best`');
  });

  it("is shipped in the package", () => {
    const manifest = JSON.parse(readFileSync(path.resolve(DATA, "../../package.json"), "utf8")) as { files: string[] };
    expect(manifest.files).toContain("docs/codebook.md");
  });
});

describe("the episode JSON Schema", () => {
  it("is shipped and validates every published episode", () => {
    const ajv = new Ajv2020({ strict: false });
    formats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(path.join(DATA, "../json-schema/episode.json"), "utf8")));
    const episodes = JSON.parse(readFileSync(path.join(DATA, "episodes.json"), "utf8")) as unknown[];
    expect(episodes.length).toBeGreaterThan(0);
    for (const episode of episodes) expect(validate(episode), JSON.stringify(validate.errors)).toBe(true);
  });
});
