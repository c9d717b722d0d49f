// The command line in-process, on a fixture dataset: help, the overview, and the table output a terminal gets.
import { describe, expect, it } from "vitest";
import type { CliDataset } from "../../src/cli/dataset.js";
import { HELP, run } from "../../src/cli/run.js";
import { makeFixture } from "../fixtures/dataset.js";

const data = makeFixture() as unknown as CliDataset;
const terminal = { isTTY: true, columns: 120 };
const cli = (argv: string[], tty = terminal) => run(argv, tty, data);

describe("command line, in process", () => {
  it("prints an overview with counts, span, the latest incidents and what the commands do", () => {
    const { code, stdout } = cli([]);
    expect(code).toBe(0);
    expect(stdout).toContain("3 incidents from 2020-07-12 to 2023-04-11");
    expect(stdout).toContain("Latest 3 incidents:");
    expect(stdout.indexOf("2023-04-11-beta")).toBeLessThan(stdout.indexOf("2020-07-12-alpha"));
    expect(stdout).toContain("2021-05 ");
    expect(stdout).toContain("armenia-azerbaijan-incidents show 2023-04-11-beta");
    expect(cli(["-n", "1"]).stdout).toContain("Latest 1 incidents:");
  });

  it("lines up the overview's columns: the commands' descriptions start in one column", () => {
    for (const shown of [data, { ...data, incidents: data.incidents.slice(0, 1) }] as CliDataset[]) {
      const lines = run([], terminal, shown)
        .stdout.split("\n")
        .filter((line) => line.startsWith("  armenia-azerbaijan-incidents "));
      expect(lines).toHaveLength(6);
      const columns = new Set(lines.map((line) => / {4}(?=\S)/.exec(line)?.index));
      expect(columns.size, lines.join("\n")).toBe(1);
    }
  });

  it("prints help for the tool and for each command", () => {
    expect(cli(["--help"]).stdout).toBe(HELP);
    expect(cli(["help"]).stdout).toBe(HELP);
    for (const command of ["list", "show", "places", "stats", "match", "draft"]) {
      expect(cli([command, "--help"]).stdout).toContain(`Usage: armenia-azerbaijan-incidents ${command}`);
      expect(cli(["help", command]).stdout).toContain(`Usage: armenia-azerbaijan-incidents ${command}`);
    }
  });

  it("draws tables on a terminal and machine output otherwise", () => {
    const table = cli(["list", "--place", "alpha"]).stdout.split("\n");
    expect(table[0]).toMatch(/^dates\s+id\s+types\s+places$/);
    expect(table[2]).toMatch(/^2020-07-12 – 2020-07-16\s+2020-07-12-alpha\s+exchange-of-fire, shelling\s+Alpha$/);
    expect(table.at(-2)).toBe("1 incident(s)");
    expect(JSON.parse(cli(["list", "--place", "alpha"], { isTTY: false, columns: 80 }).stdout).id).toBe(
      "2020-07-12-alpha",
    );
  });

  it("filters like the library, with repeated and comma-separated values", () => {
    const ids = (argv: string[]) =>
      JSON.parse(cli([...argv, "--format", "json"]).stdout).map((i: { id: string }) => i.id);
    expect(ids(["list", "--party", "armenia", "--from", "2021"])).toEqual(["2023-04-11-beta"]);
    expect(ids(["list", "--place", "alpha,gamma"])).toEqual(["2020-07-12-alpha", "2021-05-gamma"]);
    expect(ids(["list", "--type", "incursion", "--type", "drone-strike"])).toEqual([
      "2021-05-gamma",
      "2023-04-11-beta",
    ]);
    expect(ids(["list", "--near", "alpha:10"])).toEqual(["2020-07-12-alpha", "2023-04-11-beta"]);
  });

  it("shows an incident as text on a terminal, with each claim's claimant and sources", () => {
    const text = cli(["show", "2020-07-12-alpha"]).stdout;
    expect(text).toContain("When:     2020-07-12 to 2020-07-16");
    expect(text).toContain("Ministry A (2020-07-23): Army A: 5 killed [src-a]");
    expect(text).toContain("Ministry Z (2020-07-16): Army Z: 12 killed, wounded (no number given) [src-a]");
    expect(text).toContain("Army Z: killed 12 / 12 / 30");
    expect(cli(["show", "2023-04-11-beta"]).stdout).toContain("from about 16:00 local time");
  });

  it("finds places and counts claims on the dataset it is given", () => {
    expect(cli(["places", "Gammavan"]).stdout).toMatch(
      /gamma\s+Gamma \/ Gammavan\s+settlement\s+East District › Azerbaijan/,
    );
    const stats = JSON.parse(cli(["stats", "--format", "json"]).stdout) as {
      year: string;
      side: string;
      killed_own: number;
      killed_other: number;
    }[];
    expect(stats.find((l) => l.year === "2020" && l.side === "azerbaijan")).toMatchObject({
      killed_own: 12,
      killed_other: 30,
    });
  });

  it("says when no incident matches, rather than printing nothing; mistakes exit with status 2", () => {
    expect(cli(["list", "--from", "2018", "--to", "2019"]).stdout).toBe("No incident matches these filters.\n");
    const unknown = cli(["show", "2020-07-12-alfa"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Did you mean "2020-07-12-alpha"?');
  });

  it("lists episodes, and shows one in full by its id, with its running claims and the basis of best", () => {
    const listed = JSON.parse(cli(["episodes", "--format", "json"]).stdout) as {
      id: string;
      incidents: number;
      killed_best: Record<string, number>;
    }[];
    expect(listed).toEqual([
      {
        id: "summer-escalation",
        title: "A summer escalation",
        start: "2020-07-01",
        end: "2020-07-31",
        incidents: 1,
        killed_best: { armenia: 10 },
      },
    ]);
    expect(cli(["episodes"]).stdout).toContain("armenia 10");
    const shown = cli(["show", "summer-escalation"]).stdout;
    expect(shown).toContain("summer-escalation (episode)");
    expect(shown).toContain("Incidents: 1 (list them with: list --episode summer-escalation)");
    expect(shown).toContain("killed 10 / 10 / 40 (best: the side's own figure)");
    expect(cli(["show", "july-escalation"]).stdout).toContain("summer-escalation (episode)");
  });

  it("names an incident's episodes and their running totals in show", () => {
    const shown = cli(["show", "2020-07-12-alpha"]).stdout;
    expect(shown).toContain("Part of A summer escalation (summer-escalation");
    expect(shown).toMatch(/Its running totals for the whole episode[^\n]*\n {2}Army A: killed 10 \/ 10 \/ 40/);
    expect(cli(["show", "2023-04-11-beta"]).stdout).not.toContain("Part of");
  });
});
