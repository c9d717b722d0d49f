// The built command run as a user runs it: a spawned process, output parsed back, exit statuses checked.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { CLAIM_COLUMNS, INCIDENT_COLUMNS } from "../../src/formats/rows.js";
import { casualtyTotals, filterIncidents, incidents } from "../../src/index.js";

const BIN = path.resolve(import.meta.dirname, "../../dist/cli/main.js");
// The whole dataset as GeoJSON is larger than spawnSync's default buffer of 1 MiB.
const cli = (...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
const ids = (query: Parameters<typeof filterIncidents>[0]) => filterIncidents(query).map((i) => i.id);

// RFC 7946, as far as this package's output goes: positions in [lon, lat] order, or unlocated features.
const Position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const Point = z.object({ type: z.literal("Point"), coordinates: Position }).strict();
const LineString = z.object({ type: z.literal("LineString"), coordinates: z.array(Position).min(2) }).strict();
// A feature is located at its place or the place's nearest located ancestor; null where that would be a country's
// point and another location of the incident is drawn at a finer place (or where nothing is located).
const Geometry = z.union([
  Point,
  LineString,
  z.object({ type: z.literal("GeometryCollection"), geometries: z.array(z.union([Point, LineString])) }).strict(),
]);
const FeatureCollection = z
  .object({
    type: z.literal("FeatureCollection"),
    features: z.array(
      z
        .object({
          type: z.literal("Feature"),
          id: z.string(),
          geometry: Geometry.nullable(),
          properties: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
        })
        .strict(),
    ),
  })
  .strict();

describe("list", () => {
  it("prints NDJSON when piped, filtered like the library", () => {
    const result = cli("list", "--from", "2023", "--party", "azerbaijan");
    expect(result.status).toBe(0);
    const lines = result.stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as { id: string });
    expect(lines.map((i) => i.id)).toEqual(ids({ from: "2023", party: "azerbaijan" }));
  });

  it("accepts repeated and comma-separated values, and --near with a place or a point", () => {
    expect(
      JSON.parse(cli("list", "--place", "tegh,sotk", "--format", "json").stdout).map((i: { id: string }) => i.id),
    ).toEqual(ids({ place: ["tegh", "sotk"] }));
    expect(cli("list", "--type", "blockade", "--type", "incursion").stdout.trimEnd().split("\n")).toHaveLength(
      ids({ type: ["blockade", "incursion"] }).length,
    );
    expect(cli("list", "--near", "tegh:5", "--format", "json").stdout).toContain('"id": "2023-04-11-tegh"');
    const nearPoint = JSON.parse(cli("list", "--near", "40.20306,45.86472:1", "--format", "json").stdout) as {
      id: string;
    }[];
    expect(nearPoint.map((i) => i.id)).toEqual(ids({ near: { lat: 40.20306, lon: 45.86472, km: 1 } }));
  });

  it("takes places by name: --place Khankendi, --near Digh:25, and --near a border section drawn as a line", () => {
    const listed = (...args: string[]) =>
      (JSON.parse(cli("list", ...args, "--format", "json").stdout) as { id: string }[]).map((i) => i.id);
    expect(listed("--place", "Khankendi")).toEqual(ids({ place: "stepanakert" }));
    expect(listed("--near", "Digh:25")).toEqual(ids({ near: { place: "tegh", km: 25 } }));
    const border = listed("--near", "tavush-tovuz-border:5");
    expect(border.length).toBeGreaterThan(0);
    expect(border).toEqual(ids({ near: { place: "tavush-tovuz-border", km: 5 } }));
    expect(listed("--near", "Tavush-Tovuz border:5")).toEqual(border);
  });

  it("writes CSV that a CSV parser reads back: incidents, and claims with --table claims", () => {
    const rows = parse(cli("list", "--format", "csv").stdout, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...INCIDENT_COLUMNS]);
    expect(rows.map((r) => r["id"])).toEqual(incidents.map((i) => i.id));
    const claims = parse(cli("list", "--place", "sotk", "--format", "csv", "--table", "claims").stdout, {
      columns: true,
    }) as Record<string, string>[];
    expect(Object.keys(claims[0]!)).toEqual([...CLAIM_COLUMNS]);
    expect(claims.filter((c) => c["incident_id"] === "2023-09-01-sotk")).toHaveLength(4);
  });

  it("writes GeoJSON that matches the RFC 7946 structure", () => {
    const collection = FeatureCollection.parse(JSON.parse(cli("list", "--format", "geojson").stdout));
    expect(collection.features.length).toBe(incidents.reduce((n, i) => n + i.locations.length, 0));
    expect(collection.features.find((f) => f.id === "2023-04-11-tegh/tegh")?.geometry).toEqual({
      type: "Point",
      coordinates: [46.48054, 39.55826],
    });
  });
});

