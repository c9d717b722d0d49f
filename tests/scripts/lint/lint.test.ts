import { describe, expect, it } from "vitest";
import { lintChecks } from "../../../scripts/lint/checks/index.js";
import { formatProblem, lintData } from "../../../scripts/lint/run.js";
import { fixtureIncident, fixturePlaces, makeDataFolder } from "../../fixtures/data-folder.js";

const TODAY = "2026-11-21";
const lint = async (root: string) => (await lintData(root, TODAY)).map(formatProblem);

describe("data lint", () => {
  it("finds no problem in a valid folder", async () => {
    expect(await lint(makeDataFolder())).toEqual([]);
  });

  it("has uniquely named checks", () => {
    const names = lintChecks.map((check) => check.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("reports schema problems with file and path", async () => {
    const root = makeDataFolder({ incidents: [{ ...fixtureIncident(), verification: "confirmed" }] });
    expect(await lint(root)).toEqual([
      expect.stringMatching(
        /^data\/incidents\/2023\/2023-04-11-tegh\.json verification: Invalid option: .* \[schema\]$/,
      ),
    ]);
  });

  it("reports a file whose name does not match its id", async () => {
    const root = makeDataFolder({
      incidents: [],
      incidentFiles: { "data/incidents/2023/tegh.json": `${JSON.stringify(fixtureIncident(), null, 2)}\n` },
    });
    const problems = await lint(root);
    expect(problems).toContain(
      'data/incidents/2023/tegh.json id: the record "2023-04-11-tegh" belongs in data/incidents/2023/2023-04-11-tegh.json [file-layout]',
    );
  });

  it("reports a file that is not in canonical form", async () => {
    const root = makeDataFolder({
      incidents: [],
      incidentFiles: { "data/incidents/2023/2023-04-11-tegh.json": JSON.stringify(fixtureIncident()) },
    });
    expect(await lint(root)).toEqual([
      expect.stringContaining("data/incidents/2023/2023-04-11-tegh.json: not in canonical form"),
    ]);
  });

  it("reports unknown references against the record's file and id", async () => {
    const root = makeDataFolder({
      incidents: [{ ...fixtureIncident(), locations: [{ place: "tekh", relation: "near" }] }],
    });
    expect(await lint(root)).toEqual([
      'data/incidents/2023/2023-04-11-tegh.json 2023-04-11-tegh.locations.0.place: unknown place id "tekh" [references-resolve]',
    ]);
  });

  it("reports an incident ending after today", async () => {
    const root = makeDataFolder({
      incidents: [
        {
          ...fixtureIncident(),
          id: "2027-01-01-tegh",
          span: { start: "2027-01-01", end: "2027-01-01", precision: "day" },
        },
      ],
    });
    expect(await lint(root)).toEqual([
      'data/incidents/2027/2027-01-01-tegh.json 2027-01-01-tegh.span.end: "2027-01-01-tegh" ends on 2027-01-01, after today (2026-11-21) [no-future-dates]',
    ]);
  });

  it("reports coordinates that differ from the GeoNames record they credit", async () => {
    const places = fixturePlaces();
    (places[2] as { coordinates: number[] }).coordinates = [46.48, 39.56];
    const problems = await lint(makeDataFolder({ places }));
    expect(problems).toEqual([
      expect.stringContaining("GeoNames 174743 (Tegh) has [46.48054, 39.55826], the place has [46.48, 39.56]"),
    ]);
  });

  it("reports a place filed under the wrong country", async () => {
    const places = fixturePlaces();
    places.push({
      id: "lachin",
      kind: "settlement",
      country: "AZ",
      parent: "armenia",
      name: "Lachin",
      names: {},
      variants: [],
    } as never);
    const problems = await lint(makeDataFolder({ places }));
    expect(problems).toContain(
      "data/places/armenia.json lachin: a place in AZ belongs in data/places/azerbaijan.json [file-layout]",
    );
  });
});
