// `npm run bench`: filterIncidents on seeded synthetic datasets (10k, 100k, 1M incidents) against a hand-written
// Array.prototype.filter, arquero and DuckDB, in one process; the package's own records cloned to 200,000 against
// Array.prototype.filter with the package's own predicates, with createDataset's cost beside JSON.parse's; where
// the indexes start to pay (the size behind INDEX_FROM); then the shipped data (first query) and the cost of
// importing the main entry, in fresh processes. Each target is printed beside its measure. Not part of `npm test`:
// it is heavy. Run with `node --expose-gc --max-old-space-size=8192 --import tsx scripts/bench/index.ts [sizes…]`
// (`--clones=N` sets the cloned size, 200,000 by default; `--only=synthetic,clones,crossover,import` runs some parts).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDataset } from "../../src/create.js";
import { deepFreeze } from "../../src/dataset/freeze.js";
import { makeDataset } from "../../src/dataset/make.js";
import type { Dataset } from "../../src/dataset/types.js";
import * as shipped from "../../src/index.js";
import type { PublishedRecords } from "../../src/lookup/records.js";
import { dayNumber as dayOf } from "../../src/query/engine.js";
import { INDEX_FROM, type IncidentFilter } from "../../src/query/filter.js";
import type { IncidentQuery } from "../../src/query/types.js";
import type { Incident } from "../../src/schema/index.js";
import { jsonModule } from "../build/json-module.js";
import { clonedRecords } from "./clones.js";
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
  // …once the collector's sweeping has finished beside it (on a heap of gigabytes it runs on after gc() returns).
  await new Promise((resolve) => setTimeout(resolve, 200));
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
  const buildMs = filter.index.buildAll();
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
    `records: ${mb(recordsBytes)}; index build (all four indexes, one pass over the incidents): ${fmt(buildMs)} ms, ${mb(indexBytes)} (${((indexBytes / recordsBytes) * 100).toFixed(1)}% of the records)\n`,
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

// The package's own records, cloned: the four queries as a user of the shipped data would write them.
const OWN_QUERIES: readonly { name: string; query: IncidentQuery<string, string, string> }[] = [
  { name: "one month", query: { from: "2020-10", to: "2020-10" } },
  { name: "one year, one side", query: { from: "2021", to: "2021", party: "azerbaijan" } },
  { name: "a province and its descendants, four years", query: { place: "syunik-province", from: "2020", to: "2023" } },
  { name: "within 25 km of a place", query: { near: { place: "tegh", km: 25 } } },
];
const SPEED_UP_TARGET = 30;
const IMPORT_TARGET = 2;

/** The plain filter a user writes: Array.prototype.filter with the dataset's own by* predicates. */
function withPredicates(data: Dataset, query: IncidentQuery<string, string, string>): Incident[] {
  const tests: ((incident: Incident) => boolean)[] = [];
  if (query.from !== undefined || query.to !== undefined)
    tests.push(data.byDate({ ...(query.from && { from: query.from }), ...(query.to && { to: query.to }) }));
  if (query.party !== undefined) tests.push(data.byParty(query.party));
  if (query.place !== undefined || query.near !== undefined)
    tests.push(
      data.byLocation({ ...(query.place && { place: query.place }), ...(query.near && { near: query.near }) }),
    );
  return data.incidents.filter((incident) => tests.every((test) => test(incident)));
}

/** A dataset over the shipped records with their incidents cloned to `size`, made by createDataset (validated). */
function clonedDataset(size: number) {
  return createDataset(clonedRecords(shipped.release as unknown as PublishedRecords, size) as never);
}

const filterOf = (data: Dataset) => data.filterIncidents as unknown as IncidentFilter;
const ids = (incidents: readonly Incident[]) => incidents.map((incident) => incident.id);

