// The inclusion policy (README, "What the record includes") as a check: every incident fits one of its classes.
import { inclusionClassOf } from "../../../src/derive/inclusion.js";
import type { Problem } from "../../data/parse.js";
import type { LintCheck } from "./types.js";

export const inclusionPolicy: LintCheck = {
  name: "inclusion-policy",
  description:
    "every incident fits a class of the inclusion policy: casualties or a mine, a strike on a settlement or property, ground taken, a related event, or (from 2025) an accusation of fire",
  run: ({ records }) =>
    records.incidents.flatMap(({ file, record }): Problem[] =>
      inclusionClassOf(record) === "other"
        ? [
            {
              file,
              check: "inclusion-policy",
              path: [record.id],
              message:
                "fits no class of the inclusion policy: no casualty claimed, no strike, ground or mine type, and no accusation from 2025 on",
            },
          ]
        : [],
    ),
};
