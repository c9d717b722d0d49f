// The comparison of two data states, and the bump it requires under the README's versioning policy.
import { type Bump, maxBump, type Reason } from "../bump.js";
import { type DataState, RECORD_KINDS, type RecordKind } from "../state.js";
import { diffExports } from "./exports.js";
import { diffRecords, type RecordsDiff, recordReasons } from "./records.js";
import { diffSchema } from "./schema.js";
import { diffTypes, type TypesDiff, typesReasons } from "./types.js";

export interface DataDiff {
  records: Record<RecordKind, RecordsDiff>;
  /** Schema and export changes; `undefined` where either side has no API snapshot to compare. */
  api: Reason[] | undefined;
  /** Declaration changes; `undefined` where either side has no recorded declarations. */
  types: TypesDiff[] | undefined;
  /** Every change that needs a release, with its bump. */
  reasons: Reason[];
  bump: Bump;
}

export function diffApi(before: DataState["api"], after: DataState["api"]): Reason[] | undefined {
  if (!before || !after) return undefined;
  const schemaNames = new Set([...Object.keys(before.schemas), ...Object.keys(after.schemas)]);
  return [
    ...[...schemaNames].flatMap((name): Reason[] => {
      // A record type's schema that is new or gone is one change, not one per field.
      if (!(name in before.schemas)) return [{ bump: "minor", message: `${name}: JSON Schema added` }];
      if (!(name in after.schemas)) return [{ bump: "major", message: `${name}: JSON Schema removed` }];
      return diffSchema(before.schemas[name], after.schemas[name], name);
    }),
    ...diffExports(before.exports, after.exports),
  ];
}

export function diffStates(before: DataState, after: DataState): DataDiff {
  const records = Object.fromEntries(
    // A state from before episodes existed has none.
    RECORD_KINDS.map((kind) => [kind, diffRecords(before.records[kind] ?? {}, after.records[kind] ?? {})]),
  ) as Record<RecordKind, RecordsDiff>;
  const api = diffApi(before.api, after.api);
  const types = before.types && after.types ? diffTypes(before.types, after.types) : undefined;
  const reasons = [...RECORD_KINDS.flatMap((kind) => recordReasons(kind, records[kind])), ...(api ?? []), ...typesReasons(types ?? [])];
  return { records, api, types, reasons, bump: maxBump(reasons.map((reason) => reason.bump)) };
}
