// Runs schema validation and every named check over a data folder.
import { todayUtc } from "../../src/dates/calendar.js";
import { loadRawData } from "../data/load.js";
import { parseRawData, type Problem } from "../data/parse.js";
import { ROOT } from "../data/paths.js";
import { lintChecks } from "./checks/index.js";

export async function lintData(root: string = ROOT, today: string = todayUtc()): Promise<Problem[]> {
  const raw = loadRawData(root);
  const { records, problems } = parseRawData(raw);
  const context = { raw, records, today, root };
  for (const check of lintChecks) {
    const found = await check.run(context);
    problems.push(...(check.severity === "warning" ? found.map((problem) => ({ ...problem, warning: true as const })) : found));
  }
  return problems;
}

export function formatProblem(problem: Problem): string {
  const where = problem.path.length > 0 ? ` ${problem.path.join(".")}` : "";
  return `${problem.warning ? "warning: " : ""}${problem.file}${where}: ${problem.message} [${problem.check}]`;
}
