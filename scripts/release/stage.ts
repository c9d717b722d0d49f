// The package as it is published: what `files` names, the README, and a manifest without the development fields.
// The repository's manifest keeps `prepare`, so that an install from git still builds dist/; the published one
// has no scripts at all, so that installing the data package runs nothing.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ROOT } from "../data/paths.js";

/** Where `npm run release:publish` and the package checks find the staged package. */
export const STAGED_PACKAGE = path.join(ROOT, ".tmp", "package");

/** Fields of the repository's manifest that are for working on the package, not for using it. */
export const DEVELOPMENT_FIELDS = ["scripts", "devDependencies", "overrides", "private"] as const;

/** The published manifest: the repository's, without its development fields. */
export function publishedManifest(manifest: Record<string, unknown>): Record<string, unknown> {
  const published = { ...manifest };
  for (const field of DEVELOPMENT_FIELDS) delete published[field];
  return published;
}

/** Writes the package as it is published into `dir` (emptied first) and returns the directory. */
export function stagePackage(dir: string = STAGED_PACKAGE, root: string = ROOT): string {
  const manifest = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as Record<string, unknown>;
  if (!existsSync(path.join(root, "dist", "index.js"))) {
    throw new Error("No build to stage: run `npm run build` first.");
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of [...(manifest["files"] as string[]), "README.md"]) {
    cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
  }
  writeFileSync(path.join(dir, "package.json"), `${JSON.stringify(publishedManifest(manifest), null, 2)}\n`);
  return dir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(path.relative(process.cwd(), stagePackage()) || ".");
}
