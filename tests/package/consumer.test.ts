// The built package as a user gets it: packed, unpacked into a fresh project, used from ESM, CommonJS and strict
// TypeScript, and its command run. No network: the runtime dependencies and TypeScript are linked from this repository.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEVELOPMENT_FIELDS, stagePackage } from "../../scripts/release/stage.js";

const REPO = path.resolve(import.meta.dirname, "../..");
const pkg = JSON.parse(readFileSync(path.join(REPO, "package.json"), "utf8")) as { name: string; version: string };
let project: string;
let staged: string;
let installed: string;

const node = (file: string) => execFileSync(process.execPath, [file], { cwd: project, encoding: "utf8" });

beforeAll(() => {
  project = mkdtempSync(path.join(tmpdir(), "aai-consumer-"));
  // Packed as it is published: from the staged package, whose manifest has no scripts.
  staged = stagePackage(mkdtempSync(path.join(tmpdir(), "aai-staged-")));
  const [packed] = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--pack-destination", project], {
      cwd: staged,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }),
  ) as { filename: string }[];
  installed = path.join(project, "node_modules", pkg.name);
  mkdirSync(installed, { recursive: true });
  execFileSync("tar", ["-xzf", path.join(project, packed!.filename), "-C", installed, "--strip-components=1"]);
  const { dependencies } = JSON.parse(readFileSync(path.join(REPO, "package.json"), "utf8")) as {
    dependencies: Record<string, string>;
  };
  for (const dependency of Object.keys(dependencies)) {
    symlinkSync(path.join(REPO, "node_modules", dependency), path.join(project, "node_modules", dependency), "dir");
  }
  writeFileSync(
    path.join(project, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module" }),
  );
});

afterAll(() => {
  rmSync(project, { recursive: true, force: true });
  rmSync(staged, { recursive: true, force: true });
});

