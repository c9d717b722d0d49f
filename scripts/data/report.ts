// `npm run data:report`: coverage by year and month, by side, sourcing and claimants.
//   --json        the report as JSON
//   --list        also list the single-source, single-side and disputed records, and those not read a second time, by id
import { parseArgs } from "node:util";
import { coverageReport, formatCoverage } from "./coverage.js";
import { loadRawData } from "./load.js";
import { parseRawData } from "./parse.js";
import { LEDGER_FILE, ledgerState, monthsBetween, readLedger } from "./ledger.js";
import { ROOT } from "./paths.js";
import { READING_LEDGER_FILE, readingState, readReadingLedger } from "./reading-ledger.js";

const { values } = parseArgs({ options: { json: { type: "boolean" }, list: { type: "boolean" } } });
const { records, problems } = parseRawData(loadRawData());
if (problems.length > 0) console.error(`data:report: ${problems.length} record(s) fail their schema and are left out; run npm run data:lint`);
const report = coverageReport(records);
const ledger = readLedger(ROOT);
const sweep = ledgerState(ledger, "2014-01", new Date().toISOString().slice(0, 7));
const reading = readingState(
  readReadingLedger(ROOT),
  records.incidents.map(({ record }) => record.id),
);
if (values.json) {
  console.log(JSON.stringify({ ...report, sweep, reading }, null, 2));
} else {
  process.stdout.write(formatCoverage(report));
  // Consecutive months searched for the same kinds of event, as one line.
  const kinds = (month: string) => ledger.find((entry) => entry.month === month)?.kinds.join(", ") ?? "";
  const runs: { from: string; to: string; what: string }[] = [];
  for (const month of sweep.swept) {
    const last = runs.at(-1);
    if (last && monthsBetween(last.to, month).length === 2 && last.what === kinds(month)) last.to = month;
    else runs.push({ from: month, to: month, what: kinds(month) });
  }
  console.log(
    `\nsweep ledger (${LEDGER_FILE}): swept to ${sweep.sweptTo ?? "(no entry)"}; ` +
      `${sweep.swept.length} months with an entry, ${sweep.unswept.length} without`,
  );
  for (const { from, to, what } of runs) console.log(`  ${from === to ? from : `${from} to ${to}`}: ${what}`);
  console.log(
    `\nsecond reading (${READING_LEDGER_FILE}): ${reading.incidents - reading.unread.length} of ${reading.incidents} incidents read ` +
      `against their pages (${reading.confirmed} confirmed, ${reading.corrected} corrected, ${reading.unverifiable} in part or not at all, pages not found); ` +
      `${reading.unread.length} not yet read`,
  );
  if (values.list) {
    for (const [label, ids] of Object.entries({ ...report.weak, "not yet read a second time": reading.unread }))
      if (ids.length > 0) console.log(`\n${label}:\n  ${ids.join("\n  ")}`);
  }
}
