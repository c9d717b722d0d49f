import { describe, expect, it } from "vitest";
import { judge, judgeVersionHash } from "../../../scripts/release/judge.js";
import type { DataDiff } from "../../../scripts/release/diff/index.js";

const diff = (bump: DataDiff["bump"], reasons: DataDiff["reasons"]): DataDiff =>
  ({ records: {} as DataDiff["records"], api: [], types: undefined, reasons, bump });

describe("the bump check", () => {
  const changes = diff("major", [
    { bump: "major", message: "incidents removed without an alias that still resolves them: 2023-04-11-tegh" },
    { bump: "minor", message: "places added: sotk" },
    { bump: "patch", message: "incidents corrected: 2023-09-01-sotk" },
  ]);

  it("fails when the changesets declare less than the changes need, and says which changes need what", () => {
    const result = judge(changes, "minor", "0.1.0");
    expect(result.ok).toBe(false);
    expect(result.message.split("\n")).toEqual([
      "release check: the data or API differs from release 0.1.0 and needs a major release, but the pending changesets declare minor.",
      "  needs major: incidents removed without an alias that still resolves them: 2023-04-11-tegh",
      "Add a changeset with `npx changeset` (see the versioning policy in the README), or raise the bump of an existing one.",
    ]);
  });

  it("fails when data changed and no changeset is pending", () => {
    const result = judge(diff("patch", [{ bump: "patch", message: "incidents corrected: x" }]), "none", "0.1.0");
    expect(result).toMatchObject({ ok: false });
    expect(result.message).toContain("but the pending changesets declare nothing.");
  });

  it("passes when the declared bump is at least the needed one, or nothing changed", () => {
    expect(judge(changes, "major", "0.1.0").ok).toBe(true);
    expect(judge(diff("patch", []), "minor", "0.1.0").ok).toBe(true);
    expect(judge(diff("none", []), "none", "0.1.0")).toEqual({ ok: true, message: "release check: no user-visible change since 0.1.0; pending changesets declare none" });
  });
});

describe("the version and content hash check", () => {
  const manifest = { version: "0.2.0", contentHash: "sha256-aaa" };

  it("fails when no changeset is pending and the data no longer builds to the hash recorded for the version", () => {
    const result = judgeVersionHash("0.2.0", manifest, "sha256-bbb", []);
    expect(result.ok).toBe(false);
    expect(result.message).toContain("no changeset is pending, so this is release 0.2.0, but its data builds to sha256-bbb, not the sha256-aaa");
  });

  it("fails when package.json and the manifest name different versions", () => {
    expect(judgeVersionHash("0.3.0", manifest, "sha256-aaa", [])).toMatchObject({ ok: false });
  });

  it("passes when version and hash agree, or while a changeset is pending", () => {
    expect(judgeVersionHash("0.2.0", manifest, "sha256-aaa", []).ok).toBe(true);
    expect(judgeVersionHash("0.2.0", manifest, "sha256-bbb", [".changeset/x.md"]).ok).toBe(true);
  });
});