describe("the packed package", () => {
  it("works from ESM: data, helpers, the schema entry and the shipped JSON", () => {
    writeFileSync(
      path.join(project, "esm.mjs"),
      `import { dataset, getIncident, findPlaces, filterIncidents, UnknownIdError } from "${pkg.name}";
import { DatasetSchema } from "${pkg.name}/schema";
import * as shipped from "${pkg.name}";
import { createDataset } from "${pkg.name}/create";
import incidents from "${pkg.name}/data/incidents.json" with { type: "json" };
import places from "${pkg.name}/data/places.json" with { type: "json" };
import parties from "${pkg.name}/data/parties.json" with { type: "json" };
import sources from "${pkg.name}/data/sources.json" with { type: "json" };
import episodes from "${pkg.name}/data/episodes.json" with { type: "json" };
import { matchArticle } from "${pkg.name}/article";
let error;
try { getIncident("nope"); } catch (e) { error = e instanceof UnknownIdError; }
console.log(JSON.stringify({
  version: dataset.version,
  tegh: getIncident("2023-04-11-tegh").locations[0].place,
  tekh: findPlaces("Tekh")[0].id,
  syunik: filterIncidents({ place: "syunik-province" }).map((i) => i.id).includes("2023-04-11-tegh"),
  valid: DatasetSchema.safeParse({ incidents, places, parties, sources, episodes }).success,
  article: matchArticle("Four Armenian soldiers were killed near Digh on Tuesday, the defence ministry in Yerevan said.", { published: "2023-04-12" })[0].incident.id,
  same: incidents.length === dataset.counts.incidents,
  merged: createDataset({ ...shipped, incidents: [...shipped.incidents, { ...getIncident("2023-04-11-tegh"), id: "mine-2023-05-20-tegh" }] })
    .filterIncidents({ place: "tegh" }).length === filterIncidents({ place: "tegh" }).length + 1,
  error,
}));`,
    );
    expect(JSON.parse(node("esm.mjs"))).toEqual({
      version: pkg.version,
      tegh: "tegh",
      tekh: "tegh",
      syunik: true,
      valid: true,
      article: "2023-04-11-tegh",
      same: true,
      merged: true,
      error: true,
    });
  });

  it("works from CommonJS", () => {
    writeFileSync(
      path.join(project, "cjs.cjs"),
      `const { dataset, incidents, getPlace } = require("${pkg.name}");
const { IncidentSchema } = require("${pkg.name}/schema");
const { createDataset } = require("${pkg.name}/create");
const incident = incidents[0];
const title = incident.title;
try { incident.title = "changed"; } catch {}
const frozen = Object.isFrozen(incident) && incident.title === title;
console.log(JSON.stringify({
  count: incidents.length === dataset.counts.incidents,
  label: getPlace("stepanakert").label,
  parses: IncidentSchema.safeParse(JSON.parse(JSON.stringify(incident))).success,
  frozen,
  created: createDataset({ incidents, places: require("${pkg.name}").places, parties: require("${pkg.name}").parties, sources: require("${pkg.name}").sources, episodes: require("${pkg.name}").episodes }).incidents.length === incidents.length,
  article: require("${pkg.name}/article").readArticle("Джермук", {}).places[0].place.id,
}));`,
    );
    expect(JSON.parse(node("cjs.cjs"))).toEqual({
      count: true,
      label: "Stepanakert / Khankendi",
      parses: true,
      frozen: true,
      created: true,
      article: "jermuk",
    });
  });

  it("types ids as literal unions in strict TypeScript: a misspelt id fails to compile", () => {
    writeFileSync(
      path.join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: "nodenext",
          moduleResolution: "nodenext",
          target: "es2022",
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ["good.ts", "bad.ts"],
      }),
    );
    writeFileSync(
      path.join(project, "good.ts"),
      `import { getIncident, getPlace, filterIncidents, type Incident, type PlaceId } from "${pkg.name}";
import { IncidentSchema, type Incident as AnyIncident } from "${pkg.name}/schema";
import { createDataset } from "${pkg.name}/create";
const incident: Incident = getIncident("2023-04-11-tegh");
const where: PlaceId = incident.locations[0]!.place;
export const label: string = getPlace(where).label;
export const found: Incident[] = filterIncidents({ party: "azerbaijan", from: "2023", near: { place: "tegh", km: 30 } });
export const parsed: AnyIncident = IncidentSchema.parse({});
export const mine = createDataset({ incidents: [], places: [], parties: [], sources: [] }).filterIncidents({ place: "any-string" });
`,
    );
    writeFileSync(
      path.join(project, "bad.ts"),
      `import { getPlace } from "${pkg.name}";\nexport const p = getPlace("tekh");\n`,
    );
    const tsc = spawnSync(
      process.execPath,
      [path.join(REPO, "node_modules", "typescript", "bin", "tsc"), "-p", project],
      { encoding: "utf8" },
    );
    const errors = tsc.stdout.split("\n").filter((line) => line.includes("error TS"));
    // getPlace has a second, deprecated overload for aliases, so the error is "no overload matches".
    expect(errors).toEqual([expect.stringMatching(/bad\.ts\(2,27\): error TS2769: No overload matches this call\./)]);
    expect(tsc.stdout).toContain(`Argument of type '"tekh"' is not assignable to parameter of type`);
  });

  it("runs its commands through npx, under both names", () => {
    // What npm's installer does for a package's bins: link them into node_modules/.bin, executable.
    const bins = JSON.parse(readFileSync(path.join(installed, "package.json"), "utf8")).bin as Record<string, string>;
    mkdirSync(path.join(project, "node_modules", ".bin"), { recursive: true });
    for (const [name, target] of Object.entries(bins)) {
      chmodSync(path.join(installed, target), 0o755);
      symlinkSync(path.join(installed, target), path.join(project, "node_modules", ".bin", name));
    }
    const npx = (...args: string[]) =>
      execFileSync("npx", ["--no-install", ...args], {
        cwd: project,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
      });
    expect(Object.keys(bins).sort()).toEqual(["aa-incidents", "armenia-azerbaijan-incidents"]);
    expect(npx("armenia-azerbaijan-incidents", "--version").trim()).toBe(pkg.version);
    expect(JSON.parse(npx("aa-incidents", "show", "2023-04-11-tegh")).id).toBe("2023-04-11-tegh");
  });

  it("ships the dataset as CSV, GeoJSON and NDJSON under data/, made by the package itself", () => {
    const data = path.join(installed, "dist", "data");
    const csv = readFileSync(path.join(data, "incidents.csv"), "utf8");
    const incidents = JSON.parse(readFileSync(path.join(data, "incidents.json"), "utf8")) as { id: string }[];
    expect(csv.split("\r\n").filter(Boolean)).toHaveLength(incidents.length + 1);
    expect(JSON.parse(readFileSync(path.join(data, "incidents.geojson"), "utf8")).type).toBe("FeatureCollection");
    expect(readFileSync(path.join(data, "incidents.ndjson"), "utf8").trimEnd().split("\n")).toHaveLength(
      incidents.length,
    );
    expect(readFileSync(path.join(data, "claims.csv"), "utf8").startsWith("incident_id,claim,losses,")).toBe(true);
  });

  it("ships what the exports map points at, and no sources or tests", () => {
    const listing = execFileSync("tar", ["-tzf", path.join(project, `${pkg.name}-${pkg.version}.tgz`)], {
      encoding: "utf8",
    }).split("\n");
    const expected = [
      "dist/index.js",
      "dist/index.cjs",
      "dist/index.d.ts",
      "dist/index.d.cts",
      "dist/schema/index.js",
      "dist/schema/index.d.cts",
      "dist/cli/main.js",
      "dist/json-schema/incident.json",
      "dist/data/incidents.json",
      "dist/data/incidents.csv",
      "dist/data/incidents.geojson",
      "LICENSE",
      "LICENSE-DATA.md",
    ];
    for (const file of expected) expect(listing, file).toContain(`package/${file}`);
    expect(listing.filter((file) => /^package\/(src|tests|scripts|data|release)\//.test(file))).toEqual([]);
  });

  it("publishes a manifest without scripts, while the repository keeps `prepare` for installs from git", () => {
    type Manifest = { exports?: unknown; dependencies?: unknown; scripts?: Record<string, string>; private?: boolean };
    const root = JSON.parse(readFileSync(path.join(REPO, "package.json"), "utf8")) as Manifest;
    const published = JSON.parse(readFileSync(path.join(installed, "package.json"), "utf8")) as Manifest;
    for (const field of DEVELOPMENT_FIELDS) expect(published, field).not.toHaveProperty(field);
    expect(published).toMatchObject({ name: pkg.name, version: pkg.version, dependencies: root.dependencies });
    expect(published.exports).toEqual(root.exports);
    expect(root.scripts).toHaveProperty("prepare");
    // The repository itself cannot be published by mistake with its scripts.
    expect(root.private).toBe(true);
  });
});
