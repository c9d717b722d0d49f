import { integrityChecks, noFutureDates, type IntegrityIssue } from "../../../src/schema/index.js";
import type { Problem } from "../../data/parse.js";
import type { LintCheck, LintContext } from "./types.js";

/** Maps an issue's [collection, index, ...] path back to the file the record came from. */
function located({ records }: LintContext, found: IntegrityIssue): Problem {
  const [collection, index, ...rest] = found.path;
  const entry = typeof collection === "string" && typeof index === "number"
    ? (records as unknown as Record<string, { file: string; record: { id: string } }[]>)[collection]?.[index]
    : undefined;
  return {
    file: entry?.file ?? "data",
    check: found.check,
    path: entry ? [entry.record.id, ...rest] : found.path,
    message: found.message,
  };
}

function view({ records }: LintContext) {
  const sortedByFile = <T extends { record: { id: string } }>(list: T[]) => [...list].sort((a, b) => (a.record.id < b.record.id ? -1 : 1));
  return {
    incidents: records.incidents.map((entry) => entry.record),
    places: sortedByFile(records.places).map((entry) => entry.record),
    parties: records.parties.map((entry) => entry.record),
    sources: records.sources.map((entry) => entry.record),
  };
}

/** The dataset-wide checks the public DatasetSchema also runs, reported against the raw files. */
export const integrity: LintCheck[] = [
  ...Object.entries(integrityChecks)
    // Raw incidents come one file each, in file order; their published order is checked on the built dataset.
    .filter(([name]) => name !== "sorted-order")
    .map(([name, check]): LintCheck => ({
      name,
      description: `dataset integrity: ${name}`,
      run: (context) => {
        const data = view(context);
        // Places are merged from one file per country, so map indices through the same sort.
        const placesInOrder = [...context.records.places].sort((a, b) => (a.record.id < b.record.id ? -1 : 1));
        const remapped = { ...context, records: { ...context.records, places: placesInOrder } };
        return check(data).map((found) => located(remapped, found));
      },
    })),
  {
    name: "no-future-dates",
    description: "no incident ends after today",
    run: (context) => noFutureDates(context.today)(view(context)).map((found) => located(context, found)),
  },
];
