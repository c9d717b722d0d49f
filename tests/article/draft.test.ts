// draftIncident: a record in the source format that validates against the record schema, and what to check.
import { describe, expect, it } from "vitest";
import { IncidentRecordSchema } from "../../src/schema/index.js";
import { draftIncident, draftIncidentIn, matchArticleIn } from "../../src/article.js";
import { makeFixture } from "../fixtures/dataset.js";
import { ARTICLES } from "./articles.js";

describe("draftIncident", () => {
  it("drafts a record from an article: id from date and main place, span, locations, claims with claimants, a source", () => {
    const article = ARTICLES.find((a) => a.incident === "2024-02-13-nerkin-hand")!;
    const draft = draftIncident(article.text, {
      published: article.published!,
      url: "https://example.org/a",
      publisher: "Example News",
    });
    expect(draft.record.id).toBe("2024-02-13-nerkin-hand");
    expect(draft.file).toBe("data/incidents/2024/2024-02-13-nerkin-hand.json");
    expect(draft.record.span).toEqual({ start: "2024-02-13", end: "2024-02-13", precision: "day" });
    expect(draft.record.locations[0]).toEqual({ place: "nerkin-hand", relation: "near" });
    expect(draft.record.casualties).toContainEqual(
      expect.objectContaining({ losses: "armenia-armed-forces", claimant: "armenia-mod", killed: 4 }),
    );
    expect(draft.source).toMatchObject({
      publisher: "Example News",
      url: "https://example.org/a",
      published: "2024-02-14",
      language: "en",
    });
    expect(draft.record.sources).toEqual([draft.source.id]);
    expect(draft.command).toContain("npm run data:add -- --date 2024-02-13 --place nerkin-hand");
    expect(draft.check.length).toBeGreaterThan(0);
  });

  it("validates against the record schema for every test article about the record", () => {
    for (const article of ARTICLES.filter((a) => a.incident !== null)) {
      const draft = draftIncident(article.text, { published: article.published ?? "2024-01-01" });
      const result = IncidentRecordSchema.safeParse(draft.record);
      expect(result.success, `${article.name}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
    }
  });

  it("warns, naming the existing record, when its id is taken or the record already holds the incident", () => {
    const tegh = ARTICLES.find((a) => a.incident === "2023-04-11-tegh")!;
    const draft = draftIncident(tegh.text, { published: tegh.published! });
    expect(draft.record.id).toBe("2023-04-11-tegh");
    expect(draft.existing?.[0]).toBe("2023-04-11-tegh");
    expect(draft.warnings).toEqual([
      expect.stringContaining("the id 2023-04-11-tegh is already the record 2023-04-11-tegh"),
      expect.stringContaining("the record may already hold this incident: 2023-04-11-tegh"),
      ...(draft.warnings ?? []).slice(2),
    ]);
    const unrelated = ARTICLES.find((a) => a.incident === null)!;
    expect(draftIncident(unrelated.text, { published: unrelated.published! }).warnings).toBeUndefined();
  });

  it("works on a dataset from createDataset", () => {
    const data = makeFixture();
    const text = "Ministry Z said on Tuesday that three Azerbaijani soldiers were killed near Beta by drone fire.";
    const matches = matchArticleIn(data, text, { published: "2023-04-12" });
    expect(matches[0]?.incident.id).toBe("2023-04-11-beta");
    const draft = draftIncidentIn(data, text, { published: "2023-04-12" });
    expect(draft.record.id).toBe("2023-04-11-beta");
    expect(draft.record.types).toContain("drone-strike");
  });
});
