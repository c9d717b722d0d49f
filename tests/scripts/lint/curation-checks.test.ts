import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fixData, formatProblem, lintData } from "../../../scripts/lint/run.js";
import { fixtureIncident, fixturePlaces, fixtureSources, makeDataFolder } from "../../fixtures/data-folder.js";

const TODAY = "2026-11-21";
const lint = async (root: string) => (await lintData(root, TODAY)).map(formatProblem);

const secondTegh = (changes: Record<string, unknown> = {}) => ({
  ...fixtureIncident(),
  id: "2023-04-11-tegh-road",
  title: "A second record of the Tegh clash",
  ...changes,
});

const source = (id: string, url: string, extra: Record<string, unknown> = {}) => ({
  id,
  publisher: "Publisher",
  language: "en",
  kind: "news-website",
  url,
  ...extra,
});

describe("source checks", () => {
  it("reports two sources at one address, ignoring scheme, www. and a trailing slash", async () => {
    const root = makeDataFolder({
      sources: [
        ...fixtureSources(),
        source("a", "https://www.example.org/story/1/"),
        source("b", "http://example.org/story/1"),
      ],
    });
    expect(await lint(root)).toEqual([
      'data/sources.json b.url: the same address as source "a": merge them, keeping one id as an alias [one-source-per-address]',
    ]);
  });

  it("keeps addresses that differ only in their query apart", async () => {
    const root = makeDataFolder({
      sources: [
        ...fixtureSources(),
        source("a", "https://example.org/news.php?id=1"),
        source("b", "https://example.org/news.php?id=2"),
      ],
    });
    expect(await lint(root)).toEqual([]);
  });

  it("requires a publisher", async () => {
    const root = makeDataFolder({ sources: [{ id: "s1", title: "A title", language: "en", kind: "news-website" }] });
    expect(await lint(root)).toEqual([
      "data/sources.json s1.publisher: names no publisher: give the site or body at the address [source-publisher]",
    ]);
  });

  it("reports tracking parameters, and only those", async () => {
    const root = makeDataFolder({
      sources: [
        ...fixtureSources(),
        source("a", "https://example.org/a?utm_source=twitter&id=4&fbclid=x"),
        source("b", "https://example.org/b?id=4"),
      ],
    });
    expect(await lint(root)).toEqual([
      "data/sources.json a.url: remove the tracking parameter(s) utm_source, fbclid from the address (npm run data:fix does) [no-tracking-parameters]",
    ]);
  });
});

describe("distinct-incidents", () => {
  it("reports two records of the same day, place and party", async () => {
    const root = makeDataFolder({ incidents: [fixtureIncident(), secondTegh()] });
    expect(await lint(root)).toEqual([
      expect.stringMatching(
        /^data\/incidents\/2023\/2023-04-11-tegh\.json 2023-04-11-tegh: looks like the same clash as "2023-04-11-tegh-road" .*\[distinct-incidents\]$/,
      ),
    ]);
  });

  it("catches a multi-day record that overlaps a one-day record", async () => {
    const root = makeDataFolder({
      incidents: [
        fixtureIncident(),
        secondTegh({ id: "2023-04-10-tegh", span: { start: "2023-04-10", end: "2023-04-12", precision: "day" } }),
      ],
    });
    expect(await lint(root)).toHaveLength(1);
  });

  it("accepts records on other days, without a common party, or only located within a region", async () => {
    const otherDay = secondTegh({
      id: "2023-04-12-tegh",
      span: { start: "2023-04-12", end: "2023-04-12", precision: "day" },
    });
    const otherParty = secondTegh({ actors: ["armenia-mod"] });
    const within = secondTegh({ locations: [{ place: "tegh", relation: "within" }] });
    for (const second of [otherDay, otherParty, within]) {
      expect(await lint(makeDataFolder({ incidents: [fixtureIncident(), second] }))).toEqual([]);
    }
  });

  it("does not compare long spans such as a blockade", async () => {
    const blockade = secondTegh({
      id: "2023-04-01-tegh",
      span: { start: "2023-04-01", end: "2023-05-01", precision: "day" },
    });
    expect(await lint(makeDataFolder({ incidents: [fixtureIncident(), blockade] }))).toEqual([]);
  });

  it("accepts a pair listed as distinct with a reason, and reports a listed id that does not exist", async () => {
    const root = makeDataFolder({ incidents: [fixtureIncident(), secondTegh()] });
    mkdirSync(path.join(root, "data/curation"), { recursive: true });
    writeFileSync(
      path.join(root, "data/curation/distinct-incidents.json"),
      JSON.stringify([
        { incidents: ["2023-04-11-tegh-road", "2023-04-11-tegh"], reason: "two clashes hours apart" },
        { incidents: ["2023-04-11-tegh", "2023-04-11-tekh"], reason: "a typo" },
      ]),
    );
    expect(await lint(root)).toEqual([
      'data/curation/distinct-incidents.json 1: names no incident "2023-04-11-tekh": remove the entry or correct the id [distinct-incidents]',
    ]);
  });
});

