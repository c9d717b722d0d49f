// Changes to the emitted TypeScript declarations: what the runtime shapes and JSON Schemas do not show (a narrowed
// parameter, a new overload, an id union that gained or lost a member).
import type { Reason } from "../bump.js";

export interface TypesDiff {
  file: string;
  added: string[];
  removed: string[];
}

const lines = (text: string | undefined) => (text ?? "").split("\n").map((line) => line.trimEnd()).filter((line) => line.trim() !== "");

/** Lines added and removed per declaration file, ignoring order and blank lines. */
export function diffTypes(before: Record<string, string>, after: Record<string, string>): TypesDiff[] {
  const files = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return files.flatMap((file) => {
    const was = lines(before[file]);
    const now = lines(after[file]);
    const wasSet = new Set(was);
    const nowSet = new Set(now);
    const added = now.filter((line) => !wasSet.has(line));
    const removed = was.filter((line) => !nowSet.has(line));
    return added.length + removed.length === 0 ? [] : [{ file, added, removed }];
  });
}

/**
 * A declaration change needs at least a minor release. Whether a removed or changed line breaks a consumer's
 * code (major) takes a reader: the reason says so, and data:diff prints the lines.
 */
export function typesReasons(diffs: readonly TypesDiff[]): Reason[] {
  if (diffs.length === 0) return [];
  const removed = diffs.reduce((n, d) => n + d.removed.length, 0);
  const added = diffs.reduce((n, d) => n + d.added.length, 0);
  const review = removed > 0 ? " (review the removed lines: a removed or narrowed signature is major)" : "";
  return [{ bump: "minor", message: `TypeScript declarations changed: +${added} -${removed} lines in ${diffs.map((d) => d.file).join(", ")}${review}` }];
}
