// The reading ledger is well formed: entries in order of record and day, each naming an incident that exists and
// pages that incident cites, read no later than today.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Problem } from "../../data/parse.js";
import { READING_LEDGER_FILE, ReadingLedgerSchema } from "../../data/reading-ledger.js";
import type { LintCheck } from "./types.js";

export const readingLedger: LintCheck = {
  name: "reading-ledger",
  description: `${READING_LEDGER_FILE} lists readings in order, of incidents that exist, by pages they cite`,
  run: ({ root, records, today }) => {
    const file = path.join(root, READING_LEDGER_FILE);
    if (!existsSync(file)) return [];
    const problem = (at: (string | number)[], message: string): Problem => ({
      file: READING_LEDGER_FILE,
      check: "reading-ledger",
      path: at,
      message,
    });
    const parsed = ReadingLedgerSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
    if (!parsed.success) return parsed.error.issues.map((issue) => problem(issue.path.map(String), issue.message));
    const cited = new Map(records.incidents.map(({ record }) => [record.id, new Set<string>(record.sources)]));
    const problems: Problem[] = [];
    parsed.data.forEach((entry, index) => {
      const previous = parsed.data[index - 1];
      const key = `${entry.record} ${entry.readOn}`;
      if (previous && `${previous.record} ${previous.readOn}` >= key)
        problems.push(
          problem(
            [index, "record"],
            `${key} after ${previous.record} ${previous.readOn}: one entry per record and day, in order`,
          ),
        );
      if (entry.readOn > today) problems.push(problem([index, "readOn"], `${entry.readOn} is after today`));
      const sources = cited.get(entry.record);
      if (!sources) {
        problems.push(problem([index, "record"], `no incident "${entry.record}"`));
        return;
      }
      for (const page of entry.pages)
        if (!sources.has(page))
          problems.push(problem([index, "pages"], `"${page}" is not a source of ${entry.record}`));
    });
    return problems;
  },
};
