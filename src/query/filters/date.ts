// The date filter: incidents whose span overlaps a range of partial dates. Answered by the date index.
import { defineFilter } from "../definition.js";
import { dateBounds } from "../validate.js";

export const dateFilter = /* @__PURE__ */ defineFilter({
  predicate: "byDate",
  label: "date",
  flags: [
    {
      key: "from",
      argument: "<date>",
      multiple: false,
      help: ["incidents whose span reaches this date or later: YYYY, YYYY-MM or YYYY-MM-DD"],
    },
    { key: "to", argument: "<date>", multiple: false, help: ["incidents whose span starts on this date or earlier"] },
  ],
  parse: (input) => dateBounds(input),
  test:
    ({ from, to }) =>
    (incident) =>
      incident.span.start <= to && incident.span.end >= from,
  narrow: ({ from, to }, index) => ({
    count: () => index.dateCount(from, to),
    positions: (within) => index.dateRange(from, to, within),
    test: index.dateTest(from, to),
  }),
});
