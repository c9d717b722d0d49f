import { describe, expect, it } from "vitest";
import { closest, editDistance } from "../../src/lookup/suggest.js";

describe("editDistance", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("tegh", "tegh")).toBe(0);
    expect(editDistance("tekh", "tegh")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });

  it("counts a swap of neighbouring letters as one edit", () => {
    expect(editDistance("form", "from")).toBe(1);
    expect(editDistance("tehg", "tegh")).toBe(1);
    expect(editDistance("ab", "ba")).toBe(1);
    expect(editDistance("abc", "ca")).toBe(3);
  });
});

describe("closest", () => {
  it("returns near candidates, closest first, ignoring case", () => {
    expect(closest("Sotc", ["sotk", "goris", "tegh", "sot"])).toEqual(["sot", "sotk"]);
  });
  it("returns nothing when no candidate is near", () => {
    expect(closest("yerevan", ["tegh", "sotk"])).toEqual([]);
  });
});