describe("shared-spellings", () => {
  it("warns about a spelling of two unrelated places without failing", async () => {
    const places = [
      ...fixturePlaces(),
      {
        id: "tegh-hill",
        kind: "height",
        country: "AM",
        parent: "armenia",
        name: "Tegh hill",
        names: {},
        variants: ["Tekh"],
      },
    ];
    const found = await lintData(makeDataFolder({ places }), TODAY);
    expect(found.map(formatProblem)).toEqual([
      'warning: data/places/armenia.json tegh: "tekh" names tegh, tegh-hill [shared-spellings]',
    ]);
    expect(found.every((problem) => problem.warning)).toBe(true);
  });

  it("lets a district share its town's name", async () => {
    const places = fixturePlaces().map((place) =>
      place.id === "syunik-province" ? { ...place, variants: ["Tegh"] } : place,
    );
    expect(await lint(makeDataFolder({ places }))).toEqual([]);
  });
});

describe("lint names the real problem", () => {
  it("reports an invalid source by its id, and not again as an unknown reference in the incidents citing it", async () => {
    const root = makeDataFolder({ sources: [{ ...fixtureSources()[0], url: "https://ru.wikipedia.org/wiki/Тех" }] });
    expect(await lint(root)).toEqual([
      "data/sources.json s1.url: must be written in ASCII: percent-encode other characters, as new URL(address).href does [schema]",
    ]);
  });

  it("still reports a reference to an id that no record has", async () => {
    const root = makeDataFolder({ incidents: [{ ...fixtureIncident(), sources: ["s1", "s2"] }] });
    expect(await lint(root)).toEqual([
      'data/incidents/2023/2023-04-11-tegh.json 2023-04-11-tegh.sources.1: unknown source id "s2" [references-resolve]',
    ]);
  });

  it("names a place without an id by its position in the file", async () => {
    const [country, ...rest] = fixturePlaces();
    const { id: _dropped, ...withoutId } = country!;
    // Files are written in canonical order, where a record without an id sorts last.
    const problems = await lint(makeDataFolder({ places: [withoutId, ...rest] }));
    expect(problems).toContain(
      "data/places/armenia.json 2.id: Invalid input: expected string, received undefined [schema]",
    );
  });
});

describe("data:fix", () => {
  it("runs each check's fixer: canonical form and tracking parameters, then the lint is clean", async () => {
    const root = makeDataFolder({
      sources: [...fixtureSources(), source("a", "https://example.org/a?id=4&utm_source=x&fbclid=y")],
      incidentFiles: { "data/incidents/2023/2023-04-11-tegh.json": JSON.stringify(fixtureIncident()) },
      incidents: [],
    });
    expect(await lint(root)).toHaveLength(2);
    expect(fixData(root, TODAY)).toEqual(["data/incidents/2023/2023-04-11-tegh.json", "data/sources.json"]);
    expect(await lint(root)).toEqual([]);
    expect(readFileSync(path.join(root, "data/sources.json"), "utf8")).toContain('"url": "https://example.org/a?id=4"');
    expect(fixData(root, TODAY)).toEqual([]);
  });
});

describe("duplicate claims", () => {
  it("reports the same claimant's same figures about the same losses listed twice in one record", async () => {
    const claim = { losses: "armenia-armed-forces", killed: 4, claimant: "armenia-mod", sources: ["s1"] };
    const root = makeDataFolder({
      incidents: [
        { ...fixtureIncident(), casualties: [claim, { ...claim, wounded: 2 }, { ...claim, reported: "2023-04-12" }] },
      ],
    });
    expect(await lint(root)).toEqual([
      "data/incidents/2023/2023-04-11-tegh.json 2023-04-11-tegh.casualties.2: repeats claim 0 (same losses, claimant and figures): merge them into one claim citing both sources [no-duplicate-claims]",
    ]);
  });

  it("keeps claims apart that differ in claimant, losses or a figure", async () => {
    const claim = { losses: "armenia-armed-forces", killed: 4, claimant: "armenia-mod", sources: ["s1"] };
    const root = makeDataFolder({
      incidents: [
        { ...fixtureIncident(), casualties: [claim, { ...claim, killed: 3 }, { ...claim, claimant: undefined }] },
      ],
    });
    expect(await lint(root)).toEqual([]);
  });
});

