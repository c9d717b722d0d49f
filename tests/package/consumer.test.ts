// The built package as a user gets it: packed, unpacked into a fresh project, used from ESM, CommonJS and strict
// TypeScript, and its command run. No network: zod and TypeScript are linked from this repository.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const REPO = path.resolve(import.meta.dirname, "../..");
const pkg = JSON.parse(readFileSync(path.join(REPO, "package.json"), "utf8")) as { name: string; version: string };
let project: string;
let installed: string;

const node = (file: string) => execFileSync(process.execPath, [file], { cwd: project, encoding: "utf8" });

beforeAll(() => {
  project = mkdtempSync(path.join(tmpdir(), "aai-consumer-"));
  const [packed] = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--pack-destination", project], { cwd: REPO, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }),
  ) as { filename: string }[];
  installed = path.join(project, "node_modules", pkg.name);
  mkdirSync(installed, { recursive: true });
  execFileSync("tar", ["-xzf", path.join(project, packed!.filename), "-C", installed, "--strip-components=1"]);
  symlinkSync(path.join(REPO, "node_modules", "zod"), path.join(project, "node_modules", "zod"), "dir");
  writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
}, 120_000);

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe("the packed package", () => {
  it("works from ESM: data, helpers, the schema entry and the shipped JSON", () => {
    writeFileSync(
      path.join(project, "esm.mjs"),
      `import { dataset, getIncident, findPlaces, filterIncidents, UnknownIdError } from "${pkg.name}";
import { DatasetSchema } from "${pkg.name}/schema";
import incidents from "${pkg.name}/data/incidents.json" with { type: "json" };
import places from "${pkg.name}/data/places.json" with { type: "json" };
import parties from "${pkg.name}/data/parties.json" with { type: "json" };
import sources from "${pkg.name}/data/sources.json" with { type: "json" };
let error;
try { getIncident("nope"); } catch (e) { error = e instanceof UnknownIdError; }
console.log(JSON.stringify({
  version: dataset.version,
  tegh: getIncident("2023-04-11-tegh").locations[0].place,
  tekh: findPlaces("Tekh")[0].id,
  syunik: filterIncidents({ place: "syunik-province" }).map((i) => i.id).includes("2023-04-11-tegh"),
  valid: DatasetSchema.safeParse({ incidents, places, parties, sources }).success,
  same: incidents.length === dataset.counts.incidents,
  error,
}));`,
    );
    expect(JSON.parse(node("esm.mjs"))).toEqual({ version: pkg.version, tegh: "tegh", tekh: "tegh", syunik: true, valid: true, same: true, error: true });
  });

  it("works from CommonJS", () => {
    writeFileSync(
      path.join(project, "cjs.cjs"),
      `const { dataset, incidents, getPlace } = require("${pkg.name}");
const { IncidentSchema } = require("${pkg.name}/schema");
const incident = incidents[0];
const title = incident.title;
try { incident.title = "changed"; } catch {}
const frozen = Object.isFrozen(incident) && incident.title === title;
console.log(JSON.stringify({
  count: incidents.length === dataset.counts.incidents,
  label: getPlace("stepanakert").label,
  parses: IncidentSchema.safeParse(JSON.parse(JSON.stringify(incident))).success,
  frozen,
}));`,
    );
    expect(JSON.parse(node("cjs.cjs"))).toEqual({ count: true, label: "Stepanakert / Khankendi", parses: true, frozen: true });
  });

  it("types ids as literal unions in strict TypeScript: a misspelt id fails to compile", () => {
    writeFileSync(
      path.join(project, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { strict: true, module: "nodenext", moduleResolution: "nodenext", target: "es2022", noEmit: true, skipLibCheck: false, types: [] }, files: ["good.ts", "bad.ts"] }),
    );
    writeFileSync(
      path.join(project, "good.ts"),
      `import { getIncident, getPlace, filterIncidents, type Incident, type PlaceId } from "${pkg.name}";
import { IncidentSchema, type Incident as AnyIncident } from "${pkg.name}/schema";
const incident: Incident = getIncident("2023-04-11-tegh");
const where: PlaceId = incident.locations[0]!.place;
export const label: string = getPlace(where).label;
export const found: Incident[] = filterIncidents({ party: "azerbaijan", from: "2023", near: { place: "tegh", km: 30 } });
export const parsed: AnyIncident = IncidentSchema.parse({});
`,
    );
    writeFileSync(path.join(project, "bad.ts"), `import { getPlace } from "${pkg.name}";\nexport const p = getPlace("tekh");\n`);
    const tsc = spawnSync(process.execPath, [path.join(REPO, "node_modules", "typescript", "bin", "tsc"), "-p", project], { encoding: "utf8" });
    const errors = tsc.stdout.split("\n").filter((line) => line.includes("error TS"));
    // getPlace has a second, deprecated overload for aliases, so the error is "no overload matches".
    expect(errors).toEqual([expect.stringMatching(/bad\.ts\(2,27\): error TS2769: No overload matches this call\./)]);
    expect(tsc.stdout).toContain(`Argument of type '"tekh"' is not assignable to parameter of type`);
  }, 60_000);

  it("runs its command from the installed package", () => {
    const bin = path.join(installed, "dist", "cli", "main.js");
    expect(execFileSync(process.execPath, [bin, "--version"], { encoding: "utf8" }).trim()).toBe(pkg.version);
  });

  it("ships what the exports map points at, and no sources or tests", () => {
    const files = execFileSync("tar", ["-tzf", path.join(project, `${pkg.name}-${pkg.version}.tgz`)], { encoding: "utf8" }).split("\n");
    for (const file of ["dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts", "dist/schema/index.js", "dist/schema/index.d.cts", "dist/json-schema/incident.json", "dist/data/incidents.json", "LICENSE", "LICENSE-DATA.md"]) {
      expect(files, file).toContain(`package/${file}`);
    }
    expect(files.filter((file) => /^package\/(src|tests|scripts|data)\//.test(file))).toEqual([]);
  });
});
