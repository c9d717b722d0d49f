// The test of done: seed 001, with its misleading date line, is the Sotk and Norabak incident of
// 1 September 2023, and the match shows Armenia's and Azerbaijan's figures.
import { describe, expect, it } from "vitest";
import { matchArticle, readArticle } from "../../src/article.js";
import { run } from "../../src/cli/run.js";
import { loadSeeds, SEEDS_DIR } from "./seeds.js";

const seeds = loadSeeds();
const seed = (prefix: string) => {
  const found = seeds.find((s) => s.name.startsWith(`seed ${prefix}`));
  if (!found) throw new Error(`seed ${prefix} is missing from ${SEEDS_DIR}`);
  return found;
};

describe("seed articles", () => {
  it("seed 001: the date line is not the event date, and the match is 2023-09-01-sotk", () => {
    const { text } = seed("001");
    const reading = readArticle(text);
    expect(reading.published).toEqual({ date: "2023-11-15", from: "date-line" });
    expect(reading.date).toBeUndefined();
    expect(reading.places.map((p) => p.place.id)).toEqual(expect.arrayContaining(["sotk", "norabak", "kalbajar"]));
    const [first] = matchArticle(text);
    expect(first?.incident.id).toBe("2023-09-01-sotk");
    const figures = first!.evidence.filter((e) => e.kind === "figure" && e.agrees).map((e) => e.detail);
    expect(figures.some((d) => d.startsWith("4 killed (armenia)"))).toBe(true);
    expect(figures.some((d) => d.startsWith("3 wounded (azerbaijan)"))).toBe(true);
  });

  it("aa-incidents match shows each side's claims side by side, with sources", () => {
    const file = `${SEEDS_DIR}/${seeds.find((s) => s.name.startsWith("seed 001"))!.name.slice(5)}`;
    const { code, stdout } = run(["match", file, "--format", "text", "--limit", "1"]);
    expect(code).toBe(0);
    expect(stdout).toContain("1. 2023-09-01-sotk");
    const header = stdout.split("\n").find((line) => line.includes("armenia's losses"));
    expect(header).toContain("azerbaijan's losses");
    expect(stdout).toMatch(/armenia-mod 2023-09-01: 4 killed, 1 wounded .*│ azerbaijan-mod 2023-09-01: 3 wounded/);
    expect(stdout).toContain("yahoo-reuters-2023-09-01-border-clash-casualties");
  });

  for (const s of seeds) {
    it(`${s.name}: ${s.incident} first`, () => {
      const options = s.published ? { published: s.published } : {};
      expect(matchArticle(s.text, options)[0]?.incident.id).toBe(s.incident);
      if (s.date) expect(readArticle(s.text, options).date?.date).toBe(s.date);
    });
  }
});
