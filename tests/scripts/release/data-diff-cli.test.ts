// `npm run data:diff -- --base <ref>` as a user runs it, on a fresh repository with no tags.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { canonicalRecord } from "../../../scripts/data/canonical.js";
import { declaredBump } from "../../../scripts/release/changesets.js";
import { fixtureIncident, makeDataFolder } from "../../fixtures/data-folder.js";

const REPO = path.resolve(import.meta.dirname, "../../..");
const TSX = path.join(REPO, "node_modules", "tsx", "dist", "cli.mjs");

function gitRepo(): { root: string; commit: (message: string) => void } {
  const root = makeDataFolder();
  const git = (...args: string[]) => execFileSync("git", ["-C", root, ...args], { stdio: "ignore" });
  git("init", "-q");
  git("config", "user.email", "test@example.invalid");
  git("config", "user.name", "test");
  const commit = (message: string) => {
    git("add", "-A");
    git("commit", "-q", "-m", message);
  };
  commit("data");
  return { root, commit };
}

const dataDiff = (root: string, ...args: string[]) =>
  spawnSync(process.execPath, [TSX, path.join(REPO, "scripts/release/data-diff.ts"), "--root", root, ...args], { encoding: "utf8" });

describe("data:diff --base", () => {
  it("prints the field-level changes against a commit and ends with the bump", () => {
    const { root } = gitRepo();
    const corrected = fixtureIncident();
    corrected.casualties[0]!.killed = 3;
    writeFileSync(path.join(root, "data/incidents/2023/2023-04-11-tegh.json"), canonicalRecord(corrected));
    const result = dataDiff(root, "--base", "HEAD");
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines).toContain("    2023-04-11-tegh: casualties[0].killed 4 -> 3");
    expect(lines.at(-1)).toBe("bump: patch");
  });

  it("sees an added record as minor and a deleted one as major", () => {
    const { root, commit } = gitRepo();
    const added = { ...fixtureIncident(), id: "2023-09-01-tegh", span: { start: "2023-09-01", end: "2023-09-01", precision: "day" } };
    writeFileSync(path.join(root, "data/incidents/2023/2023-09-01-tegh.json"), canonicalRecord(added));
    expect(dataDiff(root, "--base", "HEAD").stdout.trim().split("\n").at(-1)).toBe("bump: minor");
    commit("add");
    execFileSync("git", ["-C", root, "rm", "-q", "data/incidents/2023/2023-04-11-tegh.json"]);
    const lines = dataDiff(root, "--base", "HEAD").stdout.trim().split("\n");
    expect(lines).toContain("  removed (1): 2023-04-11-tegh");
    expect(lines.at(-1)).toBe("bump: major");
  });

  it("compares what users receive: a commit built with an older estimate rule shows the derived change", () => {
    const { root, commit } = gitRepo();
    // The base commit's own build step publishes the same records with a different rule (best one higher).
    const publish = JSON.stringify(path.join(REPO, "scripts/data/load.ts"));
    mkdirSync(path.join(root, "scripts/build"), { recursive: true });
    writeFileSync(
      path.join(root, "scripts/build/index.ts"),
      [
        `import { mkdirSync, writeFileSync } from "node:fs";`,
        `import { loadRawData } from ${publish};`,
        `import { parseRawData } from ${JSON.stringify(path.join(REPO, "scripts/data/parse.ts"))};`,
        `import { publishDataset } from ${JSON.stringify(path.join(REPO, "scripts/build/publish.ts"))};`,
        `const dataset = publishDataset(parseRawData(loadRawData(process.cwd())).records);`,
        `for (const incident of dataset.incidents) for (const e of incident.estimates) if (e.killed) e.killed.best += 1;`,
        `mkdirSync("src/data/generated", { recursive: true });`,
        `writeFileSync("src/data/generated/dataset.json", JSON.stringify(dataset));`,
      ].join("\n"),
    );
    commit("an older rule");
    const lines = dataDiff(root, "--base", "HEAD").stdout.trim().split("\n");
    expect(lines).toContain("    2023-04-11-tegh: estimates[0].killed.best 5 -> 4");
    expect(lines.at(-1)).toBe("bump: patch");
  });

  it("exits 2 with a message for a ref that is not a commit", () => {
    const { root } = gitRepo();
    const result = dataDiff(root, "--base", "v9.9.9");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('data:diff: "v9.9.9" is not a commit');
  });
});

describe("declaredBump", () => {
  it("takes the largest bump the pending changesets declare for this package", async () => {
    const root = makeDataFolder();
    mkdirSync(path.join(root, ".changeset"));
    writeFileSync(path.join(root, ".changeset", "config.json"), "{}");
    expect((await declaredBump(root)).bump).toBe("none");
    writeFileSync(path.join(root, ".changeset", "fix.md"), '---\n"armenia-azerbaijan-incidents": patch\n---\n\nA correction.\n');
    writeFileSync(path.join(root, ".changeset", "add.md"), '---\n"armenia-azerbaijan-incidents": minor\n---\n\nNew records.\n');
    writeFileSync(path.join(root, ".changeset", "other.md"), '---\n"some-other-package": major\n---\n\nNot ours.\n');
    expect(await declaredBump(root)).toEqual({ bump: "minor", changesets: [".changeset/add.md", ".changeset/fix.md"] });
  });
});
