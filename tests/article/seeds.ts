// The seed articles in ../shared/seeds/ (beside the repository), with the incident each reports. They are read,
// never copied: a missing folder fails loudly.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const SEEDS_DIR = path.resolve(import.meta.dirname, "../../../shared/seeds");

/** By file name prefix: the incident, the event date the text gives (null: it names none), the publication date where the text has no date line. */
export const SEED_EXPECTATIONS: Record<string, { incident: string; date: string | null; published?: string }> = {
  "000": { incident: "2023-04-11-tegh", date: "2023-04-11", published: "2023-04-11" },
  // The date line (2023-11-15) is a republication's: the text names no day of the events.
  "001": { incident: "2023-09-01-sotk", date: null },
  "002": { incident: "2021-11-16-mount-kilisali", date: "2021-11-16" },
  "003": { incident: "2020-07-13-tavush-tovuz-border", date: "2020-07-14", published: "2020-07-14" },
  "004": { incident: "2023-06-28-martuni-martakert", date: "2023-06-28", published: "2023-06-28" },
};

export function loadSeeds(): { name: string; text: string; incident: string; date: string | null; published?: string }[] {
  if (!existsSync(SEEDS_DIR)) throw new Error(`the seed articles are missing: expected them in ${SEEDS_DIR} (../shared/seeds beside the repository)`);
  const files = readdirSync(SEEDS_DIR).filter((f) => f.endsWith(".txt")).sort();
  if (files.length === 0) throw new Error(`no seed articles in ${SEEDS_DIR}`);
  return files.flatMap((file) => {
    const expected = SEED_EXPECTATIONS[file.slice(0, 3)];
    if (!expected) return [];
    return [{ name: `seed ${file}`, text: readFileSync(path.join(SEEDS_DIR, file), "utf8"), ...expected }];
  });
}
