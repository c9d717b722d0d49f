// Runs schema validation and every named check over a data folder, and the checks' fixers.
import { writeFileSync } from "node:fs";
import path from "node:path";
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
    problems.push(
      ...(check.severity === "warning" ? found.map((problem) => ({ ...problem, warning: true as const })) : found),
    );
  }
  return problems;
}

export function formatProblem(problem: Problem): string {
  const where = problem.path.length > 0 ? ` ${problem.path.join(".")}` : "";
  return `${problem.warning ? "warning: " : ""}${problem.file}${where}: ${problem.message} [${problem.check}]`;
}

/** Runs each check's fixer in turn on the data as the previous one left it; returns the files rewritten. */
export function fixData(root: string = ROOT, today: string = todayUtc()): string[] {
  const rewritten = new Set<string>();
  for (const check of lintChecks) {
    if (!check.fix) continue;
    const raw = loadRawData(root);
    const { records } = parseRawData(raw);
    for (const { file, text } of check.fix({ raw, records, today, root })) {
      writeFileSync(path.join(root, file), text);
      rewritten.add(file);
    }
  }
  return [...rewritten].sort();
}
