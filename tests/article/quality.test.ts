// The measured quality of matchArticle and readArticle on the test articles written for the project. The README
// reports these figures; the test prints them and holds them to the thresholds.
import { describe, expect, it } from "vitest";
import { matchArticle, readArticle } from "../../src/article.js";
import { ARTICLES } from "./articles.js";

const all = ARTICLES;

describe("quality on the test articles", () => {
  const results = all.map((article) => {
    const options = article.published ? { published: article.published } : {};
    const matches = matchArticle(article.text, options);
    const reading = readArticle(article.text, options);
    return { article, first: matches[0]?.incident.id ?? null, date: reading.date?.date ?? null };
  });
  const inRecord = results.filter((r) => r.article.incident !== null);
  const unrelated = results.filter((r) => r.article.incident === null);
  const rightFirst = inRecord.filter((r) => r.first === r.article.incident);
  // The date the incident happened: the article's expected date where the text names one; for a text that names
  // none (the republished Sotk article), the record's start, which readArticle cannot know: counted as wrong.
  const datesRight = inRecord.filter((r) => r.date !== null && r.date === r.article.date);

  it("prints the figures", () => {
    const share = (n: number, d: number) => `${n}/${d} (${Math.round((100 * n) / d)}%)`;
    console.log(
      [
        `articles: ${all.length}`,
        `right incident first: ${share(rightFirst.length, inRecord.length)}`,
        `event date exactly right: ${share(datesRight.length, inRecord.length)}`,
        `unrelated articles with no match: ${share(unrelated.filter((r) => r.first === null).length, unrelated.length)}`,
        ...results
          .filter((r) => r.first !== r.article.incident || (r.article.incident !== null && r.date !== r.article.date))
          .map((r) => `  miss: ${r.article.name}: first ${r.first}, date ${r.date}`),
      ].join("\n"),
    );
  });

  it("puts the right incident first for at least 90% of the articles about the record", () => {
    expect(rightFirst.length / inRecord.length).toBeGreaterThanOrEqual(0.9);
  });

  it("gets the event date exactly right for at least 90%", () => {
    expect(datesRight.length / inRecord.length).toBeGreaterThanOrEqual(0.9);
  });

  it("finds no match for articles about nothing in the record", () => {
    expect(unrelated.length).toBeGreaterThanOrEqual(3);
    expect(unrelated.filter((r) => r.first !== null).map((r) => r.article.name)).toEqual([]);
  });

  it("reads a 1,000-word article in under 20 ms", () => {
    let text = all.map((a) => a.text).join("\n\n");
    text = text.split(/\s+/).slice(0, 1000).join(" ");
    // Warm up until the optimising compiler has settled: its background threads count as processor time too.
    for (let i = 0; i < 20; i++) matchArticle(text, { published: "2023-09-02" });
    // Processor time (process.cpuUsage), not wall time: the test machine runs other test files at the same time.
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < 31; i++) {
      const start = performance.now();
      const used = process.cpuUsage();
      matchArticle(text, { published: "2023-09-02" });
      const { user, system } = process.cpuUsage(used);
      cpu.push((user + system) / 1000);
      wall.push(performance.now() - start);
    }
    const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
    console.log(
      `1,000 words, matchArticle (reads, then matches): median ${median(cpu).toFixed(1)} ms processor time, ${median(wall).toFixed(1)} ms wall time`,
    );
    expect(median(cpu)).toBeLessThan(20);
  });
});