describe("inclusion-policy", () => {
  it("reports an incident that fits no class, and accepts the same exchange of fire with a casualty", async () => {
    const quiet = {
      ...fixtureIncident(),
      casualties: [{ losses: "armenia-armed-forces", killed: 0, sources: ["s1"] }],
    };
    expect(await lint(makeDataFolder({ incidents: [quiet] }))).toContain(
      "data/incidents/2023/2023-04-11-tegh.json 2023-04-11-tegh: fits no class of the inclusion policy: no casualty claimed, no strike, ground or mine type, and no accusation from 2025 on [inclusion-policy]",
    );
    expect((await lint(makeDataFolder())).filter((line) => line.includes("[inclusion-policy]"))).toEqual([]);
  });
});

describe("sweep-ledger", () => {
  it("reports months out of order, a day outside its month and an incident that does not exist", async () => {
    const root = makeDataFolder();
    const ledger = (month: string, extra: Record<string, unknown> = {}) => ({
      month,
      sweptOn: "2026-11-01",
      kinds: ["casualties"],
      languages: ["en"],
      queries: ["border fire"],
      ...extra,
    });
    mkdirSync(path.join(root, "data/curation"), { recursive: true });
    writeFileSync(
      path.join(root, "data/curation/sweep-ledger.json"),
      JSON.stringify([
        ledger("2023-04", { found: ["2023-04-11-tegh"] }),
        ledger("2023-03", { through: "2023-04-02", found: ["2023-03-01-nowhere"] }),
      ]),
    );
    expect((await lint(root)).filter((line) => line.includes("[sweep-ledger]"))).toEqual([
      "data/curation/sweep-ledger.json 1.month: 2023-03 after 2023-04: one entry a month, in order [sweep-ledger]",
      "data/curation/sweep-ledger.json 1.through: 2023-04-02 is not a day of 2023-03 [sweep-ledger]",
      'data/curation/sweep-ledger.json 1.found: no incident "2023-03-01-nowhere" [sweep-ledger]',
    ]);
  });
});

describe("reading-ledger", () => {
  const write = (root: string, entries: unknown[]) => {
    mkdirSync(path.join(root, "data/curation"), { recursive: true });
    writeFileSync(path.join(root, "data/curation/reading-ledger.json"), JSON.stringify(entries));
  };
  const readings = async (root: string) => (await lint(root)).filter((line) => line.includes("[reading-ledger]"));

  it("reports readings out of order, of an incident that does not exist, by a page it does not cite, in the future", async () => {
    const root = makeDataFolder();
    write(root, [
      { record: "2023-04-11-tegh", readOn: "2026-11-01", pages: ["s1"], outcome: "confirmed" },
      { record: "2023-04-11-tegh", readOn: "2026-11-01", pages: ["s2"], outcome: "corrected" },
      { record: "2023-03-01-nowhere", readOn: "2026-12-01", pages: [], outcome: "unverifiable" },
    ]);
    expect(await readings(root)).toEqual([
      "data/curation/reading-ledger.json 1.record: 2023-04-11-tegh 2026-11-01 after 2023-04-11-tegh 2026-11-01: one entry per record and day, in order [reading-ledger]",
      'data/curation/reading-ledger.json 1.pages: "s2" is not a source of 2023-04-11-tegh [reading-ledger]',
      "data/curation/reading-ledger.json 2.record: 2023-03-01-nowhere 2026-12-01 after 2023-04-11-tegh 2026-11-01: one entry per record and day, in order [reading-ledger]",
      "data/curation/reading-ledger.json 2.readOn: 2026-12-01 is after today [reading-ledger]",
      'data/curation/reading-ledger.json 2.record: no incident "2023-03-01-nowhere" [reading-ledger]',
    ]);
  });

  it("refuses a confirmed reading that names no page, and passes a well-formed ledger", async () => {
    const root = makeDataFolder();
    write(root, [{ record: "2023-04-11-tegh", readOn: "2026-11-01", pages: [], outcome: "confirmed" }]);
    expect(await readings(root)).toEqual([
      "data/curation/reading-ledger.json 0.pages: a confirmed or corrected reading names the pages it read [reading-ledger]",
    ]);
    write(root, [{ record: "2023-04-11-tegh", readOn: "2026-11-01", pages: ["s1"], outcome: "confirmed" }]);
    expect(await readings(root)).toEqual([]);
  });
});
