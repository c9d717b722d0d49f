// Lookups by id over one dataset's records: an unknown id throws with the closest ids as suggestions.
import type { IndexedRecords, PublishedRecordOf } from "./records.js";
import { type RecordKind, safeString, UnknownIdError } from "../errors.js";
import { RECORD_KINDS } from "../kinds.js";
import { closest } from "./suggest.js";

function lookup<T>(kind: RecordKind, table: ReadonlyMap<string, T>, id: unknown, extra: () => string[] = () => []): T {
  // A value that is not a string is an unknown id too, named as it converts (never a TypeError of its own).
  const text = typeof id === "string" ? id : safeString(id);
  const found = typeof id === "string" ? table.get(id) : undefined;
  if (found !== undefined) return found;
  const suggestions = [...new Set([...extra(), ...closest(text, table.keys())])].slice(0, 3);
  throw new UnknownIdError(kind, text, suggestions);
}

/** `getIncident`, `isIncidentId` and the same for every kind of the table in kinds.ts. */
export type Lookups = {
  [K in RecordKind as `get${Capitalize<K>}`]: (id: string) => PublishedRecordOf[K];
} & {
  [K in RecordKind as `is${Capitalize<K>}Id`]: (value: unknown) => boolean;
};

const capitalized = (kind: string) => `${kind[0]!.toUpperCase()}${kind.slice(1)}`;

/** `placesNamed` suggests places known under a mistyped id as a name: "tekh" suggests "tegh". */
export function lookupsFor(records: IndexedRecords, placesNamed: (id: string) => string[]): Lookups {
  const lookups: Record<string, unknown> = {};
  for (const { kind } of RECORD_KINDS) {
    const table = () => records[`${kind}ById`] as ReadonlyMap<string, unknown>;
    // A mistyped place id may be a place's name.
    const extra = (id: unknown) => (kind === "place" && typeof id === "string" ? placesNamed(id) : []);
    lookups[`get${capitalized(kind)}`] = (id: unknown) => lookup(kind, table(), id, () => extra(id));
    lookups[`is${capitalized(kind)}Id`] = (value: unknown) => typeof value === "string" && table().has(value);
  }
  return lookups as Lookups;
}
