// A reproducible build: two builds of one commit, in another folder, give byte-identical dist/ (declaration unions
// in the same order, the same chunk names).
import { createHash } from "node:crypto";
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const REPO = path.resolve(import.meta.dirname, "../..");
const copy = mkdtempSync(path.join(tmpdir(), "aai-repro-"));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

function digest(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
      .sort()
      .map((file) => [file, createHash("sha256").update(readFileSync(path.join(dir, file))).digest("hex")]),
  );
}

describe("the build", () => {
  it("gives byte-identical dist/ twice over", () => {
    const files = execFileSync("git", ["-C", REPO, "ls-files", "--cached", "--others", "--exclude-standard", "-z"], { encoding: "utf8" })
      .split("\0")
      .filter((file) => file !== "" && file !== "node_modules" && !file.startsWith("node_modules/"));
    for (const file of files) {
      try {
        mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
        cpSync(path.join(REPO, file), path.join(copy, file));
      } catch {
        // Deleted in the working tree but still in the index.
      }
    }
    symlinkSync(path.join(REPO, "node_modules"), path.join(copy, "node_modules"), "dir");
    const build = () => {
      const result = spawnSync("npm", ["run", "build", "--silent"], { cwd: copy, encoding: "utf8" });
      expect(result.status, result.stderr.slice(-2000)).toBe(0);
    };
    build();
    renameSync(path.join(copy, "dist"), path.join(copy, "dist-first"));
    build();
    const first = digest(path.join(copy, "dist-first"));
    expect(Object.keys(first).length).toBeGreaterThan(10);
    expect(digest(path.join(copy, "dist"))).toEqual(first);
  }, 300_000);
});
