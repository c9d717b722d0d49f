// Changes in the package's runtime exports and the shapes of exported objects.
import type { ExportShape } from "../api.js";
import type { Reason } from "../bump.js";

const describe = (shape: ExportShape) => (typeof shape === "string" ? shape : "an object");

function diffShape(before: ExportShape, after: ExportShape, path: string, out: Reason[]): void {
  if (typeof before === "string" || typeof after === "string") {
    if (before !== after) out.push({ bump: "major", message: `${path}: changed from ${describe(before)} to ${describe(after)}` });
    return;
  }
  for (const key of Object.keys(before)) {
    if (!(key in after)) out.push({ bump: "major", message: `${path}.${key}: removed` });
    else diffShape(before[key]!, after[key]!, `${path}.${key}`, out);
  }
  for (const key of Object.keys(after)) if (!(key in before)) out.push({ bump: "minor", message: `${path}.${key}: added` });
}

/** Entries are "." and "./schema"; within each, every export by name. */
export function diffExports(
  before: Record<string, Record<string, ExportShape>>,
  after: Record<string, Record<string, ExportShape>>,
): Reason[] {
  const out: Reason[] = [];
  for (const entry of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const module = entry === "." ? "armenia-azerbaijan-incidents" : `armenia-azerbaijan-incidents/${entry.slice(2)}`;
    const was = before[entry] ?? {};
    const is = after[entry] ?? {};
    for (const name of Object.keys(was)) {
      if (!(name in is)) out.push({ bump: "major", message: `${module}: export ${name} removed` });
      else diffShape(was[name]!, is[name]!, `${module}: ${name}`, out);
    }
    for (const name of Object.keys(is)) if (!(name in was)) out.push({ bump: "minor", message: `${module}: export ${name} added` });
  }
  return out;
}
