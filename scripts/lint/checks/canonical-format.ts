import { canonicalCollection, canonicalRecord } from "../../data/canonical.js";
import type { RawFile } from "../../data/load.js";
import type { LintCheck, LintContext } from "./types.js";

/** Every raw file with the text it should have. */
export function canonicalTexts({ raw }: Pick<LintContext, "raw">): { file: RawFile; canonical: string }[] {
  const collection = (file: RawFile) => ({
    file,
    canonical: Array.isArray(file.json) ? canonicalCollection(file.json) : canonicalRecord(file.json),
  });
  return [
    ...raw.incidents.map((file) => ({ file, canonical: canonicalRecord(file.json) })),
    ...raw.places.map(collection),
    collection(raw.parties),
    collection(raw.sources),
  ];
}

export const canonicalFormat: LintCheck = {
  name: "canonical-format",
  description: "each file equals its canonical serialisation (`npm run data:fix` rewrites it)",
  run: (context) =>
    canonicalTexts(context)
      .filter(({ file, canonical }) => file.text !== canonical)
      .map(({ file }) => ({
        file: file.file,
        check: "canonical-format",
        path: [],
        message:
          "not in canonical form (two-space JSON, id first then sorted keys, records sorted by id): run `npm run data:fix`",
      })),
  fix: (context) =>
    canonicalTexts(context)
      .filter(({ file, canonical }) => file.text !== canonical)
      .map(({ file, canonical }) => ({ file: file.file, text: canonical })),
};
