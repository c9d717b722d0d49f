// The dataset-wide checks the public DatasetSchema runs, reported against the raw files.
import { byCollection } from "../../../src/kinds.js";
import type { DatasetView } from "../../../src/schema/integrity/types.js";
import { integrityChecks, type IntegrityCheck, type IntegrityIssue, noFutureDates } from "../../../src/schema/index.js";
import type { Problem, RawRecords } from "../../data/parse.js";
import type { LintCheck } from "./types.js";

type Entries = { file: string; record: { id: string } }[];

/** Maps an issue's [collection, index, ...] path back to the file and id of the record. */
function located(records: RawRecords, found: IntegrityIssue): Problem {
  const [collection, index, ...rest] = found.path;
  const entry =
    typeof index === "number"
      ? (records as unknown as Record<string, Entries>)[String(collection)]?.[index]
      : undefined;
  return {
    file: entry?.file ?? "data",
    check: found.check,
    path: entry ? [entry.record.id, ...rest] : found.path,
    message: found.message,
  };
}

/** An unknown-reference issue that names a record failing its own schema: that record's errors say what is wrong. */
const citesInvalidRecord = (records: RawRecords, found: IntegrityIssue) => {
  const named = found.check === "references-resolve" ? /id "(.*)"$/.exec(found.message)?.[1] : undefined;
  return named !== undefined && records.invalidIds.has(named);
};

function asLintCheck(name: string, description: string, check: IntegrityCheck): LintCheck {
  return {
    name,
    description,
    run: ({ records }) => {
      const data = byCollection(({ collection }) => records[collection].map((entry) => entry.record));
      return check(data as unknown as DatasetView)
        .filter((found) => !citesInvalidRecord(records, found))
        .map((found) => located(records, found));
    },
  };
}

export const integrity: LintCheck[] = [
  ...Object.entries(integrityChecks)
    // Raw files are read in path order; the published order is checked on the built dataset by DatasetSchema.
    .filter(([name]) => name !== "sorted-order")
    .map(([name, check]) => asLintCheck(name, `dataset integrity: ${name}`, check)),
  {
    name: "no-future-dates",
    description: "no incident ends after today",
    run: (context) => asLintCheck("no-future-dates", "", noFutureDates(context.today)).run(context),
  },
];
