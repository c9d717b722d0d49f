// A scaffolded record lands only once a curator has written every field `data:add` left open.
import { COLLECTIONS } from "../../../src/kinds.js";
import { PLACEHOLDER } from "../../data/scaffold.js";
import type { Problem } from "../../data/parse.js";
import type { LintCheck } from "./types.js";

function placeholders(value: unknown, at: (string | number)[]): (string | number)[][] {
  if (typeof value === "string") return value.startsWith(PLACEHOLDER) ? [at] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => placeholders(item, [...at, index]));
  if (value !== null && typeof value === "object")
    return Object.entries(value).flatMap(([key, item]) => placeholders(item, [...at, key]));
  return [];
}

export const noPlaceholders: LintCheck = {
  name: "no-placeholders",
  description: `no field still holds the ${PLACEHOLDER} text that data:add writes`,
  run: ({ records }) =>
    COLLECTIONS.flatMap(
      (collection): readonly { file: string; record: { id: string } }[] => records[collection],
    ).flatMap(({ file, record }): Problem[] =>
      placeholders(record, [record.id]).map((path) => ({
        file,
        check: "no-placeholders",
        path,
        message: `still ${PLACEHOLDER}: write it from the pages read`,
      })),
    ),
};
