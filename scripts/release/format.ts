// The diff as text: for a terminal (data:diff) and for the CHANGELOG.
import { bumpRank } from "./bump.js";
import type { DataDiff } from "./diff/index.js";
import { type FieldChange, showValue } from "./diff/fields.js";
import { RECORD_KINDS } from "./state.js";
import type { Collection } from "../../src/kinds.js";

export function formatDiff(diff: DataDiff): string {
  const lines: string[] = [];
  for (const kind of RECORD_KINDS) {
    const { added, removed, aliased, changed } = diff.records[kind];
    if (added.length + removed.length + aliased.length + changed.length === 0) {
      lines.push(`${kind}: no changes`);
      continue;
    }
    lines.push(`${kind}:`);
    if (added.length > 0) lines.push(`  added (${added.length}): ${added.join(", ")}`);
    if (removed.length > 0) lines.push(`  removed (${removed.length}): ${removed.join(", ")}`);
    if (aliased.length > 0) lines.push(`  renamed through an alias (${aliased.length}): ${aliased.map((a) => `${a.id} -> ${a.into}`).join(", ")}`);
    if (changed.length > 0) {
      lines.push(`  changed (${changed.length}):`);
      for (const { id, fields } of changed) {
        for (const field of fields) lines.push(`    ${id}: ${field.path || "(record)"} ${showValue(field.before)} -> ${showValue(field.after)}`);
      }
    }
  }
  if (diff.api === undefined) lines.push("schemas and exports: not compared (one side has no release/api.json)");
  else if (diff.api.length === 0) lines.push("schemas and exports: no changes");
  else {
    lines.push("schemas and exports:");
    for (const reason of diff.api) lines.push(`  ${reason.bump}: ${reason.message}`);
  }
  if (diff.types !== undefined) {
    if (diff.types.length === 0) lines.push("declarations: no changes");
    else {
      lines.push("declarations:");
      for (const { file, added, removed } of diff.types) {
        lines.push(`  ${file}:`);
        for (const line of removed.slice(0, 40)) lines.push(`    - ${line.trim()}`);
        for (const line of added.slice(0, 40)) lines.push(`    + ${line.trim()}`);
        const more = Math.max(0, removed.length - 40) + Math.max(0, added.length - 40);
        if (more > 0) lines.push(`    … and ${more} more line(s)`);
      }
    }
  }
  lines.push(`bump: ${diff.bump}`);
  return lines.join("\n");
}

const code = (ids: string[]) => ids.map((id) => `\`${id}\``).join(", ");
const LABELS = {
  incidents: "Incidents",
  places: "Places",
  parties: "Parties",
  sources: "Sources",
  episodes: "Episodes",
  milestones: "Milestones",
} as const satisfies Record<Collection, string>;

/**
 * Fields the schema gained this release (`incident.inclusion: optional field added`) that appear on existing
 * records, each absent before on every one of them, with how many records gained them.
 */
