// `npm run data:lint` checks data/; `npm run data:fix` first rewrites every file in canonical form.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { loadRawData } from "../data/load.js";
import { ROOT } from "../data/paths.js";
import { canonicalTexts } from "./checks/canonical-format.js";
import { formatProblem, lintData } from "./run.js";

if (process.argv.includes("--fix")) {
  let fixed = 0;
  for (const { file, canonical } of canonicalTexts({ raw: loadRawData() })) {
    if (file.text !== canonical) {
      writeFileSync(path.join(ROOT, file.file), canonical);
      fixed++;
    }
  }
  console.log(`data:fix: rewrote ${fixed} file(s)`);
}

const found = await lintData();
const problems = found.filter((problem) => !problem.warning);
for (const problem of found) console.error(formatProblem(problem));
if (problems.length > 0) {
  console.error(`\ndata:lint: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log("data:lint: no problems");
