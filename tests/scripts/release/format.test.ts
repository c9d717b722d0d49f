import { describe, expect, it } from "vitest";
import { diffStates } from "../../../scripts/release/diff/index.js";
import { changelogSection, citationFor, formatDiff, insertSection } from "../../../scripts/release/format.js";
import type { DataState, JsonRecord } from "../../../scripts/release/state.js";

const incident = (id: string, killed: number, extra: Record<string, unknown> = {}): JsonRecord => ({ id, casualties: [{ killed }], ...extra });
const state = (incidents: JsonRecord[], places: JsonRecord[] = []): DataState => ({
  records: {
    incidents: Object.fromEntries(incidents.map((i) => [i.id, i])),
    places: Object.fromEntries(places.map((p) => [p.id, p])),
    parties: {},
    sources: {},
    episodes: {},
    milestones: {},
  },
});

const before = state([incident("2023-04-11-tegh", 3), incident("2023-04-11-tekh", 3)]);
const after = state([incident("2023-04-11-tegh", 4, { aliases: ["2023-04-11-tekh"] }), incident("2023-09-01-sotk", 4)], [{ id: "sotk" }]);

describe("formatDiff", () => {
  it("lists each kind's changes field by field and ends with the bump", () => {
    expect(formatDiff(diffStates(before, after)).split("\n")).toEqual([
      "incidents:",
      "  added (1): 2023-09-01-sotk",
      "  renamed through an alias (1): 2023-04-11-tekh -> 2023-04-11-tegh",
      "  changed (1):",
      "    2023-04-11-tegh: casualties[0].killed 3 -> 4",
      '    2023-04-11-tegh: aliases (none) -> ["2023-04-11-tekh"]',
      "places:",
      "  added (1): sotk",
      "parties: no changes",
      "sources: no changes",
      "episodes: no changes",
      "milestones: no changes",
      "schemas and exports: not compared (one side has no release/api.json)",
      "bump: minor",
    ]);
  });
});

describe("changelogSection", () => {
  it("gives the data changes in numbers and by id", () => {
    expect(changelogSection(diffStates(before, after))).toBe(
      [
        "### Data changes",
        "",
        "- Incidents: 1 added by year: 2023: 1 (`2023-09-01-sotk`); 1 corrected: `2023-04-11-tegh` (casualties[].killed, aliases); 1 merged or renamed (`2023-04-11-tekh` → `2023-04-11-tegh`; the old ids still resolve)",
        "- Places: 1 added (`sotk`)",
      ].join("\n"),
    );
    expect(changelogSection(diffStates(before, before))).toBe("### Data changes\n\nNo changes to the data.");
  });

  it("lists a record renamed through an alias once, as renamed, not also as added under its new id", () => {
    const renamed = state([incident("2023-04-10-tegh", 3, { aliases: ["2023-04-11-tegh"] })]);
    expect(changelogSection(diffStates(state([incident("2023-04-11-tegh", 3)]), renamed))).toBe(
      [
        "### Data changes",
        "",
        "- Incidents: 1 merged or renamed (`2023-04-11-tegh` → `2023-04-10-tegh`; the old ids still resolve)",
      ].join("\n"),
    );
  });

  it("lists added incidents by year, so that a reader sees which period the release extends", () => {
    const added = ["2025-04-02-chamanli", "2021-01-12-x", "2025-01-05-y", "2021-07-01-z"].map((id) => incident(id, 1));
    expect(changelogSection(diffStates(state([]), state(added)))).toBe(
      [
        "### Data changes",
        "",
        "- Incidents: 4 added by year: 2021: 2 (`2021-01-12-x`, `2021-07-01-z`); 2025: 2 (`2025-01-05-y`, `2025-04-02-chamanli`)",
      ].join("\n"),
    );
  });

  it("names a field added to many records at once once, and lists the records' other corrections", () => {
    const many = Array.from({ length: 12 }, (_, i) => incident(`2023-04-${String(i + 10)}-x`, 1));
    const derived = many.map((record, i) => ({ ...record, inclusion: "casualties", ...(i === 0 ? { casualties: [{ killed: 2 }] } : {}) }));
    const diff = diffStates(state(many), state(derived));
    // Named once only where the schema says the field is new; otherwise each record's change is a correction.
    expect(changelogSection(diff)).toContain("12 corrected");
    diff.api = [{ bump: "minor", message: "incident.inclusion: optional field added" }];
    expect(changelogSection(diff)).toContain(
      "### Data changes\n\n- Incidents: `inclusion` added to 12 existing records (a new field); 1 corrected: `2023-04-10-x` (casualties[].killed)\n",
    );
  });

  it("lists schema and API changes under their own heading, most severe first", () => {
    const api = (exports: Record<string, string>) => ({ schemas: {}, exports: { ".": exports } });
    const diff = diffStates({ ...before, api: api({ a: "function", b: "function" }) }, { ...before, api: api({ b: "array", c: "function" }) });
    expect(changelogSection(diff).split("\n")).toEqual([
      "### Data changes",
      "",
      "No changes to the data.",
      "",
      "### Schema and API changes",
      "",
      "- armenia-azerbaijan-incidents: export a removed (major)",
      "- armenia-azerbaijan-incidents: b: changed from function to array (major)",
      "- armenia-azerbaijan-incidents: export c added (minor)",
    ]);
  });

  it("goes under the release's heading, before the changesets' text", () => {
    const changelog = "# pkg\n\n## 0.2.0\n\n### Minor Changes\n\n- text\n\n## 0.1.0\n";
    expect(insertSection(changelog, "0.2.0", "### Data changes\n\n- x")).toBe(
      "# pkg\n\n## 0.2.0\n\n### Data changes\n\n- x\n\n### Minor Changes\n\n- text\n\n## 0.1.0\n",
    );
    expect(() => insertSection(changelog, "0.3.0", "x")).toThrow('CHANGELOG.md has no "## 0.3.0" heading');
  });
});

describe("release dates", () => {
  it("date the CHANGELOG heading and write the version and day into CITATION.cff", () => {
    const changelog = "# pkg\n\n## 0.4.0\n\n### Minor Changes\n";
    expect(insertSection(changelog, "0.4.0", "### Data changes", "2027-01-05")).toBe(
      "# pkg\n\n## 0.4.0 (2027-01-05)\n\n### Data changes\n\n### Minor Changes\n",
    );
    const citation = 'cff-version: 1.2.0\ntitle: "x"\nversion: "0.3.0"\ndate-released: "2026-12-07"\nlicense: MIT\n';
    expect(citationFor(citation, "0.4.0", "2027-01-05")).toBe(
      'cff-version: 1.2.0\ntitle: "x"\nversion: "0.4.0"\ndate-released: "2027-01-05"\nlicense: MIT\n',
    );
  });
});
