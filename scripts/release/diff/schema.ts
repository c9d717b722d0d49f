// Changes between two JSON Schemas of a record type, each with the bump it needs for a consumer of the data.
import { isDeepStrictEqual } from "node:util";
import type { Reason } from "../bump.js";

type Node = Record<string, unknown>;

const asNode = (value: unknown): Node => (value !== null && typeof value === "object" ? (value as Node) : {});
const required = (node: Node) => new Set((node["required"] as string[] | undefined) ?? []);
const HANDLED = new Set(["enum", "const", "type", "properties", "required", "items", "anyOf", "oneOf", "description", "$id", "$schema"]);

export function diffSchema(a: unknown, b: unknown, path: string, out: Reason[] = []): Reason[] {
  const before = asNode(a);
  const after = asNode(b);
  if (isDeepStrictEqual(before, after)) return out;

  if (!isDeepStrictEqual(before["type"], after["type"])) {
    out.push({ bump: "major", message: `${path}: type changed from ${JSON.stringify(before["type"])} to ${JSON.stringify(after["type"])}` });
  }
  if (!isDeepStrictEqual(before["const"], after["const"])) {
    out.push({ bump: "major", message: `${path}: constant changed from ${JSON.stringify(before["const"])} to ${JSON.stringify(after["const"])}` });
  }
  if (Array.isArray(before["enum"]) || Array.isArray(after["enum"])) {
    const was = new Set((before["enum"] as unknown[] | undefined) ?? []);
    const is = new Set((after["enum"] as unknown[] | undefined) ?? []);
    for (const value of was) if (!is.has(value)) out.push({ bump: "major", message: `${path}: value ${JSON.stringify(value)} removed` });
    for (const value of is) if (!was.has(value)) out.push({ bump: "minor", message: `${path}: value ${JSON.stringify(value)} added` });
  }

  const propsBefore = asNode(before["properties"]);
  const propsAfter = asNode(after["properties"]);
  const [reqBefore, reqAfter] = [required(before), required(after)];
  for (const key of Object.keys(propsBefore)) {
    const at = `${path}.${key}`;
    if (!(key in propsAfter)) out.push({ bump: "major", message: `${at}: field removed` });
    else {
      if (reqBefore.has(key) !== reqAfter.has(key)) {
        out.push({ bump: "major", message: `${at}: field became ${reqAfter.has(key) ? "required" : "optional"}` });
      }
      diffSchema(propsBefore[key], propsAfter[key], at, out);
    }
  }
  for (const key of Object.keys(propsAfter)) {
    if (!(key in propsBefore)) {
      out.push(reqAfter.has(key) ? { bump: "major", message: `${path}.${key}: required field added` } : { bump: "minor", message: `${path}.${key}: optional field added` });
    }
  }

  if (before["items"] !== undefined || after["items"] !== undefined) diffSchema(before["items"], after["items"], `${path}[]`, out);

  for (const keyword of ["anyOf", "oneOf"] as const) {
    const was = (before[keyword] as unknown[] | undefined) ?? [];
    const is = (after[keyword] as unknown[] | undefined) ?? [];
    if (isDeepStrictEqual(was, is)) continue;
    if (was.length === is.length) was.forEach((option, i) => diffSchema(option, is[i], `${path}|${i}`, out));
    else if (was.every((option) => is.some((other) => isDeepStrictEqual(option, other)))) {
      out.push({ bump: "minor", message: `${path}: alternative added` });
    } else out.push({ bump: "major", message: `${path}: alternatives changed` });
  }

  // Other constraints (pattern, minimum, additionalProperties…): loosening one is minor, tightening major;
  // which it is cannot be told in general, so the change is flagged for review at minor.
  for (const keyword of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (!HANDLED.has(keyword) && !isDeepStrictEqual(before[keyword], after[keyword])) {
      out.push({ bump: "minor", message: `${path}: ${keyword} changed (review: a tighter constraint is major)` });
    }
  }
  return out;
}
