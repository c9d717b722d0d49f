// aa-incidents match and draft, in process on the shipped data.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { ARTICLES } from "./articles.js";

const dir = mkdtempSync(path.join(tmpdir(), "aa-article-"));
const file = (name: string, text: string) => {
  const target = path.join(dir, name);
  writeFileSync(target, text);
  return target;
};

describe("aa-incidents match and draft", () => {
  it("match resolves relative dates against --published and prints JSON when piped", () => {
    const article = ARTICLES.find((a) => a.incident === "2023-04-11-tegh")!;
    const { code, stdout } = run(["match", file("tegh.txt", article.text), "--published", article.published!]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { reading: { date: { date: string } }; matches: { id: string }[] };
    expect(out.reading.date.date).toBe("2023-04-11");
    expect(out.matches[0]?.id).toBe("2023-04-11-tegh");
  });

  it("match says so, with exit status 1, when nothing fits", () => {
    const article = ARTICLES.find((a) => a.incident === null)!;
    const { code, stdout } = run([
      "match",
      file("none.txt", article.text),
      "--published",
      article.published!,
      "--format",
      "text",
    ]);
    expect(code).toBe(1);
    expect(stdout).toContain("No incident of the record fits this article.");
  });

  it("draft prints a record, the source stub, the data:add command and the checks", () => {
    const article = ARTICLES.find((a) => a.incident === "2024-02-13-nerkin-hand")!;
    const { code, stdout } = run([
      "draft",
      file("hand.txt", article.text),
      "--published",
      "2024-02-14",
      "--url",
      "https://example.org/x",
      "--format",
      "text",
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain("data/incidents/2024/2024-02-13-nerkin-hand.json:");
    expect(stdout).toContain("npm run data:add -- --date 2024-02-13 --place nerkin-hand");
    expect(stdout).toContain("A curator must still check:");
  });

  it("draft warns when the record already holds the incident, naming the record", () => {
    const article = ARTICLES.find((a) => a.incident === "2023-04-11-tegh")!;
    const target = file("tegh-draft.txt", article.text);
    const text = run(["draft", target, "--published", article.published!, "--format", "text"]).stdout;
    expect(text).toContain("Warning: the id 2023-04-11-tegh is already the record 2023-04-11-tegh");
    expect(text).toContain("Warning: the record may already hold this incident: 2023-04-11-tegh");
    const json = JSON.parse(run(["draft", target, "--published", article.published!]).stdout) as {
      warnings: string[];
      existing: string[];
    };
    expect(json.existing[0]).toBe("2023-04-11-tegh");
    expect(json.warnings.length).toBeGreaterThanOrEqual(2);
  });

  it("refuses a bad --published and a missing file", () => {
    expect(run(["match", file("x.txt", "text"), "--published", "yesterday"]).code).toBe(2);
    expect(run(["match", path.join(dir, "absent.txt")]).code).toBe(2);
    expect(run(["draft", file("y.txt", "no date here")]).stderr).toContain("--published");
  });
});