async function ownRecords(size: number) {
  console.log(`\n### The package's own records cloned to ${size.toLocaleString("en")} incidents, in one process\n`);
  console.log(
    `${shipped.incidents.length} incidents cloned (scripts/bench/clones.ts: ids suffixed, day-precise dates moved 0 to 27 days), then createDataset.\n`,
  );
  const records = clonedRecords(shipped.release as unknown as PublishedRecords, size);
  // JSON.parse of the same records: their JSON text, in pieces of one copy each (V8's strings stop at 512 MB).
  const texts: string[] = [];
  for (let k = 0; k < records.incidents.length; k += shipped.incidents.length)
    texts.push(JSON.stringify(records.incidents.slice(k, k + shipped.incidents.length)));
  texts.push(JSON.stringify({ ...records, incidents: [] }));
  const parse = await time(() => {
    for (const text of texts) JSON.parse(text);
  }, 3);
  texts.length = 0;
  gc();
  const createStart = performance.now();
  const data = createDataset(records as never);
  const createMs = performance.now() - createStart;
  const filter = filterOf(data);
  console.log("| measure | ms | ratio |");
  console.log("| --- | ---: | ---: |");
  console.log(`| JSON.parse of the records (median of 3) | ${fmt(parse.ms)} | 1 |`);
  console.log(
    `| createDataset (validates, derives, freezes; one run) | ${fmt(createMs)} | ${(createMs / parse.ms).toFixed(1)}× |`,
  );
  console.log(`\nindexed: ${filter.indexed} (INDEX_FROM ${INDEX_FROM})\n`);

  // The first query after creation, index building included: each on a fresh dataset over the same records.
  console.log(
    "| query | results | first query (index build included) | indexed | plain filter (by* predicates) | speed-up | target |",
  );
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | --- |");
  const rows = [];
  for (const { name, query } of OWN_QUERIES) {
    const fresh = makeDataset(data);
    gc();
    const firstStart = performance.now();
    fresh.filterIncidents(query);
    const firstMs = performance.now() - firstStart;
    const indexed = await time(() => data.filterIncidents(query), 31);
    const plain = await time(() => withPredicates(data, query), 31);
    if (!same(ids(indexed.result), ids(plain.result)))
      throw new Error(`${name}: filterIncidents and the predicates disagree at ${size}`);
    const speedUp = plain.ms / indexed.ms;
    const met = speedUp >= SPEED_UP_TARGET;
    rows.push({ name, speedUp, met, firstMs });
    console.log(
      `| ${name} | ${indexed.result.length} | ${fmt(firstMs)} ms | ${fmt(indexed.ms)} ms | ${fmt(plain.ms)} ms | ${speedUp.toFixed(0)}× | ≥ ${SPEED_UP_TARGET}×: ${met ? "met" : "missed"} |`,
    );
  }
  console.log("\nfilterIncidents returned the predicates' records, in the same order, for every query.");
  return { createMs, parseMs: parse.ms, rows };
}

/**
 * INDEX_FROM's rule: the indexes pay from the size where the slowest plain query takes a millisecond or more and
 * the indexes answer every query faster once built. Below it, the indexes could save a user less than a
 * millisecond a query, while their build (reading every incident's dates, parties and places) costs the first
 * query several times a plain query, and memory.
 */
const PLAIN_BUDGET_MS = 1;

/**
 * Where the indexes pay: the four queries at growing sizes, on the plain path and on the indexes, once warm; the
 * first indexed query (the one-pass build included, median of 5 fresh datasets); and how many queries the build
 * takes to be paid back by what each indexed query saves. INDEX_FROM (src/query/filter.ts) comes from this table.
 */
