import { canonicalCollection, canonicalRecord } from "../../data/canonical.js";
import { COLLECTIONS } from "../../../src/kinds.js";
import { KIND_FILES } from "../../data/kinds.js";
import type { RawFile } from "../../data/load.js";
import type { LintCheck, LintContext } from "./types.js";

/** Every raw file of every kind with the text it should have. */
export function canonicalTexts({ raw }: Pick<LintContext, "raw">): { file: RawFile; canonical: string }[] {
  return COLLECTIONS.flatMap((collection) =>
    raw[collection].map((file) => ({
      file,
      // A file that should hold a list but does not is reported by the schema; its text is left as it is.
      canonical:
        KIND_FILES[collection].holds === "collection" && Array.isArray(file.json)
          ? canonicalCollection(file.json)
          : canonicalRecord(file.json),
    })),
  );
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
