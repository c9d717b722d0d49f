// Runs schema validation and every named check over a data folder.
import { todayUtc } from "../../src/dates/calendar.js";
import { loadRawData } from "../data/load.js";
import { parseRawData, type Problem } from "../data/parse.js";
import { ROOT } from "../data/paths.js";
import { lintChecks } from "./checks/index.js";

export async function lintData(root: string = ROOT, today: string = todayUtc()): Promise<Problem[]> {
  const raw = loadRawData(root);
  const { records, problems } = parseRawData(raw);
  const context = { raw, records, today };
  for (const check of lintChecks) problems.push(...(await check.run(context)));
  return problems;
}

export function formatProblem(problem: Problem): string {
  const where = problem.path.length > 0 ? ` ${problem.path.join(".")}` : "";
  return `${problem.file}${where}: ${problem.message} [${problem.check}]`;
}