async function crossover(sizes = [400, 800, 1600, 3200, 6400, 12_800, 25_600]) {
  console.log("\n### Where the indexes pay: the package's own records cloned, plain path against indexes\n");
  console.log(
    `Medians of 31 after two warm-up runs; the first indexed call builds every index (one pass; median of 5 fresh datasets). "Paid back after": the build's cost over what each later indexed query saves. The indexes pay from the size where the slowest plain query takes ${PLAIN_BUDGET_MS} ms or more and the indexes answer all four faster.\n`,
  );
  console.log(`| incidents | query | plain path | indexed | first indexed call | paid back after |`);
  console.log("| ---: | --- | ---: | ---: | ---: | ---: |");
  const pays: number[] = [];
  for (const size of sizes) {
    const data = clonedDataset(size);
    const plainPath = makeDataset(data, {}, { indexFrom: Infinity });
    const indexPath = makeDataset(data, {}, { indexFrom: 0 });
    let faster = true;
    let slowestPlain = 0;
    for (const { name, query } of OWN_QUERIES) {
      const firsts: number[] = [];
      for (let k = 0; k < 5; k++) {
        const cold = makeDataset(data, {}, { indexFrom: 0 });
        gc();
        const firstStart = performance.now();
        cold.filterIncidents(query);
        firsts.push(performance.now() - firstStart);
      }
      const firstMs = median(firsts);
      const plain = await time(() => plainPath.filterIncidents(query), 31);
      const indexed = await time(() => indexPath.filterIncidents(query), 31);
      if (!same(ids(plain.result), ids(indexed.result))) throw new Error(`${name}: the two paths disagree at ${size}`);
      const saved = plain.ms - indexed.ms;
      const payback = saved > 0 ? Math.max(0, firstMs - indexed.ms) / saved : Infinity;
      if (saved <= 0) faster = false;
      slowestPlain = Math.max(slowestPlain, plain.ms);
      console.log(
        `| ${size} | ${name} | ${fmt(plain.ms)} ms | ${fmt(indexed.ms)} ms | ${fmt(firstMs)} ms | ${Number.isFinite(payback) ? `${Math.ceil(payback)} queries` : "never"} |`,
      );
    }
    if (faster && slowestPlain >= PLAIN_BUDGET_MS) pays.push(size);
  }
  const from = sizes.find((size) => sizes.filter((s) => s >= size).every((s) => pays.includes(s)));
  console.log(
    `\nThe slowest plain query took ${PLAIN_BUDGET_MS} ms or more, and the indexes answered all four faster, from ${from === undefined ? "none of these sizes" : `${from} incidents`} on: INDEX_FROM is ${INDEX_FROM}.`,
  );
}

/** A fresh Node process running `code` as an ES module; its standard output, a number. */
function fresh(code: string): number {
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", code], { cwd: ROOT, encoding: "utf8" });
  if (result.status !== 0) throw new Error(result.stderr);
  return Number(result.stdout.trim());
}

