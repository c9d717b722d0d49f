// The README's examples, with the outputs it prints beside them: if the data changes, the README must too.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { enumValues, generatedNames, generatedPart, README_FILE, renderReadme } from "../scripts/build/readme.js";
import { CASUALTY_BOUNDS, CASUALTY_CATEGORIES, ESTIMATE_BASES } from "../src/schema/categories.js";
import {
  casualtyTotals,
  filterIncidents,
  findPlaces,
  getIncident,
  getParty,
  getPlace,
  isIncidentId,
} from "../src/index.js";
import * as main from "../src/index.js";

const README = readFileSync(path.resolve(import.meta.dirname, "../README.md"), "utf8");

describe("README examples", () => {
  it("print what the README says they print", () => {
    const tegh = getIncident("2023-04-11-tegh");
    const lines = tegh.casualties
      .filter((claim) => typeof claim.killed === "number")
      .map((claim) => `${claim.claimant}: ${claim.losses} killed ${claim.killed} (${claim.reported})`);
    for (const line of lines) expect(README).toContain(`"${line}"`);
    expect(lines).toHaveLength(3);
    expect(tegh.estimates[1]).toEqual({
      losses: "azerbaijan-armed-forces",
      side: "azerbaijan",
      killed: { low: 3, best: 3, high: 3, claimants: 1, basis: "own-camp" },
      wounded: { low: 4, best: 4, high: 4, claimants: 1, basis: "own-camp" },
    });
    expect(getPlace(tegh.locations[0]!.place).label).toBe("Tegh / Digh");
    expect(findPlaces("Khankendi")[0]!.label).toBe("Stepanakert / Khankendi");
    expect(findPlaces("Digh")[0]!.id).toBe("tegh");
    expect(README).toContain('findPlaces("Digh")[0].id; // "tegh"');
    // The filters' results grow with the data: the README says what they include.
    expect(filterIncidents({ from: "2023", party: "azerbaijan", place: "syunik-province" }).map((i) => i.id)).toContain(
      "2023-04-11-tegh",
    );
    expect(filterIncidents({ near: { place: "tegh", km: 10 } }).map((i) => i.id)).toEqual(
      expect.arrayContaining(["2022-12-12-lachin-corridor", "2023-04-11-tegh"]),
    );
  });

  it("query claims.csv for each claimant's latest figure, not every revision", () => {
    const query = /SELECT losses_side[\s\S]*?claims\.csv[\s\S]*?;/.exec(README)?.[0];
    expect(query).toBeDefined();
    expect(query).toMatch(/sum\(killed\) FILTER \(WHERE list_contains\(string_split\(latest, '; '\), 'killed'\)\)/);
  });

  it("give the 2020 worked example of the totals rule as casualtyTotals computes it", () => {
    const table = /### Totals: each death once[\s\S]*?\n\| losses of[^\n]*\n\|[^\n]*\n((?:\|[^\n]*\n)+)/.exec(
      README,
    )?.[1];
    expect(table).toBeDefined();
    const number = (cell: string) => Number(cell.trim().replace(/,/g, ""));
    const rows = table!
      .trim()
      .split("\n")
      .map((line) => line.split("|").slice(1, -1));
    const sides: Record<string, string> = {
      Azerbaijan: "azerbaijan",
      Armenia: "armenia",
      "Nagorno-Karabakh": "nagorno-karabakh",
    };
    const year = filterIncidents({ from: "2020-01-01", to: "2020-12-31" });
    const withEpisodes = casualtyTotals(year);
    const incidentLevel = casualtyTotals(year, { episodes: false });
    expect(rows.map((row) => row[0]!.trim())).toEqual(Object.keys(sides));
    for (const row of rows) {
      const side = sides[row[0]!.trim()];
      expect(incidentLevel.find((t) => t.side === side)?.own.killed, `${side} incident level`).toBe(number(row[1]!));
      expect(withEpisodes.find((t) => t.side === side)?.own.killed, `${side} total`).toBe(number(row[4]!));
      expect(withEpisodes.find((t) => t.side === side)?.episodes).toContain("2020-war");
    }
  });

  it("give the record's mine toll since November 2020 as the data holds it", () => {
    const [, killed, wounded] =
      /<!-- mine-toll -->(\d+) Azerbaijani\s+killed and (\d+) wounded<!-- \/mine-toll -->/.exec(README) ?? [];
    let best = { killed: 0, wounded: 0 };
    for (const incident of filterIncidents({ inclusion: "mine", from: "2020-11-10" }))
      for (const estimate of incident.estimates)
        if (getParty(estimate.losses).side === "azerbaijan")
          best = {
            killed: best.killed + (estimate.killed?.best ?? 0),
            wounded: best.wounded + (estimate.wounded?.best ?? 0),
          };
    expect({ killed: Number(killed), wounded: Number(wounded) }).toEqual(best);
  });

  it("describe the Sotk estimate as the data derives it", () => {
    expect(README).toContain("So for Sotk, Armenian armed forces killed: low 3, best 3, high 4");
    const estimate = getIncident("2023-09-01-sotk").estimates.find((e) => e.losses === "armenia-armed-forces");
    expect(estimate?.killed).toMatchObject({ low: 3, best: 3, high: 4 });
  });

  it("names in the coverage table only incidents the data holds (new records need not be listed there)", () => {
    const listed = [...README.matchAll(/^\| `(\d{4}-\d{2}-\d{2}-[a-z0-9-]+)` +\|/gm)].map((m) => m[1]!);
    expect(listed.length).toBeGreaterThan(0);
    for (const id of listed) expect(isIncidentId(id), id).toBe(true);
  });
});

