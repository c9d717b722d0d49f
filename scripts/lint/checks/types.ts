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
}
