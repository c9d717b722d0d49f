import type { RawData } from "../../data/load.js";
import type { Problem, RawRecords } from "../../data/parse.js";

export interface LintContext {
  raw: RawData;
  records: RawRecords;
  /** The repository root the data was read from. */
  root: string;
  /** Today's date (UTC), YYYY-MM-DD: no incident may end after it. */
  today: string;
}

/** One named rule over the raw data. Returns its problems; never throws for bad data. */
export interface LintCheck {
  name: string;
  description: string;
  /** A warning is printed but does not fail the lint. */
  severity?: "warning";
  run(context: LintContext): Problem[] | Promise<Problem[]>;
  /**
   * Where the problem has one right answer, the fixer beside its check: the files to rewrite (path relative to
   * the root, and their new text). `npm run data:fix` runs every fixer, each on the data the one before left.
   */
  fix?(context: LintContext): FileRewrite[];
}

export interface FileRewrite {
  file: string;
  text: string;
}
