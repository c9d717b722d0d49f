// `npm run data:report`: coverage by year and month, by side, sourcing and claimants.
//   --json        the report as JSON
//   --list        also list the single-source, single-side and disputed records by id
import { parseArgs } from "node:util";
import { coverageReport, formatCoverage } from "./coverage.js";
import { loadRawData } from "./load.js";
import { parseRawData } from "./parse.js";

const { values } = parseArgs({ options: { json: { type: "boolean" }, list: { type: "boolean" } } });
const { records, problems } = parseRawData(loadRawData());
if (problems.length > 0) console.error(`data:report: ${problems.length} record(s) fail their schema and are left out; run npm run data:lint`);
const report = coverageReport(records);
if (values.json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  process.stdout.write(formatCoverage(report));
  if (values.list) {
    for (const [label, ids] of Object.entries(report.weak)) if (ids.length > 0) console.log(`\n${label}:\n  ${ids.join("\n  ")}`);
  }
}
