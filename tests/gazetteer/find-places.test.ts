import { describe, expect, it } from "vitest";
import { findPlaces, InvalidQueryError } from "../../src/index.js";

const ids = (name: string) => findPlaces(name).map((place) => place.id);

describe("findPlaces", () => {
  it("finds a place under the spellings the sources use", () => {
    expect(ids("Tekh")[0]).toBe("tegh");
    expect(ids("Latchin corridor")[0]).toBe("lachin-corridor");
    expect(ids("Lachine Corridor")[0]).toBe("lachin-corridor");
    expect(ids("Sunik")[0]).toBe("syunik-province");
  });

  it("finds a place under each side's name and in each script", () => {
    expect(ids("Khankendi")[0]).toBe("stepanakert");
    expect(ids("Stepanakert")[0]).toBe("stepanakert");
    expect(ids("Karvachar")[0]).toBe("kalbajar");
    expect(ids("Kəlbəcər")[0]).toBe("kalbajar");
    expect(ids("Ստեփանակերտ")[0]).toBe("stepanakert");
    expect(ids("Степанакерт")[0]).toBe("stepanakert");
  });

  it("ignores case, diacritics and punctuation", () => {
    expect(ids("  LACIN ")[0]).toBe("lachin");
    expect(ids("lachin-corridor")[0]).toBe("lachin-corridor");
  });

  it("puts the exact match first, then places whose name starts with the query", () => {
    const lachin = ids("Lachin");
    expect(lachin[0]).toBe("lachin");
    expect(lachin).toEqual(expect.arrayContaining(["lachin-district", "lachin-corridor"]));
  });

  it("returns an empty list for a name it does not know", () => {
    expect(findPlaces("Yerevan")).toEqual([]);
  });

  it("throws on an empty or non-string query", () => {
    expect(() => findPlaces("  ")).toThrow(InvalidQueryError);
    expect(() => findPlaces(7 as never)).toThrow('Invalid place name 7: must be a string.');
  });
});
