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

/**
 * With no changeset pending, the working tree is the release package.json names: its data must build to the
 * content hash the manifest recorded for that version. Otherwise data changed with nothing to release it (or the
 * manifest is stale), and a user of this version could get two different datasets under one version.
 */
export function judgeVersionHash(
  packageVersion: string,
  manifest: { readonly version: string; readonly contentHash: string },
  currentHash: string,
  pendingChangesets: readonly string[],
): CheckResult {
  if (pendingChangesets.length > 0) {
    return { ok: true, message: `release check: ${pendingChangesets.length} changeset(s) pending; the next version records its content hash` };
  }
  if (manifest.version !== packageVersion) {
    return { ok: false, message: `release check: package.json is at ${packageVersion} but the manifest records ${manifest.version}: version releases with \`npm run version\`` };
  }
  if (manifest.contentHash !== currentHash) {
    return {
      ok: false,
      message:
        `release check: no changeset is pending, so this is release ${packageVersion}, but its data builds to ${currentHash}, ` +
        `not the ${manifest.contentHash} the manifest records for ${packageVersion}. Add a changeset for the change (\`npx changeset\`).`,
    };
  }
  return { ok: true, message: `release check: ${packageVersion} builds to the content hash the manifest records` };
}
