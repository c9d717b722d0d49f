import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { dataset } from "../../src/index.js";

describe("command line", () => {
  it("prints an overview with counts, span and the latest incidents", () => {
    const { code, stdout } = run([]);
    expect(code).toBe(0);
    expect(stdout).toContain(`${dataset.counts.incidents} incidents from 2016-04-02 to 2023-09-24`);
    expect(stdout).toContain("Latest 5 incidents:");
    expect(stdout).toContain("2023-09-01-sotk");
    expect(stdout.indexOf("2023-09-01-sotk")).toBeLessThan(stdout.indexOf("2023-04-11-tegh"));
  });

  it("limits the latest incidents", () => {
    expect(run(["--latest", "1"]).stdout).toContain("Latest 1 incidents:");
  });

  it("prints help and version", () => {
    expect(run(["--help"]).stdout).toContain("Usage: armenia-azerbaijan-incidents");
    expect(run(["-v"]).stdout).toBe(`${dataset.version}\n`);
  });

  it("exits 2 with a message on bad input", () => {
    expect(run(["--latst", "3"])).toMatchObject({ code: 2, stdout: "" });
    expect(run(["--latst"]).stderr).toContain("Unknown option '--latst'");
    expect(run(["--latest=-3"]).stderr).toBe('--latest must be a whole number, zero or more (got "-3")\n');
  });
});
