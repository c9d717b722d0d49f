// Adding a valid incident with its changeset breaks none of the checks the data passes through: proven on a copy of
// data/ where a copy of Tegh moved to another date is added. What a new record can break is checked here directly,
// in process: the lint, the build's data step (validation, derivation, the generated id unions, which must still
// typecheck), and the release check, which must accept the record with a minor changeset and ask for one without.
// How the package is built, packed and tested does not depend on the number of records; `npm test` checks it once.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canonicalRecord } from "../../scripts/data/canonical.js";
import { loadRawData } from "../../scripts/data/load.js";
import { parseRawData } from "../../scripts/data/parse.js";
import { idsModule } from "../../scripts/build/generate.js";
import { publishDataset } from "../../scripts/build/publish.js";
import type { PublishedRecords } from "../../src/lookup/records.js";
import { formatProblem, lintData } from "../../scripts/lint/run.js";
import { declaredBump } from "../../scripts/release/changesets.js";
import { currentState } from "../../scripts/release/current.js";
import { diffStates } from "../../scripts/release/diff/index.js";
import { judge } from "../../scripts/release/judge.js";
import { manifestState, readManifest } from "../../scripts/release/manifest.js";
import { recordsFromPublished } from "../../scripts/release/state.js";

const REPO = path.resolve(import.meta.dirname, "../..");
const NEW_ID = "2023-05-20-tegh";
let copy: string;
let grown: PublishedRecords;

beforeAll(() => {
  copy = mkdtempSync(path.join(tmpdir(), "aai-growth-"));
  cpSync(path.join(REPO, "data"), path.join(copy, "data"), { recursive: true });
  mkdirSync(path.join(copy, ".changeset"));
  writeFileSync(path.join(copy, ".changeset/config.json"), "{}");
  const tegh = JSON.parse(readFileSync(path.join(copy, "data/incidents/2023/2023-04-11-tegh.json"), "utf8")) as Record<string, unknown>;
  delete tegh["aliases"];
  const moved = { ...tegh, id: NEW_ID, span: { start: "2023-05-20", end: "2023-05-20", precision: "day" } };
  writeFileSync(path.join(copy, `data/incidents/2023/${NEW_ID}.json`), canonicalRecord(moved));
  const { records, problems } = parseRawData(loadRawData(copy));
  expect(problems.map(formatProblem)).toEqual([]);
  grown = publishDataset(records);
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe("a dataset that grows", () => {
  it("passes the data lint", async () => {
    const errors = (await lintData(copy)).filter((problem) => !problem.warning);
    expect(errors.map(formatProblem)).toEqual([]);
  });

  it("builds: the record is published and the generated id unions still typecheck", () => {
    expect(grown.incidents.map((incident) => incident.id)).toContain(NEW_ID);
    const dir = path.join(copy, "generated");
    mkdirSync(dir);
    writeFileSync(path.join(dir, "package.json"), '{ "type": "module" }');
    writeFileSync(path.join(dir, "ids.ts"), idsModule(grown));
    writeFileSync(
      path.join(dir, "probe.ts"),
      [
        `import type { CurrentIncidentId, IncidentId } from "./ids.js";`,
        `const added: CurrentIncidentId = ${JSON.stringify(NEW_ID)};`,
        `const old: IncidentId = "2023-04-11-tegh";`,
        `// @ts-expect-error: not an id`,
        `const wrong: IncidentId = "2023-05-21-tegh";`,
        `export { added, old, wrong };`,
      ].join("\n"),
    );
    const options: ts.CompilerOptions = {
      strict: true,
      noEmit: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      lib: ["lib.es2022.d.ts"],
      types: [],
    };
    const program = ts.createProgram([path.join(dir, "probe.ts")], options);
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(diagnostics).toEqual([]);
  });

  it("passes the release check with a minor changeset, and fails without one", async () => {
    const manifest = readManifest()!;
    // The API and declarations of the current build (npm test builds first): the new id changes the declarations
    // too, which a minor release covers.
    const { api, types } = await currentState();
    const diff = diffStates(manifestState(manifest), { records: recordsFromPublished(grown), api, types });
    expect(diff.records.incidents.added).toContain(NEW_ID);
    expect(judge(diff, (await declaredBump(copy)).bump, manifest.version)).toMatchObject({ ok: false });
    writeFileSync(path.join(copy, ".changeset/growth.md"), '---\n"armenia-azerbaijan-incidents": minor\n---\n\nA new incident.\n');
    const declared = await declaredBump(copy);
    expect(declared.bump).toBe("minor");
    const result = judge(diff, declared.bump, manifest.version);
    expect(result.ok, result.message).toBe(true);
  });
});
