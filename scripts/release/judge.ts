// Whether the pending changesets declare a large enough bump for what changed since the last release.
import { type Bump, bumpRank } from "./bump.js";
import type { DataDiff } from "./diff/index.js";

export interface CheckResult {
  ok: boolean;
  message: string;
}

export function judge(diff: DataDiff, declared: Bump, releaseVersion: string): CheckResult {
  if (bumpRank(declared) >= bumpRank(diff.bump)) {
    const summary = diff.bump === "none" ? "no user-visible change" : `changes that need a ${diff.bump} release`;
    return { ok: true, message: `release check: ${summary} since ${releaseVersion}; pending changesets declare ${declared}` };
  }
  const needing = diff.reasons.filter((reason) => bumpRank(reason.bump) > bumpRank(declared));
  return {
    ok: false,
    message: [
      `release check: the data or API differs from release ${releaseVersion} and needs a ${diff.bump} release, ` +
        `but the pending changesets declare ${declared === "none" ? "nothing" : declared}.`,
      ...needing.map((reason) => `  needs ${reason.bump}: ${reason.message}`),
      "Add a changeset with `npx changeset` (see the versioning policy in the README), or raise the bump of an existing one.",
    ].join("\n"),
  };
}
