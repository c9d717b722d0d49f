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
});
