// What changed among the records of one kind: added, removed, merged or renamed through an alias, corrected.
import { indexById } from "../../../src/lookup/index-by-id.js";
import type { Reason } from "../bump.js";
import type { JsonRecord } from "../state.js";
import { type FieldChange, fieldChanges } from "./fields.js";

export interface RecordsDiff {
  added: string[];
  /** Ids (or aliases) that resolved before and resolve to nothing now. */
  removed: string[];
  /** Ids that are now aliases of another record: `{ id: "old", into: "surviving" }`. */
  aliased: { id: string; into: string }[];
  changed: { id: string; fields: FieldChange[] }[];
}

/** Every id and alias, each to the current id it resolves to (the rule lookups follow). */
function resolver(records: Record<string, JsonRecord>): Map<string, string> {
  return new Map([...indexById(Object.values(records))].map(([key, record]) => [key, record.id]));
}

export function diffRecords(before: Record<string, JsonRecord>, after: Record<string, JsonRecord>): RecordsDiff {
  const resolvedBefore = resolver(before);
  const resolvedAfter = resolver(after);
  const diff: RecordsDiff = { added: [], removed: [], aliased: [], changed: [] };
  for (const id of [...resolvedBefore.keys()].sort()) {
    const now = resolvedAfter.get(id);
    if (now === undefined) diff.removed.push(id);
    else if (now !== id && before[id] !== undefined) diff.aliased.push({ id, into: now });
  }
  for (const id of Object.keys(after).sort()) {
    if (!resolvedBefore.has(id)) diff.added.push(id);
    else if (before[id] !== undefined) {
      const fields = fieldChanges(before[id], after[id]);
      if (fields.length > 0) diff.changed.push({ id, fields });
    }
  }
  return diff;
}

const list = (ids: string[]) => ids.join(", ");

export function recordReasons(kind: string, diff: RecordsDiff): Reason[] {
  const reasons: Reason[] = [];
  if (diff.removed.length > 0) {
    reasons.push({ bump: "major", message: `${kind} removed without an alias that still resolves them: ${list(diff.removed)}` });
  }
  if (diff.added.length > 0) reasons.push({ bump: "minor", message: `${kind} added: ${list(diff.added)}` });
  if (diff.aliased.length > 0) {
    reasons.push({ bump: "minor", message: `${kind} merged or renamed, old ids kept as aliases: ${list(diff.aliased.map((a) => `${a.id} -> ${a.into}`))}` });
  }
  if (diff.changed.length > 0) reasons.push({ bump: "patch", message: `${kind} corrected: ${list(diff.changed.map((c) => c.id))}` });
  return reasons;
}
