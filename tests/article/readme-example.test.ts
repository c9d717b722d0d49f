// The README's /article example holds with its own inputs: the text it shows and `published: "2023-04-13"`.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { draftIncident, matchArticle, readArticle } from "../../src/article.js";
import { IncidentRecordSchema } from "../../src/schema/index.js";
import { README_EXAMPLE } from "./articles.js";

const README = readFileSync(path.join(import.meta.dirname, "../../README.md"), "utf8");
const section = README.slice(README.indexOf("### Which record is this article about?"));
const text = /const text = `([^`]*)`;/.exec(section)?.[1];
const published = /readArticle\(text, \{ published: "(\d{4}-\d{2}-\d{2})" \}\)/.exec(section)?.[1];

describe("the README's /article example", () => {
  it("is the test article written for it", () => {
    expect(text).toBe(README_EXAMPLE.text);
    expect(published).toBe(README_EXAMPLE.published);
  });

  it("reads what the README shows: the day of the statement, Digh near, three killed on Azerbaijan's side", () => {
    const reading = readArticle(text!, { published: published! });
    expect(reading.date).toMatchObject({
      date: "2023-04-13",
      text: "on Thursday",
      how: "weekday",
      statement: true,
      reference: { date: "2023-04-13", from: "published" },
    });
    expect(reading.places[0]).toMatchObject({ text: "Digh", name: "Digh", near: true, place: { id: "tegh" } });
    expect(reading.figures).toContainEqual(
      expect.objectContaining({ count: 3, category: "killed", side: "azerbaijan", claimant: "azerbaijan-mod" }),
    );
  });

  it("matches the Tegh incident first, though the statement came two days after it, with the README's evidence", () => {
    const [best, next] = matchArticle(text!, { published: published! });
    expect(best?.incident.id).toBe("2023-04-11-tegh");
    expect(best!.evidence.map((e) => e.detail)).toContain("“Digh” (tegh): the record's near tegh");
    expect(next?.incident.id).not.toBe("2023-04-10-ashotavan");
    expect(section).toContain('best.incident.id; // "2023-04-11-tegh"');
  });

  it("drafts a record that validates, and warns that the record holds the incident", () => {
    const draft = draftIncident(text!, { published: published! });
    expect(IncidentRecordSchema.safeParse(draft.record).success).toBe(true);
    expect(draft.warnings?.[0]).toContain("the record may already hold this incident: 2023-04-11-tegh");
  });
});
