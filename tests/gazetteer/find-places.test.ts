import { describe, expect, it } from "vitest";
import { InvalidQueryError } from "../../src/errors.js";
import { makeFixture } from "../fixtures/dataset.js";

const data = makeFixture();
const ids = (name: string) => data.findPlaces(name).map((place) => place.id);

describe("findPlaces", () => {
  it("finds a place under a recorded spelling", () => {
    expect(ids("Alfa")).toEqual(["alpha"]);
    expect(ids("Ghamma")).toEqual(["gamma"]);
  });

  it("finds a place under each side's name and in each script", () => {
    expect(ids("Gammavan")).toEqual(["gamma"]);
    expect(ids("Альфа")).toEqual(["alpha"]);
  });

  it("ignores case, diacritics and punctuation", () => {
    expect(ids("  ÁLPHA ")).toEqual(["alpha"]);
    expect(ids("north-province")).toEqual(["north-province"]);
  });

  it("puts whole names first, then names starting with the query, then word prefixes; larger units first on ties", () => {
    expect(ids("North")).toEqual(["north-province"]);
    expect(ids("the ridge")).toEqual(["ridge"]);
    expect(ids("ridge")).toEqual(["ridge"]);
    expect(ids("prov north")).toEqual(["north-province"]);
    expect(ids("Armenia")).toEqual(["armenia"]);
  });

  it("returns an empty list for a name it does not know", () => {
    expect(data.findPlaces("Yerevan")).toEqual([]);
  });

  it("throws on an empty or non-string query", () => {
    expect(() => data.findPlaces("  ")).toThrow(InvalidQueryError);
    expect(() => data.findPlaces(7 as never)).toThrow("Invalid place name 7: must be a string.");
  });
});
