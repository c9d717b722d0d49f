// `npm run data:lint` checks data/; `npm run data:fix` first runs the fixer of every check that has one.
import { fixData, formatProblem, lintData } from "./run.js";

if (process.argv.includes("--fix")) {
  const rewritten = fixData();
  console.log(
    `data:fix: rewrote ${rewritten.length} file(s)${rewritten.length > 0 ? `: ${rewritten.join(", ")}` : ""}`,
  );
}

const found = await lintData();
const problems = found.filter((problem) => !problem.warning);
for (const problem of found) console.error(formatProblem(problem));
if (problems.length > 0) {
  console.error(`\ndata:lint: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log("data:lint: no problems");