describe("the README's generated parts", () => {
  it("are current: npm run docs:readme writes what README.md holds (run it after the data changes)", async () => {
    const options = { ...(await prettier.resolveConfig(README_FILE)), filepath: README_FILE };
    expect(README).toBe(await prettier.format(renderReadme(README), options));
  });

  it("stand where the README gives counts, the coverage grid, the episodes, the lookups, the files and the values", () => {
    const names = generatedNames(README);
    for (const name of [
      "coverage",
      "episodes",
      "files",
      "lookups",
      "alias-maps",
      "id-types",
      "collections",
      "sides",
      "values:incident.types",
      "values:place.kind",
      "values:party.kind",
      "values:source.kind",
    ]) {
      expect(names, name).toContain(name);
    }
    // The rule sections the codebook copies hold no generated part: the codebook is written from them as they stand.
    const rules = README.slice(
      README.indexOf("### How the estimates are derived"),
      README.indexOf("## What the data covers"),
    );
    expect(rules).not.toContain("<!-- generated:");
  });

  it("say what the data and the schemas hold", () => {
    const { counts } = main.dataset;
    const coverage = generatedPart("coverage");
    expect(coverage).toMatch(new RegExp(`^${counts.incidents} incidents from`));
    expect(coverage).toContain(`in ${counts.episodes} episodes`);
    for (const type of ["mine-explosion", "explosion"])
      expect(generatedPart("values:incident.types")).toContain(`\`${type}\``);
    expect(generatedPart("files")).toContain("`episodes.json`");
    expect(generatedPart("alias-maps")).toContain("`episodeAliases`");
    for (const episode of main.episodes) expect(generatedPart("episodes")).toContain(`| \`${episode.id}\` |`);
    // A grid row per year, its total the incidents that start in it.
    for (const match of coverage.matchAll(/^(\d{4}) +(\d+) /gm)) {
      const year = match[1]!;
      expect(main.incidents.filter((i) => i.span.start.startsWith(year)).length, year).toBe(Number(match[2]));
    }
  });

  it("describe every value of the lists written by hand, each value with its meaning", () => {
    const paragraph = (start: string) => {
      const from = README.indexOf(start);
      expect(from, start).toBeGreaterThanOrEqual(0);
      return README.slice(from, README.indexOf("\n\n", from));
    };
    for (const value of enumValues("incident.verification")) {
      expect(paragraph("**Verification**"), value).toContain(`\`${value}\``);
    }
    const claim = paragraph("**Casualty claim**");
    for (const category of CASUALTY_CATEGORIES) expect(claim, category).toContain(`\`${category}\``);
    for (const bound of CASUALTY_BOUNDS) expect(claim, bound).toContain(`\`${bound}\``);
    const basis = paragraph("7. `basis` says what `best` rests on");
    for (const value of ESTIMATE_BASES) expect(basis, value).toContain(`\`${value}\``);
  });

  it("fail loudly on a part or an enumeration that does not exist", () => {
    expect(() => generatedPart("no-such-part")).toThrow(/no generated part/);
    expect(() => enumValues("incident.no-such-field")).toThrow(/no field/);
    expect(() => enumValues("incident.title")).toThrow(/not an enumeration/);
  });
});

describe("README code blocks", () => {
  /** The ```ts blocks of the README that import from the given entry. */
  const blocks = (entry: string) =>
    [...README.matchAll(/```ts\n([\s\S]*?)```/g)]
      .map((m) => m[1]!)
      .filter((code) => code.includes(`"armenia-azerbaijan-incidents/${entry}"`));

  it("runs the createDataset example as written, against the sources", async () => {
    const [code] = blocks("create");
    expect(code).toBeDefined();
    const src = path.resolve(import.meta.dirname, "../src");
    const runnable = code!
      .replaceAll('"armenia-azerbaijan-incidents/create"', JSON.stringify(path.join(src, "create.ts")))
      .replaceAll('"armenia-azerbaijan-incidents"', JSON.stringify(path.join(src, "index.ts")))
      .replace(/^(merged\.filterIncidents.*?);.*$/m, "export const result = $1;");
    const dir = mkdtempSync(path.join(tmpdir(), "aai-readme-"));
    const file = path.join(dir, "create-example.ts");
    writeFileSync(file, runnable);
    const { result } = (await import(pathToFileURL(file).href)) as { result: { id: string }[] };
    expect(result.map((i) => i.id)).toContain("my-2023-05-20-tegh");
  });
});
