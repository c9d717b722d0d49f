// The source-id convention has one owner (src/schema/source-id.ts): `npm run data:add` and the article draft both
// propose ids by it, and every id it makes is a valid id.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IdSchema } from "../../src/schema/primitives.js";
import { idSlug, sourceIdOf } from "../../src/schema/source-id.js";

describe("the source-id convention", () => {
  it("is publisher-YYYY-MM-DD-subject in ASCII kebab-case", () => {
    expect(
      sourceIdOf({ publisher: "Armenpress", published: "2023-04-11", subject: "Four soldiers killed near Tegh" }),
    ).toBe("armenpress-2023-04-11-four-soldiers-killed-near-tegh");
    expect(idSlug("Azərbaycan's Ministry of Défense, the press service")).toBe(
      "azerbaycans-ministry-of-defense-the-press",
    );
    expect(sourceIdOf({ publisher: "Новости", subject: "" })).toBe("source-page");
  });

  it("makes only valid ids", () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.constant("2023-04-11"), { nil: undefined }), fc.string(), (p, d, s) => {
        expect(IdSchema.safeParse(sourceIdOf({ publisher: p, published: d, subject: s })).success).toBe(true);
      }),
    );
  });
});