describe("show, places, stats", () => {
  it("show prints the incident as JSON when piped; an alias-free id resolves", () => {
    const incident = JSON.parse(cli("show", "2023-04-11-tegh").stdout) as { id: string; casualties: unknown[] };
    expect(incident.id).toBe("2023-04-11-tegh");
    expect(incident.casualties.length).toBeGreaterThan(0);
  });

  it("places finds a place under a source's spelling, with its parent chain and coordinates", () => {
    const [tegh] = cli("places", "Tekh")
      .stdout.trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as { id: string; ancestors: string[]; coordinates: number[] });
    expect(tegh).toMatchObject({
      id: "tegh",
      ancestors: ["syunik-province", "armenia"],
      coordinates: [46.48054, 39.55826],
    });
    expect(cli("places", "Tekh", "--format", "table").stdout).toContain("Syunik Province › Armenia");
  });

  it("stats gives each side's own claims apart from the other side's", () => {
    const lines = JSON.parse(cli("stats").stdout) as {
      year: string;
      side: string;
      killed_own: number | null;
      killed_other: number | null;
    }[];
    // The figures grow with the data: they are the library's totals (tested on fixtures in tests/claims).
    expect(lines.map((l) => [l.year, l.side, l.killed_own, l.killed_other])).toEqual(
      casualtyTotals(incidents).map((t) => [t.year, t.side, t.own.killed, t.other.killed]),
    );
    expect(lines.find((l) => l.year === "2020" && l.side === "armenia")?.killed_own).toBeGreaterThan(0);
    const csv = parse(cli("stats", "--format", "csv").stdout, { columns: true }) as Record<string, string>[];
    expect(csv).toHaveLength(lines.length);
  });
});

describe("user mistakes: a message, a suggestion where one exists, status 2, no stack trace", () => {
  const cases: [string[], RegExp][] = [
    [["lst"], /unknown command "lst"\. Did you mean "list"\?/],
    [["list", "--bogus"], /unknown option --bogus/],
    [["list", "--from", "2023-02-30"], /Invalid from "2023-02-30": is not a calendar date/],
    [["list", "--from", "2024", "--to", "2023"], /Invalid from "2024": is after to "2023"/],
    [["list", "--party", "azerbijan"], /Unknown party id "azerbijan"\. Did you mean "azerbaijan"\?/],
    [["list", "--place", "tehg"], /--place: no place is named "tehg"\. Did you mean .*"Tegh"/],
    [
      ["list", "--place", "Aghdam"],
      /"Aghdam" could be any of \d+ places: aghdam \(.*aghdam-tovuz \(Aghdam, settlement in/,
    ],
    [["list", "--type", "shellings"], /Did you mean "shelling"\?/],
    [["list", "--near", "tegh"], /--near takes <place>:<km> or <lat>,<lon>:<km>/],
    [["list", "--near", "tegh:-3"], /Invalid near\.km -3/],
    [["list", "--near", "mount-kilisali:10"], /has no coordinates in the gazetteer/],
    [["list", "--format", "xml"], /--format must be one of table, json, ndjson, csv, geojson \(got "xml"\)/],
    [["list", "--table", "claims"], /--table takes "incidents", "claims" or "episodes", with --format csv/],
    [["list", "--party", ","], /an empty value was given/],
    [["show"], /show needs an incident id/],
    [["show", "2023-04-11-tehg"], /Unknown incident id "2023-04-11-tehg"\. Did you mean "2023-04-11-tegh"/],
    [["show", "2023-04-11-tegh", "extra"], /unexpected argument "extra"/],
    [["show", "2023-04-11-tegh", "--format", "csv"], /--format must be one of text, json \(got "csv"\)/],
    [["places"], /places needs a name/],
    [["places", "Stepanakertt"], /no place is named "Stepanakertt"\. Did you mean "Stepanakert"\?/],
    [["stats", "--format", "geojson"], /--format must be one of table, json, csv/],
    [["--latest", "x"], /--latest must be a whole number/],
  ];
  it.each(cases)("%j", (args, message) => {
    const result = cli(...args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
