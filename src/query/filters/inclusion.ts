// The inclusion filter: incidents of some classes of the inclusion policy, or all but some (`excludeInclusion:
// "mine"` leaves the mine casualties out of a chart or a total). Tested on the candidates the indexed filters leave.
import { INCLUSION_CLASSES } from "../../schema/enums.js";
import { defineFilter } from "../definition.js";
import { inclusionClass, listOf } from "../validate.js";

export const inclusionFilter = /* @__PURE__ */ defineFilter({
  predicate: "byInclusion",
  label: "inclusion filter",
  flags: [
    {
      key: "inclusion",
      argument: "<class>",
      multiple: true,
      help: [/* @__PURE__ */ (() => `incidents of a class: ${INCLUSION_CLASSES.join(", ")}`)()],
    },
    {
      key: "excludeInclusion",
      argument: "<class>",
      multiple: true,
      help: ["incidents of any class but these (mine leaves the mine casualties out)"],
    },
  ],
  parse: ({ inclusion, excludeInclusion }) => ({
    wanted:
      inclusion === undefined
        ? undefined
        : new Set<string>(listOf("inclusion", inclusion).map((value) => inclusionClass("inclusion", value))),
    unwanted: new Set<string>(
      excludeInclusion === undefined
        ? []
        : listOf("excludeInclusion", excludeInclusion).map((value) => inclusionClass("excludeInclusion", value)),
    ),
  }),
  test:
    ({ wanted, unwanted }) =>
    (incident) => {
      const inclusion = incident.inclusion ?? "other";
      return (wanted === undefined || wanted.has(inclusion)) && !unwanted.has(inclusion);
    },
});
