// `npm run bench`: filterIncidents on seeded synthetic datasets (10k, 100k, 1M incidents) against a hand-written
// Array.prototype.filter, arquero and DuckDB, in one process; then the shipped data (first query, index building
// included) and the cost of importing the main entry, in fresh processes. Not part of `npm test`: it is heavy.
// Run with `node --expose-gc --max-old-space-size=8192 --import tsx scripts/bench/index.ts [sizes…]`.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { makeDataset } from "../../src/dataset/make.js";
import type { Dataset } from "../../src/dataset/types.js";
import { dayNumber as dayOf } from "../../src/query/engine.js";
import type { IncidentFilter } from "../../src/query/filter.js";
import type { Incident } from "../../src/schema/index.js";
import { syntheticRecords } from "./synthetic.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const memory = () => {
  gc();
  gc();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
};
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] as number;
};
const fmt = (ms: number) =>
  ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(3);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function time<T>(run: () => T | Promise<T>, repeat: number): Promise<{ ms: number; result: T }> {
  gc(); // each series starts on a collected heap, so that one approach does not pay for another's garbage
  let result = await run(); // warm-up
  await run();
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    result = await run();
    times.push(performance.now() - start);
  }
  return { ms: median(times), result };
}

// The four queries, as filterIncidents takes them, with what the peers need to answer them.
const POINT = { lat: 39.7, lon: 44.9 };
const QUERIES = [
  { name: "one month", query: { from: "2020-10", to: "2020-10" }, from: "2020-10-01", to: "2020-10-31" },
  {
    name: "one year, one side",
    query: { from: "2021", to: "2021", party: "azerbaijan" },
    from: "2021-01-01",
    to: "2021-12-31",
    side: "azerbaijan",
  },
  {
    name: "province + descendants, four years",
    query: { place: "am-p3", from: "2019", to: "2022" },
    from: "2019-01-01",
    to: "2022-12-31",
    place: "am-p3",
  },
  { name: "within 25 km of a point", query: { near: { ...POINT, km: 25 } }, km: 25 },
] as const;
type Spec = (typeof QUERIES)[number];

