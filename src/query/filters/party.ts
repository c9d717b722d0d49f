// The party filter: incidents in which any of the sides or actors took part or suffered losses.
import { SIDES } from "../../schema/enums.js";
import { defineFilter } from "../definition.js";
import { listOf, partyIds } from "../validate.js";

export const partyFilter = /* @__PURE__ */ defineFilter({
  predicate: "byParty",
  label: "party",
  flags: [
    {
      key: "party",
      argument: "<side|id>",
      multiple: true,
      help: [/* @__PURE__ */ (() => `a side (${SIDES.join(", ")}) or a party id`)()],
    },
  ],
  parse: ({ party }, { records }): ReadonlySet<string> =>
    new Set(listOf("party", party).flatMap((filter) => [...partyIds(filter, records.partyById)])),
  test: (wanted) => (incident) =>
    incident.actors.some((actor) => wanted.has(actor)) || incident.casualties.some((claim) => wanted.has(claim.losses)),
  narrow: (wanted, index) => ({ bits: index.partyBits(wanted) }),
});
