// The type filter: incidents of any of the types. Tested on the candidates the indexed filters leave.
import { INCIDENT_TYPES } from "../../schema/enums.js";
import { defineFilter } from "../definition.js";
import { incidentType, listOf } from "../validate.js";

export const typeFilter = /* @__PURE__ */ defineFilter({
  predicate: "byType",
  label: "type",
  flags: [
    {
      key: "type",
      argument: "<type>",
      multiple: true,
      help: [/* @__PURE__ */ (() => INCIDENT_TYPES.join(", "))()],
    },
  ],
  parse: ({ type }): ReadonlySet<string> => new Set<string>(listOf("type", type).map(incidentType)),
  test: (wanted) => (incident) => incident.types.some((t) => wanted.has(t)),
});
