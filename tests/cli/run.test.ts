// The command line in-process: help, the overview, and the table output a terminal gets.
import { describe, expect, it } from "vitest";
import { HELP, run } from "../../src/cli/run.js";
import { dataset } from "../../src/index.js";

const terminal = { isTTY: true, columns: 120 };

describe("command line, in process", () => {
  it("prints an overview with counts, span, the latest incidents and what the commands do", () => {
    const { code, stdout } = run([], terminal);
    expect(code).toBe(0);
    expect(stdout).toContain(`${dataset.counts.incidents} incidents from 2016-04-02 to 2023-09-24`);
    expect(stdout).toContain("Latest 5 incidents:");
    expect(stdout.indexOf("2023-09-01-sotk")).toBeLessThan(stdout.indexOf("2023-04-11-tegh"));
    expect(stdout).toContain("armenia-azerbaijan-incidents show 2023-09-01-sotk");
    expect(stdout).toContain("armenia-azerbaijan-incidents places Khankendi");
  });

  it("prints help for the tool and for each command", () => {
    expect(run(["--help"]).stdout).toBe(HELP);
    expect(run(["help"]).stdout).toBe(HELP);
    for (const command of ["list", "show", "places", "stats"]) {
      expect(run([command, "--help"]).stdout).toContain(`Usage: armenia-azerbaijan-incidents ${command}`);
      expect(run(["help", command]).stdout).toContain(`Usage: armenia-azerbaijan-incidents ${command}`);
    }
    expect(run(["-v"]).stdout).toBe(`${dataset.version}\n`);
  });

  it("draws tables on a terminal and machine output otherwise", () => {
    const table = run(["list", "--place", "tegh"], terminal).stdout.split("\n");
    expect(table[0]).toMatch(/^dates\s+id\s+types\s+places$/);
    expect(table[2]).toMatch(/^2023-04-11\s+2023-04-11-tegh\s+exchange-of-fire\s+Tegh$/);
    expect(table.at(-2)).toBe("1 incident(s)");
    expect(JSON.parse(run(["list", "--place", "tegh"]).stdout).id).toBe("2023-04-11-tegh");
  });

  it("shows an incident as text on a terminal, with each claim's claimant and sources", () => {
    const text = run(["show", "2023-09-01-sotk"], terminal).stdout;
    expect(text).toContain("When:     2023-09-01, from about 07:50 local time");
    expect(text).toMatch(/Ministry of Defence of Armenia \(2023-09-03\): Armed Forces of Armenia: 3 killed, 2 wounded \[/);
    expect(text).toContain("Armed Forces of Armenia: killed 3 / 3 / 4");
  });

  it("says when no incident matches, rather than printing nothing", () => {
    expect(run(["list", "--from", "2018", "--to", "2019"], terminal).stdout).toBe("No incident matches these filters.\n");
  });
});
