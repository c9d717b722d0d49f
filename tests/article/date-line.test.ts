// An article republished months later: its date line is not the day of the events, which the text does not name.
// It is still the Sotk and Norabak incident of 1 September 2023, and the match shows Armenia's and Azerbaijan's
// figures side by side.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { matchArticle, readArticle } from "../../src/article.js";
import { run } from "../../src/cli/run.js";
import { ARTICLES } from "./articles.js";

const republished = ARTICLES.find((a) => a.name.startsWith("Sotk and Norabak, republished"))!;
const dir = mkdtempSync(path.join(tmpdir(), "aai-article-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("an article with a misleading date line", () => {
  it("reads the date line as the publication date, gives no event date, and matches 2023-09-01-sotk", () => {
    const reading = readArticle(republished.text);
    expect(reading.published).toEqual({ date: "2023-11-15", from: "date-line" });
    expect(reading.date).toBeUndefined();
    expect(reading.places.map((p) => p.place.id)).toEqual(
      expect.arrayContaining(["sotk", "norabak", "kalbajar-district"]),
    );
    const [first] = matchArticle(republished.text);
    expect(first?.incident.id).toBe("2023-09-01-sotk");
    const figures = first!.evidence.filter((e) => e.kind === "figure" && e.agrees).map((e) => e.detail);
    expect(figures.some((d) => d.startsWith("4 killed (armenia)"))).toBe(true);
    expect(figures.some((d) => d.startsWith("3 wounded (azerbaijan)"))).toBe(true);
  });

  it("aa-incidents match shows each side's claims side by side, with sources", () => {
    const file = path.join(dir, "republished.txt");
    writeFileSync(file, republished.text);
    const { code, stdout } = run(["match", file, "--format", "text", "--limit", "1"]);
    expect(code).toBe(0);
    expect(stdout).toContain("1. 2023-09-01-sotk");
    const header = stdout.split("\n").find((line) => line.includes("armenia's losses"));
    expect(header).toContain("azerbaijan's losses");
    expect(stdout).toMatch(/armenia-mod 2023-09-01: 4 killed, 1 wounded .*│ azerbaijan-mod 2023-09-01: 3 wounded/);
    expect(stdout).toContain("yahoo-reuters-2023-09-01-border-clash-casualties");
  });
});

describe("each test article", () => {
  for (const a of ARTICLES.filter((a) => a.incident !== null)) {
    it(`${a.name}: ${a.incident} first`, () => {
      const options = a.published ? { published: a.published } : {};
      expect(matchArticle(a.text, options)[0]?.incident.id).toBe(a.incident);
      if (a.date) expect(readArticle(a.text, options).date?.date).toBe(a.date);
    });
  }
});

describe("a news agency's date line without a year", () => {
  const fighting =
    "YEREVAN, Sept 14 — Heavy fighting broke out overnight into Tuesday on the border near Jermuk, and Armenia's defence ministry said its positions had come under artillery fire.";

  it("sets the reference day, not the event's: “overnight into Tuesday” is the 13th", () => {
    const reading = readArticle(fighting, { published: "2022-09-14" });
    expect(reading.date).toMatchObject({ date: "2022-09-13", how: "weekday" });
    expect(reading.dates.map((d) => d.date)).not.toContain("2022-09-14");
    expect(reading.warnings).toBeUndefined();
  });

  it("without published, takes the year the text names (the latest, where it names several)", () => {
    const reading = readArticle(`${fighting} The clashes of 2022 are the worst since the war.`);
    expect(reading.published).toEqual({ date: "2022-09-14", from: "date-line" });
    expect(reading.date?.date).toBe("2022-09-13");
    expect(readArticle(`${fighting} It is the worst fighting of 2022 since the war of 2020.`).date?.date).toBe(
      "2022-09-13",
    );
  });

  it("without published or a year in the text, says what is missing instead of matching nothing in silence", () => {
    const reading = readArticle(fighting);
    expect(reading.published).toBeUndefined();
    expect(reading.date).toBeUndefined();
    expect(reading.warnings).toEqual([expect.stringContaining("“YEREVAN, Sept 14 —” has no year")]);
    const file = path.join(dir, "no-year.txt");
    writeFileSync(file, fighting);
    const { stdout } = run(["match", file, "--format", "text"]);
    expect(stdout).toContain("warning: the date line “YEREVAN, Sept 14 —” has no year");
  });
});
