// The sweep ledger is well formed: one entry a month, in order, naming incidents that exist, reaching no further
// than its month and today.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { lastDayOf } from "../../../src/dates/calendar.js";
import { LEDGER_FILE, LedgerSchema } from "../../data/ledger.js";
import type { Problem } from "../../data/parse.js";
import type { LintCheck } from "./types.js";

export const sweepLedger: LintCheck = {
  name: "sweep-ledger",
  description: `${LEDGER_FILE} has one entry a month, in order, whose found incidents exist and whose days are in its month`,
  run: ({ root, records, today }) => {
    const file = path.join(root, LEDGER_FILE);
    if (!existsSync(file)) return [];
    const problem = (at: (string | number)[], message: string): Problem => ({
      file: LEDGER_FILE,
      check: "sweep-ledger",
      path: at,
      message,
    });
    const parsed = LedgerSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
    if (!parsed.success) return parsed.error.issues.map((issue) => problem(issue.path.map(String), issue.message));
    const incidents = new Set(records.incidents.map(({ record }) => record.id));
    const problems: Problem[] = [];
    parsed.data.forEach((entry, index) => {
      const previous = parsed.data[index - 1];
      if (previous && previous.month >= entry.month)
        problems.push(problem([index, "month"], `${entry.month} after ${previous.month}: one entry a month, in order`));
      if (entry.through && (entry.through.slice(0, 7) !== entry.month || entry.through > lastDayOf(entry.month)))
        problems.push(problem([index, "through"], `${entry.through} is not a day of ${entry.month}`));
      if (entry.sweptOn > today) problems.push(problem([index, "sweptOn"], `${entry.sweptOn} is after today`));
      for (const id of entry.found)
        if (!incidents.has(id)) problems.push(problem([index, "found"], `no incident "${id}"`));
    });
    return problems;
  },
};
