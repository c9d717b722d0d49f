// The build, once more: installing from git runs `prepare` in a checkout without dist/, which must leave a usable
// build behind, and that build, made in another folder, must be byte-identical to the dist/ `npm test` built first
// (a reproducible build: declaration unions in the same order, the same chunk names). Run `npm run build` before
// running this file alone.
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const checkout = mkdtempSync(path.join(tmpdir(), "aai-git-"));
afterAll(() => rmSync(checkout, { recursive: true, force: true }));

function digest(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
      .sort()
      .map((file) => [
        file,
        createHash("sha256")
          .update(readFileSync(path.join(dir, file)))
          .digest("hex"),
      ]),
  );
}

beforeAll(() => {
  // What a clone holds: the working tree without installed modules, build output or git's own folder.
  const SKIPPED = new Set(["node_modules", "dist", ".git"]);
  cpSync(ROOT, checkout, {
    recursive: true,
    filter: (source) => !SKIPPED.has(path.basename(source)) || path.dirname(source) !== ROOT,
  });
  symlinkSync(path.join(ROOT, "node_modules"), path.join(checkout, "node_modules"), "dir");
  expect(existsSync(path.join(checkout, "dist"))).toBe(false);
  const script = (
    JSON.parse(readFileSync(path.join(checkout, "package.json"), "utf8")) as { scripts: { prepare?: string } }
  ).scripts.prepare;
  expect(script).toBeDefined();
  execFileSync("npm", ["run", "prepare", "--silent"], { cwd: checkout, stdio: "pipe" });
});

describe("the build", () => {
  it("prepare builds dist/ in a checkout that has none, as an install from git needs", () => {
    expect(existsSync(path.join(checkout, "dist/index.cjs"))).toBe(true);
    expect(existsSync(path.join(checkout, "dist/cli/main.js"))).toBe(true);
  });

  it("gives byte-identical dist/ in another folder", () => {
    expect(existsSync(path.join(ROOT, "dist/index.cjs")), "no dist/ here: run `npm run build` first").toBe(true);
    const here = digest(path.join(ROOT, "dist"));
    expect(Object.keys(here).length).toBeGreaterThan(10);
    expect(digest(path.join(checkout, "dist"))).toEqual(here);
  });
});
