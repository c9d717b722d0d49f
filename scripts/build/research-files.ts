// `npm run build`, with the other emitted files: Parquet copies of the tables and a Frictionless Data Package
// descriptor (dist/data/datapackage.json) with a Table Schema per file, both written from scripts/build/tables.ts.
// Parquet keeps the types a CSV loses (dates, integers, empty cells as nulls) for DuckDB, Polars and pandas.
// hyparquet-writer: pure JavaScript (no native build or download), one small dependency, maintained with its
// reader hyparquet, which the tests use to read the files back.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { parquetWriteBuffer } from "hyparquet-writer";
import type { ColumnSource } from "hyparquet-writer";
import { dayNumber } from "../../src/dates/calendar.js";
import { type FormatIndex, type Row, tableRows } from "../../src/formats/rows.js";
import type { Incident } from "../../src/schema/index.js";
import { type ColumnType, TABLES, type TableName, tableColumns } from "./tables.js";

function cell(value: Row[string], type: ColumnType): string | number | null {
  if (value === null || value === "") return null;
  if (type === "date") return dayNumber(String(value));
  if (type === "integer" || type === "number") return Number(value);
  return String(value);
}

/** One table as a Parquet file: typed columns, empty cells as nulls, dates as the DATE logical type. */
export function parquetOf(table: TableName, rows: readonly Row[]): ArrayBuffer {
  const columns = tableColumns(table);
  // The types are given once, in the explicit schema below (the writer takes one or the other).
  const columnData: ColumnSource[] = columns.map(({ name, spec }) => ({
    name,
    data: rows.map((row) => cell(row[name] ?? null, spec.type)),
  }));
  const schema = [
    { name: "root", num_children: columns.length },
    ...columns.map(({ name, spec }) =>
      spec.type === "date"
        ? { name, type: "INT32" as const, converted_type: "DATE" as const, repetition_type: "OPTIONAL" as const }
        : spec.type === "string"
          ? {
              name,
              type: "BYTE_ARRAY" as const,
              converted_type: "UTF8" as const,
              repetition_type: "OPTIONAL" as const,
            }
          : {
              name,
              type: spec.type === "integer" ? ("INT32" as const) : ("DOUBLE" as const),
              repetition_type: "OPTIONAL" as const,
            },
    ),
  ];
  return parquetWriteBuffer({ columnData, schema });
}

/** The Frictionless Data Package descriptor of the shipped tables, CSV and Parquet. */
export function dataPackage(version: string): object {
  const resources = (Object.keys(TABLES) as TableName[]).flatMap((table) => {
    const { file, title, description } = TABLES[table];
    const schema = {
      fields: tableColumns(table).map(({ name, spec }) => ({
        name,
        type: spec.type,
        description: spec.description,
        ...(spec.values ? { constraints: { enum: spec.values } } : {}),
      })),
      missingValues: [""],
    };
    return [
      {
        name: `${file}-csv`,
        path: `${file}.csv`,
        title,
        description: `${description} RFC 4180 CSV.`,
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        dialect: { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', header: true },
        schema,
      },
      {
        name: `${file}-parquet`,
        path: `${file}.parquet`,
        title,
        description: `${description} Apache Parquet, the same columns, typed.`,
        format: "parquet",
        mediatype: "application/vnd.apache.parquet",
        schema,
      },
    ];
  });
  return {
    $schema: "https://datapackage.org/profiles/2.0/datapackage.json",
    name: "armenia-azerbaijan-incidents",
    title: "Armed incidents between Armenia and Azerbaijan",
    description:
      "Cited records of armed incidents between Armenia and Azerbaijan (Nagorno-Karabakh included): every figure " +
      "a claim by someone, with its source. Columns and rules: docs/codebook.md in the package.",
    version,
    homepage: "https://www.npmjs.com/package/armenia-azerbaijan-incidents",
    licenses: [
      { name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/", title: "Data: CC BY 4.0" },
      { name: "MIT", path: "https://opensource.org/license/mit", title: "Code: MIT" },
    ],
    sources: [{ title: "The public pages each record cites (sources.json)", path: "sources.json" }],
    resources,
  };
}

/** Writes dist/data/<table>.parquet and dist/data/datapackage.json. */
export function emitResearchFiles(dir: string, incidents: readonly Incident[], index: FormatIndex, version: string) {
  for (const table of Object.keys(TABLES) as TableName[]) {
    const rows = tableRows(table, incidents, index);
    writeFileSync(path.join(dir, `${TABLES[table].file}.parquet`), Buffer.from(parquetOf(table, rows)));
  }
  writeFileSync(path.join(dir, "datapackage.json"), `${JSON.stringify(dataPackage(version), null, 2)}\n`);
}
