// The bump the pending changesets declare for this package.
import readChangesets from "@changesets/read";
import { ROOT } from "../data/paths.js";
import { type Bump, maxBump } from "./bump.js";

export const PACKAGE = "armenia-azerbaijan-incidents";

export async function declaredBump(root: string = ROOT): Promise<{ bump: Bump; changesets: string[] }> {
  const changesets = await readChangesets(root);
  const mine = changesets.filter((changeset) => changeset.releases.some((release) => release.name === PACKAGE));
  const bumps = mine.flatMap((changeset) => changeset.releases.filter((r) => r.name === PACKAGE).map((r) => r.type as Bump));
  return { bump: maxBump(bumps), changesets: mine.map((changeset) => `.changeset/${changeset.id}.md`) };
}
