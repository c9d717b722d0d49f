// The episode filter: incidents linked to any of the episodes (an alias counts as its current id). Tested on the
// candidates the indexed filters leave.
import { defineFilter } from "../definition.js";
import { knownEpisode, listOf } from "../validate.js";

export const episodeFilter = /* @__PURE__ */ defineFilter({
  predicate: "byEpisode",
  label: "episode",
  flags: [
    {
      key: "episode",
      argument: "<id>",
      multiple: true,
      help: ["incidents linked to an episode (a war, an escalation, a blockade)"],
    },
  ],
  parse: ({ episode }, { records }): ReadonlySet<string> =>
    new Set(listOf("episode", episode).map((id) => knownEpisode(id, records.episodeById).id)),
  test:
    (wanted, { records }) =>
    (incident) =>
      (incident.episodes ?? []).some((id) => wanted.has(records.episodeById.get(id)?.id ?? id)),
});
