// Field-by-field differences between two JSON values: `casualties[1].killed 3 -> 4`.
import { isDeepStrictEqual } from "node:util";

export interface FieldChange {
  /** `casualties[1].killed`; empty for the value as a whole. */
  path: string;
  /** `undefined` where the field is absent on that side. */
  before: unknown;
  after: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

export function fieldChanges(before: unknown, after: unknown, path = ""): FieldChange[] {
  if (isDeepStrictEqual(before, after)) return [];
  if (Array.isArray(before) && Array.isArray(after)) {
    const length = Math.max(before.length, after.length);
    return Array.from({ length }, (_, i) => fieldChanges(before[i], after[i], `${path}[${i}]`)).flat();
  }
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => fieldChanges(before[key], after[key], path ? `${path}.${key}` : key));
  }
  return [{ path, before, after }];
}

const MAX_VALUE = 60;

/** A value as a release note shows it: absent values as "(none)", long ones shortened. */
export function showValue(value: unknown): string {
  if (value === undefined) return "(none)";
  const text = JSON.stringify(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}
