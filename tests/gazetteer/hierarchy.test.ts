import { describe, expect, it } from "vitest";
import { UnknownIdError } from "../../src/errors.js";
import { makeFixture } from "../fixtures/dataset.js";

const data = makeFixture();

describe("hierarchy", () => {
  it("gives the parent chain up to the country", () => {
    expect(data.ancestorsOf("alpha").map((place) => place.id)).toEqual(["north-province", "armenia"]);
    expect(data.ancestorsOf("armenia")).toEqual([]);
  });

  it("finds every place inside a place, at any depth, sorted by id", () => {
    expect(data.descendantsOf("north-province").map((place) => place.id)).toEqual(["alpha", "beta"]);
    expect(data.descendantsOf("azerbaijan").map((place) => place.id)).toEqual(["east-district", "gamma", "ridge"]);
  });

  it("tells whether a place lies within another, itself included, aliases too", () => {
    expect(data.isWithin("alpha", "north-province")).toBe(true);
    expect(data.isWithin("alpha", "alpha")).toBe(true);
    expect(data.isWithin("gama", "azerbaijan")).toBe(true);
    expect(data.isWithin("alpha", "azerbaijan")).toBe(false);
  });

  it("throws for an unknown place", () => {
    expect(() => data.descendantsOf("north")).toThrow(UnknownIdError);
  });
});
