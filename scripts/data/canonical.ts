// The one serialisation every raw data file must equal: two-space JSON, `id` first and the other keys sorted,
// collections sorted by id, a trailing newline. Arrays inside records keep their order: it is meaningful.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function sortKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const keys = Object.keys(value).sort((a, b) => (a === "id" ? -1 : b === "id" ? 1 : a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(keys.map((key) => [key, sortKeys(value[key] as Json)]));
}

const byId = (a: Json, b: Json): number => {
  const idA = String((a as { id?: unknown }).id);
  const idB = String((b as { id?: unknown }).id);
  return idA < idB ? -1 : idA > idB ? 1 : 0;
};

/** A single record file. */
export function canonicalRecord(value: unknown): string {
  return `${JSON.stringify(sortKeys(value as Json), null, 2)}\n`;
}

/** A file holding a collection of records (places, parties, sources). */
export function canonicalCollection(values: readonly unknown[]): string {
  return canonicalRecord([...(values as Json[])].sort(byId));
}
