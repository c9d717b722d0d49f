// Adding a valid incident with its changeset breaks no test: proven in a temporary copy of the repository, where
// a copy of Tegh moved to another date is added and the checks of `npm test` run (the packed-package test aside,
// which this copy would only repeat).
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { canonicalRecord } from "../../scripts/data/canonical.js";

const REPO = path.resolve(import.meta.dirname, "../..");
const copy = path.join(mkdtempSync(path.join(tmpdir(), "aai-growth-")), "repo");
afterAll(() => rmSync(path.dirname(copy), { recursive: true, force: true }));

function copyRepository() {
  // A clone for the history release:check rebuilds the last release from, then the working tree's files over it.
  execFileSync("git", ["clone", "--quiet", "--no-hardlinks", "--no-checkout", REPO, copy], { stdio: "ignore" });
  const files = execFileSync("git", ["-C", REPO, "ls-files", "--cached", "--others", "--exclude-standard", "-z"], { encoding: "utf8" })
    .split("\0")
    .filter((file) => file !== "" && file !== "node_modules" && !file.startsWith("node_modules/"));
  for (const file of files) {
    const from = path.join(REPO, file);
    try {
      mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
      cpSync(from, path.join(copy, file));
    } catch {
      // A file deleted in the working tree but still in the index: skip it.
    }
  }
  symlinkSync(path.join(REPO, "node_modules"), path.join(copy, "node_modules"), "dir");
  // The seed articles the article tests read sit beside the repository (../shared/seeds): beside the copy too.
  symlinkSync(path.resolve(REPO, "../shared"), path.join(path.dirname(copy), "shared"), "dir");
}

function addIncident() {
  const tegh = JSON.parse(readFileSync(path.join(copy, "data/incidents/2023/2023-04-11-tegh.json"), "utf8")) as Record<string, unknown>;
  delete tegh["aliases"];
  const moved = { ...tegh, id: "2023-05-20-tegh", span: { start: "2023-05-20", end: "2023-05-20", precision: "day" } };
  writeFileSync(path.join(copy, "data/incidents/2023/2023-05-20-tegh.json"), canonicalRecord(moved));
  writeFileSync(
    path.join(copy, ".changeset/growth-test-incident.md"),
    '---\n"armenia-azerbaijan-incidents": minor\n---\n\nA new incident (written by the growth test).\n',
  );
}

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const step = (args: string[]) => spawnSync(npm, args, { cwd: copy, encoding: "utf8", env: { ...process.env, CI: "1" } });

describe("a dataset that grows", () => {
  it("adds a valid incident and its changeset: build, typecheck, lint, release check and the test suite pass", () => {
    copyRepository();
    addIncident();
    const steps: string[][] = [
      ["run", "build", "--silent"],
      ["exec", "--", "tsc", "--noEmit"],
      ["run", "data:lint", "--silent"],
      ["run", "release:check", "--silent"],
      [
        "exec", "--", "vitest", "run",
        // A new record can break the tests of the data and of what shows it, not how the package is packed or
        // built, which the outer run checks once.
        ...["tests/data/growth.test.ts", "tests/package/consumer.test.ts", "tests/package/reproducible.test.ts", "tests/package/prepare.test.ts"].flatMap((p) => ["--exclude", p]),
      ],
    ];
    for (const args of steps) {
      const result = step(args);
      expect(result.status, `${args.join(" ")}\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`).toBe(0);
    }
  }, 600_000);
});
