import { describe, expect, it } from "vitest";
import { ancestorsOf, descendantsOf, isWithin, places, UnknownIdError } from "../../src/index.js";

describe("hierarchy", () => {
  it("gives the parent chain up to the country", () => {
    expect(ancestorsOf("tegh").map((place) => place.id)).toEqual(["syunik-province", "armenia"]);
    expect(ancestorsOf("armenia")).toEqual([]);
  });

  it("finds every place inside a place, at any depth", () => {
    const inSyunik = descendantsOf("syunik-province").map((place) => place.id);
    expect(inSyunik).toEqual(expect.arrayContaining(["tegh", "goris", "kapan"]));
    expect(inSyunik).not.toContain("sotk");
    expect(descendantsOf("armenia").map((place) => place.id)).toEqual(expect.arrayContaining(["tegh", "syunik-province", "sotk"]));
  });

  it("tells whether a place lies within another, itself included", () => {
    expect(isWithin("tegh", "syunik-province")).toBe(true);
    expect(isWithin("tegh", "tegh")).toBe(true);
    expect(isWithin("tegh", "azerbaijan")).toBe(false);
  });

  it("has every place reach a country", () => {
    for (const place of places) {
      const top = place.ancestors.at(-1) ?? place.id;
      expect(["armenia", "azerbaijan"], place.id).toContain(top);
    }
  });

  it("throws for an unknown place", () => {
    expect(() => descendantsOf("syunik" as never)).toThrow(UnknownIdError);
  });
});
