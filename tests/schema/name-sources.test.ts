import { describe, expect, it } from "vitest";
import { places } from "../../src/index.js";
import { PlaceRecordSchema } from "../../src/schema/index.js";

const village = {
  id: "tegh",
  kind: "settlement",
  country: "AM",
  parent: "syunik-province",
  name: "Tegh",
  names: { hy: "Տեղ", ru: "Тех" },
  variants: [],
};

describe("a place's name sources", () => {
  it("take a page or a GeoNames record per language", () => {
    const sourced = {
      ...village,
      nameSources: { hy: { geonamesId: 174743 }, ru: { url: "https://example.org/tegh" } },
    };
    expect(PlaceRecordSchema.safeParse(sourced).success).toBe(true);
    expect(PlaceRecordSchema.safeParse({ ...village, nameSources: { ru: { url: "not a url" } } }).success).toBe(false);
    expect(PlaceRecordSchema.safeParse({ ...village, nameSources: { en: { geonamesId: 1 } } }).success).toBe(false);
  });

  it("are refused for a name the place does not have", () => {
    const result = PlaceRecordSchema.safeParse({ ...village, nameSources: { az: { url: "https://example.org/dig" } } });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toContain(
      "a source for the az name, which the place does not have",
    );
  });

  it("are given in the shipped gazetteer for names read from pages, each for a name the place has", () => {
    const sourced = places.filter((place) => place.nameSources !== undefined);
    expect(sourced.length).toBeGreaterThan(50);
    for (const place of sourced)
      for (const language of Object.keys(place.nameSources!) as ("hy" | "az" | "ru")[])
        expect(place.names[language], `${place.id} ${language}`).toBeDefined();
    expect(places.find((place) => place.id === "hin-tagher")?.nameSources?.az).toHaveProperty("url");
  });
});
