// Installing from git runs `prepare` in a checkout without dist/: it must leave a usable build behind.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.join(import.meta.dirname, "../..");

describe("prepare", () => {
  it("builds dist/ in a checkout that has none, as an install from git needs", () => {
    const checkout = mkdtempSync(path.join(tmpdir(), "aai-git-"));
    // What a clone holds: the working tree without installed modules, build output or git's own folder.
    const SKIPPED = new Set(["node_modules", "dist", ".git"]);
    cpSync(ROOT, checkout, { recursive: true, filter: (source) => !SKIPPED.has(path.basename(source)) || path.dirname(source) !== ROOT });
    symlinkSync(path.join(ROOT, "node_modules"), path.join(checkout, "node_modules"), "dir");
    expect(existsSync(path.join(checkout, "dist"))).toBe(false);
    const script = (JSON.parse(readFileSync(path.join(checkout, "package.json"), "utf8")) as { scripts: { prepare?: string } }).scripts.prepare;
    expect(script).toBeDefined();
    execFileSync("npm", ["run", "prepare", "--silent"], { cwd: checkout, stdio: "pipe" });
    expect(existsSync(path.join(checkout, "dist/index.cjs"))).toBe(true);
    expect(existsSync(path.join(checkout, "dist/cli/main.js"))).toBe(true);
  }, 120_000);
});