function newFields(changed: readonly { fields: readonly FieldChange[] }[], schemaAdded: ReadonlySet<string>): Map<string, number> {
  const counts = new Map<string, number>();
  const notNew = new Set<string>();
  for (const { fields } of changed)
    for (const { path, before } of fields) {
      if (/[.[]/.test(path)) continue;
      if (before !== undefined) notNew.add(path);
      counts.set(path, (counts.get(path) ?? 0) + 1);
    }
  return new Map([...counts].filter(([path]) => schemaAdded.has(path) && !notNew.has(path)));
}

/** Kinds whose ids start with their date: what a release adds is listed by year, so a reader sees which period grew. */
const DATED_IDS: ReadonlySet<Collection> = new Set(["incidents", "milestones"]);

/** "3 added (…)", or for dated kinds "95 added by year: 2020: 2 (…); 2021: 20 (…)". */
function addedText(kind: Collection, added: readonly string[]): string {
  if (!DATED_IDS.has(kind)) return `${added.length} added (${code([...added])})`;
  const byYear = new Map<string, string[]>();
  for (const id of [...added].sort()) {
    const year = id.slice(0, 4);
    const ids = byYear.get(year);
    if (ids) ids.push(id);
    else byYear.set(year, [id]);
  }
  const years = [...byYear].map(([year, ids]) => `${year}: ${ids.length} (${code(ids)})`);
  return `${added.length} added by year: ${years.join("; ")}`;
}

/** The CHANGELOG sections of a release: data changes (counts, ids, fields corrected), then schema and API changes. */
export function changelogSection(diff: DataDiff): string {
  const items: string[] = [];
  // "incident.inclusion: optional field added" names a field the records gained with the schema.
  const schemaAdded = new Set(
    (diff.api ?? []).flatMap((reason) => /\.(\w+): (?:optional|required) field added/.exec(reason.message)?.[1] ?? []),
  );
  for (const kind of RECORD_KINDS) {
    const { added, removed, aliased, changed } = diff.records[kind];
    const parts: string[] = [];
    // A record renamed through an alias is listed once, as renamed, not also as added under its new id.
    const renamedTo = new Set(aliased.map((a) => a.into));
    const fresh = added.filter((id) => !renamedTo.has(id));
    if (fresh.length > 0) parts.push(addedText(kind, fresh));
    // A field the schema gained, now on records that existed before (a derived one, say): named once, not as a
    // correction of every record.
    const gained = newFields(changed, schemaAdded);
    for (const [field, count] of gained) parts.push(`\`${field}\` added to ${count} existing records (a new field)`);
    const corrected = changed
      .map(({ id, fields }) => ({ id, fields: fields.filter((f) => !gained.has(f.path)) }))
      .filter(({ fields }) => fields.length > 0);
    if (corrected.length > 0) {
      const detail = corrected.map(({ id, fields }) => `\`${id}\` (${[...new Set(fields.map((f) => f.path.replace(/\[\d+\]/g, "[]") || "record"))].join(", ")})`);
      parts.push(`${corrected.length} corrected: ${detail.join("; ")}`);
    }
    if (aliased.length > 0) parts.push(`${aliased.length} merged or renamed (${aliased.map((a) => `\`${a.id}\` → \`${a.into}\``).join(", ")}; the old ids still resolve)`);
    if (removed.length > 0) parts.push(`${removed.length} removed (${code(removed)})`);
    if (parts.length > 0) items.push(`- ${LABELS[kind]}: ${parts.join("; ")}`);
  }
  const section = ["### Data changes", "", ...(items.length > 0 ? items : ["No changes to the data."])];
  const api = [...(diff.api ?? [])].sort((a, b) => bumpRank(b.bump) - bumpRank(a.bump));
  if (api.length > 0) section.push("", "### Schema and API changes", "", ...api.map((r) => `- ${r.message} (${r.bump})`));
  return section.join("\n");
}

/** Puts the section right under the version's heading, before the changesets' own text. */
export function insertSection(changelog: string, version: string, section: string, date?: string): string {
  const heading = `## ${version}\n`;
  const at = changelog.indexOf(heading);
  if (at === -1) throw new Error(`CHANGELOG.md has no "## ${version}" heading: run changeset version first`);
  const after = at + heading.length;
  // The release day beside the version, so a reader of the CHANGELOG knows when the data changed.
  const dated = date ? `## ${version} (${date})\n` : heading;
  return `${changelog.slice(0, at)}${dated}\n${section}\n${changelog.slice(after)}`;
}

/** CITATION.cff with this release's version and day, so a citation names the data it used. */
export function citationFor(citation: string, version: string, date: string): string {
  const lines = citation.split("\n").filter((line) => !/^(version|date-released):/.test(line));
  const at = lines.findIndex((line) => line.startsWith("title:"));
  lines.splice(at + 1, 0, `version: "${version}"`, `date-released: "${date}"`);
  return lines.join("\n");
}
