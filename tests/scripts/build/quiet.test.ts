// `npm start` shows the overview, not the build's log: the build runs through a quiet runner.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const QUIET = path.join(ROOT, "scripts/build/quiet.mjs");
const quiet = (...command: string[]) => spawnSync(process.execPath, [QUIET, ...command], { encoding: "utf8" });

describe("npm start", () => {
  it("builds through the quiet runner, then runs the command line", () => {
    const { scripts } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    };
    expect(scripts["start"]).toBe("node scripts/build/quiet.mjs && node dist/cli/main.js");
  });

  it("prints nothing for a build that succeeds", () => {
    const result = quiet(process.execPath, "-e", "console.log('30 lines of build log'); console.error('more')");
    expect(result).toMatchObject({ status: 0, stdout: "", stderr: "" });
  });

  it("prints the log and fails with the build's status when the build fails", () => {
    const result = quiet(process.execPath, "-e", "console.log('what went wrong'); process.exit(3)");
    expect(result.status).toBe(3);
    expect(result.stdout).toContain("what went wrong");
    expect(result.stderr).toContain("The build failed (exit status 3)");
  });
});
