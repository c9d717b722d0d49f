// The command line in-process, on a fixture dataset: help, the overview, and the table output a terminal gets.
import { describe, expect, it } from "vitest";
import type { CliDataset } from "../../src/cli/dataset.js";
import { killedBySide } from "../../src/cli/commands/list.js";
import { HELP, run } from "../../src/cli/run.js";
import { createDataset } from "../../src/create.js";
import { fixtureInput, fixturePlaces, makeFixture } from "../fixtures/dataset.js";

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
    // A dataset without a sweep ledger says nothing of one.
    expect(cli([]).stdout).not.toContain("Pages searched");
  });

  it("says how far the pages were searched, where the dataset knows it", () => {
    const swept = { ...data, info: { ...data.info, sweptTo: "2026-03-13" } } as CliDataset;
    expect(run([], terminal, swept).stdout).toContain(
      "Pages searched for incidents up to 2026-03-13: later days are not looked at yet.",
    );
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
    expect(table[0]).toMatch(/^dates\s+id\s+killed\s+title$/);
    expect(table[2]).toMatch(/^2020-07-12 – 16\s+2020-07-12-alpha\s+AM 5, AZ 12\s+Incident 2020-07-12-alpha$/);
    expect(table.at(-2)).toBe("1 incident(s)");
    expect(JSON.parse(cli(["list", "--place", "alpha"], { isTTY: false, columns: 80 }).stdout).id).toBe(
      "2020-07-12-alpha",
    );
  });

  it("shows each incident's title and the best figures of killed by side of the dead, in 100 columns", () => {
    const table = cli(["list"], { isTTY: true, columns: 100 }).stdout.split("\n");
    expect(table.slice(2, 5).map((row) => row.split(/ {2,}/))).toEqual([
      ["2020-07-12 – 16", "2020-07-12-alpha", "AM 5, AZ 12", "Incident 2020-07-12-alpha"],
      ["2021-05-01 – 31", "2021-05-gamma", "—", "Incident 2021-05-gamma"],
      ["2023-04-11", "2023-04-11-beta", "AZ 3", "Incident 2023-04-11-beta"],
    ]);
    // A narrow terminal cuts the title, at a word where it can.
    const narrow = cli(["list"], { isTTY: true, columns: 60 }).stdout.split("\n");
    expect(narrow[2]).toBe("2020-07-12 – 16  2020-07-12-alpha  AM 5, AZ 12  Incident…");
    expect(cli(["list", "--help"]).stdout).toContain("best figures of killed, by side of the dead");
  });

  it("sums each side's best figures of killed over its parties, sides in a fixed order", () => {
    const range = (best: number) => ({ low: best, best, high: best, claimants: 1 });
    expect(
      killedBySide({
        estimates: [
          { losses: "az-army", side: "azerbaijan", killed: range(2) },
          { losses: "am-army", side: "armenia", killed: range(3), wounded: range(9) },
          { losses: "am-civilians", side: "armenia", killed: range(1) },
          { losses: "az-civilians", side: "azerbaijan", killed: range(1) },
          { losses: "monitor", side: "other", wounded: range(1) },
        ],
      }),
    ).toBe("AM 4, AZ 3");
    expect(killedBySide({ estimates: [] })).toBe("—");
  });

  it("takes --place by id, earlier id or any name or spelling, and --near by name, for points and lines", () => {
    const ids = (argv: string[], dataset = data) =>
      JSON.parse(run([...argv, "--format", "json"], terminal, dataset).stdout).map((i: { id: string }) => i.id);
    for (const place of ["gamma", "gama", "Gammavan", "gammavan", "GAMMA"])
      expect(ids(["list", "--place", place])).toEqual(["2021-05-gamma"]);
    expect(ids(["list", "--place", "Альфа,Alfa"])).toEqual(["2020-07-12-alpha"]);
    expect(ids(["list", "--place", "Nord"])).toEqual(["2020-07-12-alpha", "2023-04-11-beta"]);
    expect(ids(["list", "--near", "Alfa:5"])).toEqual(["2020-07-12-alpha"]);
    // Lines: the Front runs from Alpha to Beta with no point of its own; High Road's line passes 34 km from Alpha.
    expect(ids(["list", "--near", "front:0.5"])).toEqual(["2020-07-12-alpha", "2023-04-11-beta"]);
    expect(ids(["list", "--near", "High Road:36"])).toEqual(["2020-07-12-alpha"]);

    // Several matches: the first when it matches better (the whole name), else a list to choose from.
    const twice = createDataset({
      ...fixtureInput,
      places: [
        ...fixtureInput.places,
        { ...fixturePlaces[3]!, id: "alpha-east", parent: "east-district", country: "AZ", variants: [], names: {} },
        { ...fixturePlaces[4]!, id: "beta-hill", name: "Beta Hill", kind: "height" },
      ],
    }) as unknown as CliDataset;
    expect(ids(["list", "--place", "beta"], twice)).toEqual(["2023-04-11-beta"]);
    expect(ids(["list", "--place", "Alfa"], twice)).toEqual(["2020-07-12-alpha"]);
    const ambiguous = run(["list", "--place", "Alpha"], terminal, twice);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain(
      '--place: "Alpha" could be any of 2 places: alpha (Alpha, settlement in North Province), alpha-east (Alpha, settlement in East District)',
    );
  });

  it("refuses a place name that matches nothing, with the closest names, exit status 2", () => {
    for (const argv of [
      ["list", "--place", "Alpah"],
      ["list", "--near", "Alpah:5"],
    ]) {
      const result = cli(argv);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(/--(place|near): no place is named "Alpah"\. Did you mean "Alpha"/);
    }
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
    // The filters of list narrow the incidents counted: none of 2020 is of class `ground`.
    const filtered = JSON.parse(cli(["stats", "--inclusion", "ground", "--format", "json"]).stdout) as typeof stats;
    expect(filtered.every((l) => l.year !== "2020")).toBe(true);
    expect(filtered.length).toBeLessThan(stats.length);
    expect(cli(["stats", "--excludeInclusion", "mines"]).stderr).toContain('Did you mean "mine"?');
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
