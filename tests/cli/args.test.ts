// What the command line does with flags given twice, misspelt, or to a reader that goes away.
import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { CliDataset } from "../../src/cli/dataset.js";
import { run } from "../../src/cli/run.js";
import { makeFixture } from "../fixtures/dataset.js";

const data = makeFixture() as unknown as CliDataset;
const cli = (argv: string[]) => run(argv, { isTTY: false, columns: 120 }, data);
const BIN = path.resolve(import.meta.dirname, "../../dist/cli/main.js");

describe("repeated flags", () => {
  it("refuses a second value for a single-valued flag instead of keeping the last", () => {
    for (const argv of [
      ["list", "--from", "2022", "--from", "2023"],
      ["list", "--near", "alpha:25", "--near", "beta:10"],
      ["list", "--format", "csv", "--format", "json"],
    ]) {
      const result = cli(argv);
      expect(result.code, argv.join(" ")).toBe(2);
      expect(result.stderr).toMatch(/--(from|near|format) was given 2 times; it takes one value/);
      expect(result.stdout).toBe("");
    }
  });

  it("combines the repeats of a multi-valued flag, as the help says", () => {
    const ids = (argv: string[]) =>
      JSON.parse(cli([...argv, "--format", "json"]).stdout).map((i: { id: string }) => i.id);
    const both = ids(["list", "--type", "shelling", "--type", "exchange-of-fire"]);
    expect(both).toEqual(ids(["list", "--type", "shelling,exchange-of-fire"]));
    expect(both.length).toBeGreaterThanOrEqual(ids(["list", "--type", "shelling"]).length);
  });
});

describe("unknown flags", () => {
  it("suggests the flag that was meant", () => {
    const result = cli(["list", "--form", "2023"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown option --form (did you mean --from?)");
  });

  it("says only that the flag is unknown when nothing is close", () => {
    const result = cli(["list", "--zzzzzzzz"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown option --zzzzzzzz");
    expect(result.stderr).not.toContain("did you mean");
  });
});

describe("pipes", () => {
  it("stops quietly, with status 0, when the reader closes the pipe early", async () => {
    const child = spawn(process.execPath, [BIN, "list", "--format", "geojson"], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    // Read one chunk, then go away, as `head -c 100` would.
    await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on("close", (status) => resolve(status)));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });
});
