// The page uses the enum values the package exports, never a copy: a list of two or more values of an enum, or a
// table of the estimate bases' wording, written in site/ fails here.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  CASUALTY_BOUNDS,
  CASUALTY_CATEGORIES,
  ESTIMATE_BASES,
  ESTIMATE_BASIS_WORDS,
  INCIDENT_TYPES,
  SIDES,
} from "../../src/index.js";

const ENUMS: Record<string, readonly string[]> = {
  SIDES,
  INCIDENT_TYPES,
  CASUALTY_CATEGORIES,
  CASUALTY_BOUNDS,
  ESTIMATE_BASES,
};

const root = path.resolve(import.meta.dirname, "../..");
const files = (dir: string) =>
  readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts"))
    .map((file) => path.join(dir, file));

/** Array literals of two or more values of one enum: `["killed", "wounded"]`. */
function copies(text: string): string[] {
  const found: string[] = [];
  for (const [name, values] of Object.entries(ENUMS)) {
    const value = `(?:${values.map((v) => `"${v}"`).join("|")})`;
    const list = new RegExp(`\\[\\s*${value}(?:\\s*,\\s*${value})+\\s*,?\\s*\\]`, "g");
    for (const match of text.matchAll(list)) found.push(`${name}: ${match[0]}`);
  }
  for (const words of Object.values(ESTIMATE_BASIS_WORDS))
    if (text.includes(`"${words}"`)) found.push(`basis: ${words}`);
  return found;
}

describe("enum values have one owner", () => {
  it("the page declares no list of an enum's values, nor the bases' wording", () => {
    for (const file of files("site/src")) expect(copies(readFileSync(path.join(root, file), "utf8")), file).toEqual([]);
  });

  it("neither do the command line and the article reader", () => {
    for (const file of [...files("src/cli"), ...files("src/article")])
      expect(copies(readFileSync(path.join(root, file), "utf8")), file).toEqual([]);
  });

  it("the check finds a copy", () => {
    expect(copies('const CATEGORIES = ["killed", "wounded", "captured", "missing"] as const;')).toHaveLength(1);
    expect(copies(`const SIDE_ORDER = ["armenia", "nagorno-karabakh", "azerbaijan"];`)).toHaveLength(1);
  });
});
