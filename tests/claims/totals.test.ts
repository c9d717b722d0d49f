// casualtyTotals: what `stats` prints, from the library, on a fixture dataset.
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { CliDataset } from "../../src/cli/dataset.js";
import { run } from "../../src/cli/run.js";
import { createDataset } from "../../src/create.js";
import { fixtureInput, makeFixture } from "../fixtures/dataset.js";

const data = makeFixture();
const records = (csv: string) => parse(csv, { columns: true, record_delimiter: "\r\n" }) as Record<string, string>[];

describe("casualtyTotals", () => {
  it("sums each claimant camp's latest figures by year and losing side (incident level)", () => {
    const totals = data.casualtyTotals(data.incidents, { episodes: false });
    expect(totals.map((t) => `${t.year} ${t.side}`)).toEqual(["2020 armenia", "2020 azerbaijan", "2023 azerbaijan"]);
    expect(totals[0]).toEqual({
      year: "2020",
      side: "armenia",
      incidents: 1,
      episodes: [],
      // 5, the ministry's revision of its 4, not 4 + 5.
      own: { killed: 5, wounded: null, captured: null, missing: null },
      other: { killed: null, wounded: null, captured: null, missing: null },
    });
    expect(totals[1]).toMatchObject({ own: { killed: 12, wounded: null }, other: { killed: 30, wounded: null } });
  });

  it("lets an episode's figures stand for its incidents', counting each death once", () => {
    const totals = data.casualtyTotals(data.incidents);
    // The escalation's own running total (10) replaces its incident's 5 for the same party and category; the
    // other camp's 40 replaces the incident's (none). Azerbaijan's losses have no episode figure: incidents count.
    expect(totals[0]).toEqual({
      year: "2020",
      side: "armenia",
      incidents: 1,
      episodes: ["summer-escalation"],
      own: { killed: 10, wounded: null, captured: null, missing: null },
      other: { killed: 40, wounded: null, captured: null, missing: null },
    });
    expect(totals[1]).toMatchObject({ side: "azerbaijan", episodes: [], own: { killed: 12 }, other: { killed: 30 } });
  });

  it("counts an episode only when every one of its incidents is given", () => {
    const withEpisode = createDataset({
      ...fixtureInput,
      incidents: [
        ...fixtureInput.incidents,
        {
          ...fixtureInput.incidents[0]!,
          id: "2020-07-20-beta",
          span: { start: "2020-07-20", end: "2020-07-20", precision: "day" },
          locations: [{ place: "beta", relation: "at" }],
          casualties: [
            { losses: "am-army", killed: 2, claimant: "am-mod", reported: "2020-07-20", sources: ["src-a"] },
          ],
        },
      ],
    });
    const alpha = withEpisode.getIncident("2020-07-12-alpha");
    // One of the episode's two incidents: its own figure, not the whole escalation's.
    expect(withEpisode.casualtyTotals([alpha])[0]).toMatchObject({ side: "armenia", episodes: [], own: { killed: 5 } });
    const both = withEpisode.casualtyTotals(withEpisode.filterIncidents({ episode: "summer-escalation" }));
    expect(both[0]).toMatchObject({
      side: "armenia",
      incidents: 2,
      episodes: ["summer-escalation"],
      own: { killed: 10 },
    });
    expect(withEpisode.casualtyTotals(withEpisode.incidents, { episodes: false })[0]).toMatchObject({
      own: { killed: 7 },
    });
  });

  it("rejects an episodes option that is not a boolean", () => {
    expect(() => data.casualtyTotals(data.incidents, { episodes: "no" as never })).toThrow(
      /episodes must be true or false/,
    );
  });

  it("totals over every year with { by: 'all' }", () => {
    const totals = data.casualtyTotals(data.incidents, { by: "all" });
    expect(totals.find((t) => t.side === "azerbaijan")).toMatchObject({
      year: "all",
      incidents: 2,
      own: { killed: 15 },
      other: { killed: 30 },
    });
    expect(totals.find((t) => t.side === "armenia")).toMatchObject({
      year: "all",
      own: { killed: 10 },
      other: { killed: 40 },
    });
  });

  it("leaves a category empty where claims report losses without a number, never 0", () => {
    // Army Z's wounded are reported as "unspecified" only.
    const azerbaijan = data.casualtyTotals([data.getIncident("2020-07-12-alpha")]).find((t) => t.side === "azerbaijan");
    expect(azerbaijan?.own.wounded).toBeNull();
    expect(data.casualtyTotals([])).toEqual([]);
  });

  it("is what `stats` prints: empty cells, not 0, where no claim gives a number", () => {
    const cli = (argv: string[]) => run(argv, { isTTY: false, columns: 80 }, data as unknown as CliDataset);
    const lines = JSON.parse(cli(["stats", "--format", "json"]).stdout) as Record<string, unknown>[];
    const totals = data.casualtyTotals(data.incidents);
    expect(lines.map((l) => [l["year"], l["side"], l["killed_own"], l["killed_other"]])).toEqual(
      totals.map((t) => [t.year, t.side, t.own.killed, t.other.killed]),
    );
    expect(lines.find((l) => l["year"] === "2020" && l["side"] === "azerbaijan")).toMatchObject({
      wounded_own: null,
      wounded_other: null,
    });
    const csv = records(cli(["stats", "--format", "csv"]).stdout);
    expect(csv.find((l) => l["year"] === "2020" && l["side"] === "armenia")).toMatchObject({
      killed_own: "10",
      killed_other: "40",
      wounded_own: "",
      episodes: "summer-escalation",
    });
    const incidentLevel = records(cli(["stats", "--format", "csv", "--without-episodes"]).stdout);
    expect(incidentLevel.find((l) => l["year"] === "2020" && l["side"] === "armenia")).toMatchObject({
      killed_own: "5",
      killed_other: "",
      episodes: "",
    });
  });

  it("rejects what is not a list of incidents", () => {
    expect(() => data.casualtyTotals("all" as never)).toThrow(/must be an array of incidents/);
  });
});

describe("claims.csv latest column", () => {
  it("marks, per category, the claim that gives its claimant's latest figure for the same losses", () => {
    const rows = records(data.toCSV([data.getIncident("2020-07-12-alpha")], { table: "claims" }));
    // The incident's four claims, then its episode's two.
    expect(rows.map((row) => row["latest"])).toEqual(["", "killed", "killed", "killed", "killed", "killed"]);
    expect(rows.map((row) => row["incident_id"] || row["episode_id"])).toEqual([
      ...Array(4).fill("2020-07-12-alpha"),
      "summer-escalation",
      "summer-escalation",
    ]);
  });

  it("sums over the latest claims to each claimant's latest figures, not over every revision", () => {
    const rows = records(data.toCSV(data.incidents, { table: "claims" })).filter((row) => row["incident_id"] !== "");
    const sum = (list: Record<string, string>[]) => list.reduce((total, row) => total + Number(row["killed"] || 0), 0);
    const armenianOwn = rows.filter((row) => row["losses_side"] === "armenia" && row["claimant_side"] === "armenia");
    expect(sum(armenianOwn)).toBe(9);
    expect(sum(armenianOwn.filter((row) => row["latest"]!.split("; ").includes("killed")))).toBe(5);
  });
});
