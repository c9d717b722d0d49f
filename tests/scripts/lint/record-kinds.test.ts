// The lint, canonical form and data:fix cover every kind of record in the table (src/kinds.ts): a kind added
// there is checked without another line here.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { COLLECTIONS } from "../../../src/kinds.js";
import { loadRawData } from "../../../scripts/data/load.js";
import { fixData, formatProblem, lintData } from "../../../scripts/lint/run.js";
import { fixtureEpisodes, fixtureMilestones, makeDataFolder } from "../../fixtures/data-folder.js";

const TODAY = "2026-11-21";
const lint = async (root: string) => (await lintData(root, TODAY)).map(formatProblem);

/** A text that parses to the same JSON but is not canonical: keys reversed, lists reversed, four-space indent. */
function scrambled(value: unknown): string {
  const reverse = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(reverse);
    if (v === null || typeof v !== "object") return v;
    return Object.fromEntries(
      Object.entries(v)
        .reverse()
        .map(([key, item]) => [key, reverse(item)]),
    );
  };
  const top = Array.isArray(value) ? [...value].reverse() : value;
  return JSON.stringify(reverse(top), null, 4);
}

const twoEpisodes = () => [
  ...fixtureEpisodes(),
  { ...fixtureEpisodes()[0]!, id: "2023-border-escalation", title: "Another fixture span" },
];

describe("every kind of record", () => {
  it("has files in the fixture folder, so that the tests below reach each kind", () => {
    const raw = loadRawData(makeDataFolder({ episodes: fixtureEpisodes(), milestones: fixtureMilestones() }));
    expect(COLLECTIONS.filter((collection) => raw[collection].length === 0)).toEqual([]);
  });

  it("data:fix brings every file of every kind to canonical form, and a second run changes nothing", async () => {
    const root = makeDataFolder({ episodes: twoEpisodes(), milestones: fixtureMilestones() });
    const files = COLLECTIONS.flatMap((collection) => loadRawData(root)[collection].map((raw) => raw.file));
    const canonical = new Map(files.map((file) => [file, readFileSync(path.join(root, file), "utf8")]));
    for (const file of files) writeFileSync(path.join(root, file), scrambled(JSON.parse(canonical.get(file)!)));
    expect((await lint(root)).filter((problem) => problem.endsWith("[canonical-format]"))).toHaveLength(files.length);

    expect(fixData(root, TODAY)).toEqual([...files].sort());
    for (const file of files) expect(readFileSync(path.join(root, file), "utf8")).toBe(canonical.get(file));
    expect(fixData(root, TODAY)).toEqual([]);
    expect(await lint(root)).toEqual([]);
  });

  it("the lint checks an episode as it checks the other kinds: form, unique ids, sorted order, placeholders", async () => {
    const [episode] = fixtureEpisodes();
    const root = makeDataFolder();
    writeFileSync(
      path.join(root, "data/episodes.json"),
      `${JSON.stringify([episode, { ...episode, summary: "TODO" }, { ...episode, id: "a-first-episode" }], null, 2)}\n`,
    );
    const problems = await lint(root);
    expect(problems).toContain(
      "data/episodes.json: not in canonical form (two-space JSON, id first then sorted keys, records sorted by id): run `npm run data:fix` [canonical-format]",
    );
    expect(problems).toContain(
      'data/episodes.json april-2023-clashes.id: duplicate id "april-2023-clashes" (also used by "april-2023-clashes") [unique-ids]',
    );
    expect(problems).toContain(
      "data/episodes.json april-2023-clashes.summary: still TODO: write it from the pages read [no-placeholders]",
    );
  });
});