const radians = (degrees: number) => (degrees * Math.PI) / 180;
function haversine(lon1: number, lat1: number, lon2: number, lat2: number) {
  const h =
    Math.sin(radians(lat2 - lat1) / 2) ** 2 +
    Math.cos(radians(lat1)) * Math.cos(radians(lat2)) * Math.sin(radians(lon2 - lon1) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The plain filter: Array.prototype.filter over the records, predicates written by hand, sets prepared once. */
function plainFilter(data: Dataset) {
  const sideParties = (side: string) => new Set(data.parties.filter((p) => p.side === side).map((p) => p.id));
  const inside = (container: string) =>
    new Set(data.places.filter((p) => p.id === container || p.ancestors.includes(container)).map((p) => p.id));
  const coordinates = new Map(data.places.map((p) => [p.id, p.coordinates]));
  return (spec: Spec): Incident[] => {
    const tests: ((incident: Incident) => boolean)[] = [];
    if ("from" in spec) tests.push((i) => i.span.start <= spec.to && i.span.end >= spec.from);
    if ("side" in spec) {
      const wanted = sideParties(spec.side);
      tests.push((i) => i.actors.some((a) => wanted.has(a)) || i.casualties.some((c) => wanted.has(c.losses)));
    }
    if ("place" in spec) {
      const wanted = inside(spec.place);
      tests.push((i) => i.locations.some((l) => wanted.has(l.place)));
    }
    if ("km" in spec) {
      tests.push((i) =>
        i.locations.some((l) => {
          const c = coordinates.get(l.place);
          return c !== undefined && haversine(c[0], c[1], POINT.lon, POINT.lat) <= spec.km;
        }),
      );
    }
    return data.incidents.filter((incident) => tests.every((test) => test(incident)));
  };
}

/** arquero: a table of the incidents (day numbers, party and place lists), queried with its filter verbs. */
async function arqueroPeer(data: Dataset) {
  const aq = await import("arquero");
  const { op } = aq;
  const incidents = data.incidents;
  const table = aq.table({
    id: incidents.map((i) => i.id),
    start: Int32Array.from(incidents, (i) => dayOf(i.span.start)),
    end: Int32Array.from(incidents, (i) => dayOf(i.span.end)),
    parties: incidents.map((i) => [...new Set([...i.actors, ...i.casualties.map((c) => c.losses)])]),
    places: incidents.map((i) => i.locations.map((l) => l.place)),
  });
  const sideParties = (side: string) => new Set(data.parties.filter((p) => p.side === side).map((p) => p.id));
  const inside = (container: string) =>
    new Set(data.places.filter((p) => p.id === container || p.ancestors.includes(container)).map((p) => p.id));
  const near = (km: number) =>
    new Set(
      data.places
        .filter((p) => p.coordinates && haversine(p.coordinates[0], p.coordinates[1], POINT.lon, POINT.lat) <= km)
        .map((p) => p.id),
    );
  return (spec: Spec): string[] => {
    let t = table;
    if ("from" in spec)
      t = t
        .params({ f: dayOf(spec.from), u: dayOf(spec.to) })
        .filter((d: { start: number; end: number }, $: { f: number; u: number }) => d.start <= $.u && d.end >= $.f);
    if ("side" in spec) {
      const wanted = sideParties(spec.side);
      t = t.filter(aq.escape((d: { parties: string[] }) => d.parties.some((p) => wanted.has(p))));
    }
    if ("place" in spec) {
      const wanted = inside(spec.place);
      t = t.filter(aq.escape((d: { places: string[] }) => d.places.some((p) => wanted.has(p))));
    }
    if ("km" in spec) {
      const wanted = near(spec.km);
      t = t.filter(aq.escape((d: { places: string[] }) => d.places.some((p) => wanted.has(p))));
    }
    void op;
    return t.array("id") as string[];
  };
}

/** The part of @duckdb/node-api the benchmark uses. */
interface DuckDBModule {
  DuckDBInstance: {
    create(path: string): Promise<{
      connect(): Promise<{
        run(sql: string): Promise<unknown>;
        runAndReadAll(sql: string): Promise<{ getRows(): unknown[][] }>;
        closeSync(): void;
      }>;
    }>;
  };
}

/**
 * DuckDB (@duckdb/node-api): the same tables loaded from CSV; only the queries are timed. It is not a
 * devDependency: its lockfile entries name native packages for other platforms that the registry this project
 * installs from does not serve, which breaks `npm ci`. Install it for a run: `npm install --no-save @duckdb/node-api`.
 */
async function duckdbPeer(data: Dataset) {
  const name = "@duckdb/node-api";
  const { DuckDBInstance } = (await import(name)) as DuckDBModule;
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  const dir = mkdtempSync(path.join(os.tmpdir(), "aa-bench-"));
  const write = (name: string, header: string, rows: Iterable<string>) => {
    const file = path.join(dir, `${name}.csv`);
    const lines = [header];
    for (const row of rows) lines.push(row);
    writeFileSync(file, `${lines.join("\n")}\n`);
    return file;
  };
  const incidents = data.incidents;
  const files = {
    incidents: write(
      "incidents",
      "pos,id,s,e",
      incidents.map((i, pos) => `${pos},${i.id},${dayOf(i.span.start)},${dayOf(i.span.end)}`),
    ),
    involvement: write(
      "involvement",
      "pos,party",
      incidents.flatMap((i, pos) =>
        [...new Set([...i.actors, ...i.casualties.map((c) => c.losses)])].map((p) => `${pos},${p}`),
      ),
    ),
    locations: write(
      "locations",
      "pos,place",
      incidents.flatMap((i, pos) => i.locations.map((l) => `${pos},${l.place}`)),
    ),
    places: write(
      "places",
      "id,lon,lat",
      data.places.filter((p) => p.coordinates).map((p) => `${p.id},${p.coordinates![0]},${p.coordinates![1]}`),
    ),
    closure: write(
      "closure",
      "place,ancestor",
      data.places.flatMap((p) => [p.id, ...p.ancestors].map((a) => `${p.id},${a}`)),
    ),
    parties: write(
      "parties",
      "id,side",
      data.parties.map((p) => `${p.id},${p.side}`),
    ),
  };
  for (const [name, file] of Object.entries(files))
    await connection.run(`CREATE TABLE ${name} AS SELECT * FROM read_csv('${file}', header = true)`);
  rmSync(dir, { recursive: true, force: true });
  const sql = (spec: Spec): string => {
    const where: string[] = [];
    if ("from" in spec) where.push(`s <= ${dayOf(spec.to)} AND e >= ${dayOf(spec.from)}`);
    if ("side" in spec)
      where.push(`pos IN (SELECT pos FROM involvement JOIN parties ON party = parties.id WHERE side = '${spec.side}')`);
    if ("place" in spec)
      where.push(`pos IN (SELECT pos FROM locations JOIN closure USING (place) WHERE ancestor = '${spec.place}')`);
    if ("km" in spec) {
      const distance = `2 * 6371.0088 * asin(least(1, sqrt(pow(sin(radians(${POINT.lat} - lat) / 2), 2) + cos(radians(lat)) * cos(radians(${POINT.lat})) * pow(sin(radians(${POINT.lon} - lon) / 2), 2))))`;
      where.push(`pos IN (SELECT pos FROM locations JOIN places ON place = places.id WHERE ${distance} <= ${spec.km})`);
    }
    return `SELECT id FROM incidents WHERE ${where.join(" AND ")} ORDER BY pos`;
  };
  return {
    run: async (spec: Spec): Promise<string[]> => {
      const reader = await connection.runAndReadAll(sql(spec));
      return reader.getRows().map((row) => String(row[0]));
    },
    close: () => connection.closeSync(),
  };
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, k) => id === b[k]);

async function bench(size: number) {
  const before = memory();
  const records = syntheticRecords(size);
  const recordsBytes = memory() - before;
  // The internal factory: records in the published shape, no zod validation (createDataset would validate each).
  const data = makeDataset(records);
  const filter = data.filterIncidents as unknown as IncidentFilter;
  const plain = plainFilter(data);
  const beforeIndex = memory();
  const buildStart = performance.now();
  const each = filter.index.buildAll();
  const buildMs = performance.now() - buildStart;
  const indexBytes = memory() - beforeIndex;
  const repeat = size >= 1_000_000 ? 7 : size >= 100_000 ? 15 : 31;
  const arquero = await arqueroPeer(data);
  let duck: Awaited<ReturnType<typeof duckdbPeer>> | undefined;
  try {
    duck = await duckdbPeer(data);
  } catch (error) {
    console.log(
      `DuckDB unavailable (npm install --no-save @duckdb/node-api to include it): ${(error as Error).message}`,
    );
  }
  console.log(`\n### ${size.toLocaleString("en")} incidents (${data.places.length} places)\n`);
  console.log(
    `records: ${mb(recordsBytes)}; index build (all four indexes): ${fmt(buildMs)} ms, ${mb(indexBytes)} (${((indexBytes / recordsBytes) * 100).toFixed(1)}% of the records)`,
  );
  console.log(
    `each index: ${Object.entries(each)
      .map(([name, ms]) => `${name} ${fmt(ms)} ms`)
      .join(", ")}\n`,
  );
  console.log("| query | results | indexed | plain filter | speed-up | arquero | DuckDB |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  const rows = [];
  for (const spec of QUERIES) {
    const indexed = await time(() => data.filterIncidents(spec.query as never).map((i) => i.id), repeat);
    const naive = await time(() => plain(spec).map((i) => i.id), repeat);
    const aq = await time(() => arquero(spec), repeat);
    const dk = duck ? await time(() => duck.run(spec), repeat) : undefined;
    for (const [name, ids] of [
      ["plain filter", naive.result],
      ["arquero", aq.result],
      ["DuckDB", dk?.result],
    ] as const) {
      if (ids !== undefined && !same(ids, indexed.result))
        throw new Error(
          `${spec.name}: ${name} returns other ids than filterIncidents (${ids.length} vs ${indexed.result.length})`,
        );
    }
    const speedUp = naive.ms / indexed.ms;
    rows.push({
      size,
      query: spec.name,
      results: indexed.result.length,
      indexed: indexed.ms,
      plain: naive.ms,
      speedUp,
      arquero: aq.ms,
      duckdb: dk?.ms,
    });
    console.log(
      `| ${spec.name} | ${indexed.result.length} | ${fmt(indexed.ms)} ms | ${fmt(naive.ms)} ms | ${speedUp.toFixed(0)}× | ${fmt(aq.ms)} ms | ${dk ? `${fmt(dk.ms)} ms` : "n/a"} |`,
    );
  }
  console.log("\nEvery approach returned identical ids, in the same order, for every query.");
  duck?.close();
  return { size, buildMs, indexBytes, recordsBytes, rows };
}

/** A fresh Node process running `code` as an ES module; its standard output, a number. */
function fresh(code: string): number {
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", code], { cwd: ROOT, encoding: "utf8" });
  if (result.status !== 0) throw new Error(result.stderr);
  return Number(result.stdout.trim());
}

function shippedAndImport(runs = 21) {
  const entry = path.join(ROOT, "dist/index.js");
  const empty = path.join(os.tmpdir(), `aa-bench-empty-${process.pid}.mjs`);
  writeFileSync(empty, "export default 1;\n");
  const files = ["incidents", "places", "parties", "sources", "episodes"].map((name) =>
    path.join(ROOT, "dist/data", `${name}.json`),
  );
  const importOf = (file: string) =>
    `const t = performance.now(); await import(${JSON.stringify(file)}); console.log(performance.now() - t);`;
  const parse = (withRead: boolean) =>
    `import { readFileSync } from "node:fs"; const files = ${JSON.stringify(files)};` +
    (withRead
      ? `const t = performance.now(); for (const f of files) JSON.parse(readFileSync(f, "utf8")); console.log(performance.now() - t);`
      : `const texts = files.map((f) => readFileSync(f, "utf8")); const t = performance.now(); for (const s of texts) JSON.parse(s); console.log(performance.now() - t);`);
  const first = (query: string) =>
    `const m = await import(${JSON.stringify(entry)}); const t = performance.now(); m.filterIncidents(${query}); console.log(performance.now() - t);`;
  const samples = { entry: [] as number[], empty: [] as number[], parse: [] as number[], readParse: [] as number[] };
  const firstQueries = {
    "one month": '{ from: "2020-10", to: "2020-10" }',
    "one year, one side": '{ from: "2021", party: "azerbaijan", to: "2021" }',
    "a province and its descendants": '{ place: "syunik-province", from: "2020", to: "2023" }',
    "within 25 km of a place": '{ near: { place: "tegh", km: 25 } }',
  };
  const firstSamples: Record<string, number[]> = Object.fromEntries(Object.keys(firstQueries).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) {
    samples.entry.push(fresh(importOf(entry)));
    samples.empty.push(fresh(importOf(empty)));
    samples.parse.push(fresh(parse(false)));
    samples.readParse.push(fresh(parse(true)));
    if (i < 11) for (const [name, query] of Object.entries(firstQueries)) firstSamples[name]!.push(fresh(first(query)));
  }
  rmSync(empty, { force: true });
  const entryMs = median(samples.entry);
  const emptyMs = median(samples.empty);
  const parseMs = median(samples.parse);
  const readParseMs = median(samples.readParse);
  console.log("\n### The shipped data: the first query in a fresh process, index building included (median of 11)\n");
  console.log("| query | first call |");
  console.log("| --- | ---: |");
  for (const [name, values] of Object.entries(firstSamples)) console.log(`| ${name} | ${fmt(median(values))} ms |`);
  console.log(`\n### Importing the main entry (fresh processes, median of ${runs})\n`);
  console.log("| measure | ms |");
  console.log("| --- | ---: |");
  console.log(`| cold import() of dist/index.js | ${fmt(entryMs)} |`);
  console.log(`| cold import() of an empty module | ${fmt(emptyMs)} |`);
  console.log(
    `| JSON.parse of dist/data/{incidents,places,parties,sources,episodes}.json (already read) | ${fmt(parseMs)} |`,
  );
  console.log(`| reading and JSON.parse of the same files | ${fmt(readParseMs)} |`);
  console.log(
    `\nimport less empty module: ${fmt(entryMs - emptyMs)} ms = ${((entryMs - emptyMs) / parseMs).toFixed(2)}× JSON.parse, ${((entryMs - emptyMs) / readParseMs).toFixed(2)}× reading and JSON.parse`,
  );
}

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
console.log(
  `## npm run bench: ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus()[0]?.model ?? "unknown CPU"} (${os.cpus().length} cores), ${mb(os.totalmem())} RAM, ${os.platform()}`,
);
console.log("Medians after two warm-up runs; timings on a shared machine are noisy.");
for (const size of sizes.length > 0 ? sizes : [10_000, 100_000, 1_000_000]) await bench(size);
shippedAndImport();