function shippedAndImport(runs = 21) {
  const entry = path.join(ROOT, "dist/index.js");
  const tmp = mkdtempSync(path.join(os.tmpdir(), "aa-bench-import-"));
  const empty = path.join(tmp, "empty.mjs");
  writeFileSync(empty, "export default 1;\n");
  // Exactly the text the main entry bundles (src/data/generated/dataset.json, written by the build), and a module
  // holding only that data, written as the build writes it: what compiling the records' module costs.
  const json = path.join(ROOT, "src/data/generated/dataset.json");
  const dataOnly = path.join(tmp, "data-only.mjs");
  writeFileSync(dataOnly, jsonModule(readFileSync(json, "utf8")));
  const importOf = (file: string) =>
    `const t = performance.now(); await import(${JSON.stringify(file)}); console.log(performance.now() - t);`;
  const read = `import { readFileSync } from "node:fs"; const text = readFileSync(${JSON.stringify(json)}, "utf8");`;
  const parse = `${read} const t = performance.now(); JSON.parse(text); console.log(performance.now() - t);`;
  const readParse = `import { readFileSync } from "node:fs"; const t = performance.now(); JSON.parse(readFileSync(${JSON.stringify(json)}, "utf8")); console.log(performance.now() - t);`;
  const freeze = `${read} const records = JSON.parse(text); ${deepFreeze.toString()}; const t = performance.now(); deepFreeze(records); console.log(performance.now() - t);`;
  const first = (query: string) =>
    `const m = await import(${JSON.stringify(entry)}); const t = performance.now(); m.filterIncidents(${query}); console.log(performance.now() - t);`;
  const samples = {
    entry: [] as number[],
    empty: [] as number[],
    dataOnly: [] as number[],
    parse: [] as number[],
    readParse: [] as number[],
    freeze: [] as number[],
  };
  const firstQueries = Object.fromEntries(OWN_QUERIES.map(({ name, query }) => [name, JSON.stringify(query)]));
  const firstSamples: Record<string, number[]> = Object.fromEntries(Object.keys(firstQueries).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) {
    samples.entry.push(fresh(importOf(entry)));
    samples.empty.push(fresh(importOf(empty)));
    samples.dataOnly.push(fresh(importOf(dataOnly)));
    samples.parse.push(fresh(parse));
    samples.readParse.push(fresh(readParse));
    samples.freeze.push(fresh(freeze));
    if (i < 11) for (const [name, query] of Object.entries(firstQueries)) firstSamples[name]!.push(fresh(first(query)));
  }
  rmSync(tmp, { recursive: true, force: true });
  const m = Object.fromEntries(Object.entries(samples).map(([key, values]) => [key, median(values)])) as Record<
    keyof typeof samples,
    number
  >;
  console.log(
    `\n### The shipped data (${shipped.incidents.length} incidents, the plain path): the first query in a fresh process (median of 11)\n`,
  );
  console.log("| query | first call |");
  console.log("| --- | ---: |");
  for (const [name, values] of Object.entries(firstSamples)) console.log(`| ${name} | ${fmt(median(values))} ms |`);
  console.log(`\n### Importing the main entry (fresh processes, median of ${runs})\n`);
  console.log("| measure | ms |");
  console.log("| --- | ---: |");
  console.log(`| cold import() of dist/index.js | ${fmt(m.entry)} |`);
  console.log(`| cold import() of an empty module | ${fmt(m.empty)} |`);
  console.log(
    `| cold import() of a module of the records alone (as bundled: JSON.parse of one string) | ${fmt(m.dataOnly)} |`,
  );
  console.log(`| JSON.parse of the same records (src/data/generated/dataset.json, already read) | ${fmt(m.parse)} |`);
  console.log(`| reading and JSON.parse of that file | ${fmt(m.readParse)} |`);
  console.log(`| deepFreeze of the parsed records | ${fmt(m.freeze)} |`);
  const cost = m.entry - m.empty;
  const ratio = cost / m.parse;
  const compile = m.dataOnly - m.empty - m.parse;
  const rest = cost - (m.dataOnly - m.empty) - m.freeze;
  console.log(
    `\nimport less empty module: ${fmt(cost)} ms = ${ratio.toFixed(2)}× JSON.parse (target ≤ ${IMPORT_TARGET}×: ${ratio <= IMPORT_TARGET ? "met" : "missed"}), ${(cost / m.readParse).toFixed(2)}× reading and JSON.parse`,
  );
  console.log(
    `of which: JSON.parse ${fmt(m.parse)} ms, compiling the records' module ${fmt(compile)} ms, freezing ${fmt(m.freeze)} ms, the rest (the helpers' code, binding the dataset) ${fmt(rest)} ms`,
  );
}

const args = process.argv.slice(2);
const clonesArg = args.find((arg) => arg.startsWith("--clones="));
const cloneSize = clonesArg ? Number(clonesArg.slice("--clones=".length)) : 200_000;
const sizes = args.map(Number).filter((n) => n > 0);
console.log(
  `## npm run bench: ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus()[0]?.model ?? "unknown CPU"} (${os.cpus().length} cores), ${mb(os.totalmem())} RAM, ${os.platform()}, load average ${os
    .loadavg()
    .map((load) => load.toFixed(1))
    .join(" ")} at the start`,
);
console.log("Medians after two warm-up runs; timings on a shared machine are noisy.");
const onlyArg = args.find((arg) => arg.startsWith("--only="));
const only = onlyArg ? new Set(onlyArg.slice("--only=".length).split(",")) : undefined;
const run = (part: string) => only === undefined || only.has(part);
if (run("synthetic")) for (const size of sizes.length > 0 ? sizes : [10_000, 100_000, 1_000_000]) await bench(size);
if (run("clones")) await ownRecords(cloneSize);
if (run("crossover")) await crossover();
if (run("import")) shippedAndImport();
console.log(
  `\nLoad average at the end: ${os
    .loadavg()
    .map((load) => load.toFixed(1))
    .join(" ")}`,
);
