import { describe, expect, it } from "vitest";
import { coverageReport, formatCoverage } from "../../../scripts/data/coverage.js";
import { loadRawData } from "../../../scripts/data/load.js";
import { parseRawData } from "../../../scripts/data/parse.js";
import { ScaffoldError, scaffoldIncident } from "../../../scripts/data/scaffold.js";
import { lintData, formatProblem } from "../../../scripts/lint/run.js";
import { fixtureIncident, fixtureSources, makeDataFolder } from "../../fixtures/data-folder.js";
import { canonicalRecord } from "../../../scripts/data/canonical.js";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const recordsOf = (root: string) => parseRawData(loadRawData(root)).records;

const incident = (id: string, start: string, end: string, changes: Record<string, unknown> = {}) => ({
  ...fixtureIncident(),
  id,
  span: { start, end, precision: "day" },
  ...changes,
});

describe("coverage report", () => {
  const sources = [
    ...fixtureSources(),
    { id: "s2", publisher: "Trend", language: "en", kind: "news-agency" },
    { id: "s3", publisher: "News.Az", agency: "Trend", language: "en", kind: "news-website" },
  ];
  const root = makeDataFolder({
    sources,
    incidents: [
      incident("2021-05-12-tegh", "2021-05-12", "2021-05-12", { sources: ["s1", "s2"], casualties: [{ losses: "armenia-armed-forces", killed: 1, sources: ["s1"] }] }),
      incident("2023-04-11-tegh", "2023-04-11", "2023-04-11", { sources: ["s2", "s3"], verification: "single-side" }),
      incident("2023-04-30-tegh", "2023-04-30", "2023-05-02", { sources: ["s1"] }),
    ],
  });
  const report = coverageReport(recordsOf(root));

  it("counts incidents by start year and month, with empty years in between", () => {
    expect(report.years.map(({ year, incidents }) => [year, incidents])).toEqual([[2021, 1], [2022, 0], [2023, 2]]);
    expect(report.years[2]!.months).toEqual([0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it("counts an agency's copies once when judging independent sources", () => {
    expect(report.independentlySourced).toEqual({ count: 1, share: 1 / 3 });
    expect(report.weak.singleSource).toEqual(["2023-04-11-tegh", "2023-04-30-tegh"]);
    expect(report.weak.singleSide).toEqual(["2023-04-11-tegh"]);
  });

  it("counts claims by claimant, unattributed figures apart", () => {
    expect(report.claimsByClaimant).toEqual({ "armenia-mod": 2, "(source)": 1 });
    expect(report.sides).toEqual({ armenia: 3 });
  });

  it("prints a grid a reader can scan", () => {
    const text = formatCoverage(report);
    expect(text).toContain("3 incidents, 3 casualty claims, 3 places, 2 parties, 3 sources");
    expect(text).toContain("2022      0     .   .   .");
    expect(text).toContain("two or more independent sources: 1 of 3 (33%)");
  });

  it("reports the gazetteer: places located by kind, settlements named per language", () => {
    const { gazetteer } = report;
    const total = Object.values(gazetteer.kinds).reduce((sum, row) => sum + row.places, 0);
    expect(total).toBe(3);
    expect(gazetteer.settlementNames.settlements).toBe(gazetteer.kinds["settlement"]?.places ?? 0);
    const located = Object.values(gazetteer.kinds).reduce((sum, row) => sum + row.located, 0);
    expect(gazetteer.unlocated.length).toBe(total - located);
    const text = formatCoverage(report);
    expect(text).toContain(`gazetteer: ${located} of 3 places located`);
    expect(text).toMatch(/settlement names: hy \d+, az \d+, ru \d+, all three \d+ of \d+/);
  });
});

describe("data:add scaffold", () => {
  const records = recordsOf(makeDataFolder({ sources: [...fixtureSources(), { id: "s9", publisher: "X", url: "https://www.example.org/a/", language: "en", kind: "news-website" }] }));

  it("names the record from its date and main place, found by any spelling", () => {
    const { file, incident: made, newSources } = scaffoldIncident(records, {
      date: "2024-02-13",
      places: ["Tekh"],
      types: ["killing"],
      actors: ["armenia-armed-forces"],
      urls: ["https://example.org/a", "https://news.example.com/2024/02/13/two-soldiers-killed?utm_x=1"],
      publisher: "Example News",
      published: "2024-02-13",
    });
    expect(file).toBe("data/incidents/2024/2024-02-13-tegh.json");
    expect(made).toMatchObject({ id: "2024-02-13-tegh", span: { start: "2024-02-13", end: "2024-02-13", precision: "day" }, locations: [{ place: "tegh", relation: "near" }] });
    expect(made["sources"]).toEqual(["s9", "example-news-2024-02-13-two-soldiers-killed"]);
    expect(newSources).toHaveLength(1);
  });

  it("spans a whole month where only the month is known, February of a leap year included", () => {
    const { incident: made } = scaffoldIncident(records, { date: "2024-02", places: ["tegh"], types: [], actors: ["armenia-mod"], urls: ["https://example.org/b"] });
    expect(made["span"]).toEqual({ start: "2024-02-01", end: "2024-02-29", precision: "month" });
    expect(made["id"]).toBe("2024-02-01-tegh");
  });

  it("refuses unknown places, types, parties, an existing id and a missing source", () => {
    const base = { date: "2024-02-13", places: ["tegh"], types: [], actors: ["armenia-mod"], urls: ["https://example.org/b"] };
    expect(() => scaffoldIncident(records, { ...base, places: ["Nowhere"] })).toThrow(ScaffoldError);
    expect(() => scaffoldIncident(records, { ...base, types: ["skirmish"] })).toThrow(/unknown --type "skirmish"/);
    expect(() => scaffoldIncident(records, { ...base, actors: ["armenia-navy"] })).toThrow(/unknown --actor/);
    expect(() => scaffoldIncident(records, { ...base, actors: [] })).toThrow(/--actor/);
    expect(() => scaffoldIncident(records, { ...base, date: "2023-04-11" })).toThrow(/exists already/);
    expect(() => scaffoldIncident(records, { ...base, urls: [] })).toThrow(/at least one page/);
    expect(() => scaffoldIncident(records, { ...base, date: "13/02/2024" })).toThrow(/YYYY-MM-DD/);
  });

  it("writes a record the lint rejects until its placeholders are written", async () => {
    const { file, incident: made } = scaffoldIncident(records, { date: "2024-02-13", places: ["tegh"], types: [], actors: ["armenia-mod"], urls: ["https://example.org/a/"] });
    const root = makeDataFolder({ sources: [...fixtureSources(), { id: "s9", publisher: "X", url: "https://www.example.org/a/", language: "en", kind: "news-website" }] });
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), canonicalRecord(made));
    const problems = (await lintData(root, "2026-11-21")).map(formatProblem).sort();
    expect(problems).toEqual([
      "data/incidents/2024/2024-02-13-tegh.json 2024-02-13-tegh.summary: still TODO: write it from the pages read [no-placeholders]",
      "data/incidents/2024/2024-02-13-tegh.json 2024-02-13-tegh.title: still TODO: write it from the pages read [no-placeholders]",
      // No claim, accusation or type yet: the record fits no class of the inclusion policy until they are written.
      "data/incidents/2024/2024-02-13-tegh.json 2024-02-13-tegh: fits no class of the inclusion policy: no casualty claimed, no strike, ground or mine type, and no accusation from 2025 on [inclusion-policy]",
    ]);
  });
});
