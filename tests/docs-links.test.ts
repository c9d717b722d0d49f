// The docs link to each other and to the code: every relative link reaches a file of the repository, and every
// `#anchor` a heading of the file it names, so moving a section cannot leave a link dangling.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");
const DOCS = [
  "README.md",
  "CONTRIBUTING.md",
  ...readdirSync(path.join(ROOT, "docs"))
    .filter((file) => file.endsWith(".md"))
    .map((file) => `docs/${file}`),
];
const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");

/** The anchors GitHub gives a file's headings: lower case, punctuation dropped, spaces as hyphens. */
function anchorsOf(file: string): Set<string> {
  const text = read(file).replace(/```[\s\S]*?```/g, "");
  return new Set(
    [...text.matchAll(/^#{1,6} (.+)$/gm)].map((match) =>
      match[1]!
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N} _-]/gu, "")
        .replace(/ /g, "-"),
    ),
  );
}

/** The relative links of a Markdown file, outside code blocks and code spans. */
function linksOf(file: string): string[] {
  const text = read(file)
    .replace(/```[\s\S]*?```/g, "")
    .replace(/`[^`\n]*`/g, "");
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!).filter((link) => !/^[a-z]+:/.test(link));
}

describe("links between the docs", () => {
  for (const file of DOCS) {
    it(`${file}: every relative link and anchor resolves inside the repository`, () => {
      for (const link of linksOf(file)) {
        const [target, anchor] = link.split("#") as [string, string | undefined];
        const resolved = target === "" ? file : path.posix.normalize(path.posix.join(path.posix.dirname(file), target));
        expect(resolved.startsWith(".."), `${file}: ${link} leaves the repository`).toBe(false);
        expect(existsSync(path.join(ROOT, resolved)), `${file}: ${link}`).toBe(true);
        if (anchor !== undefined) expect([...anchorsOf(resolved)], `${file}: ${link}`).toContain(anchor);
      }
    });
  }

  it("CONTRIBUTING.md sends contributors to the curation guide of the repository", () => {
    expect(read("CONTRIBUTING.md")).toContain("](docs/curation-guide.md)");
  });

  it("the README sends developers to docs/ and keeps the benchmark logs out", () => {
    const readme = read("README.md");
    for (const doc of ["docs/development.md", "docs/benchmarks.md", "CONTRIBUTING.md"]) {
      expect(readme).toContain(`](${doc}`);
    }
    expect(readme).not.toContain("#### Importing the main entry");
    expect(read("docs/benchmarks.md")).toContain("Importing the main entry");
  });
});
