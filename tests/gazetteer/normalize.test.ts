import { describe, expect, it } from "vitest";
import { normalizeName } from "../../src/gazetteer/normalize.js";

describe("normalizeName", () => {
  it("folds case, diacritics and Azerbaijani letters", () => {
    expect(normalizeName("Kəlbəcər")).toBe("kelbecer");
    expect(normalizeName("Laçın")).toBe("lacin");
    expect(normalizeName("Dondar Quşçu")).toBe("dondar quscu");
    expect(normalizeName("XANKƏNDİ")).toBe("xankendi");
  });
  it("drops apostrophes and turns other punctuation into spaces", () => {
    expect(normalizeName("Lichk’")).toBe("lichk");
    expect(normalizeName("K'arvachar")).toBe("karvachar");
    expect(normalizeName("  Lachin-corridor, (road) ")).toBe("lachin corridor road");
  });
  it("keeps Armenian and Cyrillic letters", () => {
    expect(normalizeName("Տեղ")).toBe("տեղ");
    expect(normalizeName("Тех")).toBe("тех");
  });
});
