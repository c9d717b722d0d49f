import { CASUALTY_CATEGORIES, ESTIMATE_BASIS_WORDS } from "../../schema/categories.js";
import { formatSpan } from "../span-format.js";
import type { CliDataset, CliIncident, CliSource } from "../dataset.js";
import { formatOption, parse, UsageError } from "../args.js";
import { ok, type Result, type Terminal } from "../io.js";

export const SHOW_HELP = `Usage: armenia-azerbaijan-incidents show <incident-id|episode-id> [--format text|json]

Shows one incident in full: its dates and places, the summary, each casualty claim with who makes it and
the source that reports it, each side's accusations and denials, the derived estimates, the episodes it
belongs to with their running totals, and the sources. Given an episode's id (such as 2020-war; list them
with: episodes), shows the episode: its span, summary, running claims, estimates and how many incidents.

Options:
  --format <format>   text (default on a terminal) or json (default when piped)
  -h, --help          this help

Example:
  armenia-azerbaijan-incidents show 2023-04-11-tegh
  armenia-azerbaijan-incidents show 2020-war
`;

function describeSource(source: CliSource): string {
  const parts = [
    source.publisher,
    source.agency && `(${source.agency})`,
    source.title && `“${source.title}”`,
    source.published,
  ].filter(Boolean);
  return `${parts.join(", ")}${source.url ? `\n      ${source.url}` : ""}`;
}

const BOUND_WORDS = { lower: "at least", upper: "up to", approximate: "about" } as const;

function figures(claim: CliIncident["casualties"][number]): string {
  return CASUALTY_CATEGORIES.filter((category) => claim[category] !== undefined)
    .map((category) => {
      if (claim[category] === "unspecified") return `${category} (no number given)`;
      const bound = claim.bounds?.[category];
      return `${bound ? `${BOUND_WORDS[bound]} ` : ""}${claim[category]} ${category}`;
    })
    .join(", ");
}

/** `killed 3 / 3 / 4 (best: the side's own figure)` for each category with a range. */
function ranges(estimate: CliIncident["estimates"][number]): string {
  return CASUALTY_CATEGORIES.flatMap((c) => {
    const range = estimate[c];
    if (!range) return [];
    const best = `${range.bestBound ? `${BOUND_WORDS[range.bestBound]} ` : ""}${range.best}`;
    return [
      `${c} ${range.low} / ${best} / ${range.high}${range.basis ? ` (best: ${ESTIMATE_BASIS_WORDS[range.basis]})` : ""}`,
    ];
  }).join("; ");
}

type Claims = CliIncident["casualties"];

function claimLines(data: CliDataset, claims: Claims): string[] {
  const party = (id: string) => data.getParty(id).name;
  return claims.flatMap((claim) => {
    const who = claim.claimant ? party(claim.claimant) : "Reported without attribution";
    const line = `  ${who}${claim.reported ? ` (${claim.reported})` : ""}: ${party(claim.losses)}: ${figures(claim)} [${claim.sources.join(", ")}]`;
    return claim.note ? [line, `    note: ${claim.note}`] : [line];
  });
}

function estimateLines(data: CliDataset, estimates: CliIncident["estimates"]): string[] {
  return estimates.map((e) => `  ${data.getParty(e.losses).name}: ${ranges(e)}`);
}

type CliEpisode = CliDataset["episodes"][number];

/** An episode in full: span, summary, its running claims and estimates, how many incidents link to it. */
export function describeEpisode(data: CliDataset, episode: CliEpisode): string {
  const incidents = data.filterIncidents({ episode: episode.id as never });
  const lines = [
    episode.title,
    `${episode.id} (episode)${episode.aliases ? ` (also known as ${episode.aliases.join(", ")})` : ""}`,
    "",
    `When:      ${formatSpan(episode.span, "long")}`,
    `Sides:     ${episode.sides.join(", ")}`,
    `Incidents: ${incidents.length} (list them with: list --episode ${episode.id})`,
    "",
    episode.summary,
  ];
  if (episode.casualties.length > 0)
    lines.push("", "Running casualty claims for the whole episode:", ...claimLines(data, episode.casualties));
  if (episode.estimates.length > 0)
    lines.push(
      "",
      "Estimates derived from those claims (low / best / high):",
      ...estimateLines(data, episode.estimates),
    );
  if (episode.note) lines.push("", `Note: ${episode.note}`);
  lines.push("", "Sources:");
  for (const id of episode.sources) lines.push(`  ${id}: ${describeSource(data.getSource(id))}`);
  return lines.join("\n");
}

export function describeIncident(data: CliDataset, incident: CliIncident): string {
  const party = (id: string) => data.getParty(id).name;
  const lines = [
    `${incident.title}`,
    `${incident.id}${incident.aliases ? ` (also known as ${incident.aliases.join(", ")})` : ""}`,
    "",
    `When:     ${formatSpan(incident.span, "long")}${incident.time ? `, from about ${incident.time} local time` : ""}`,
    `Where:    ${incident.locations.map((l) => `${l.relation} ${data.getPlace(l.place).label}`).join("; ")}`,
    `Types:    ${incident.types.join(", ")}`,
    `Sides:    ${incident.sides.join(", ")}`,
    `Verified: ${incident.verification}`,
    "",
    incident.summary,
  ];
  const cite = (ids: readonly string[]) => `[${ids.join(", ")}]`;
  if (incident.casualties.length > 0) lines.push("", "Casualty claims:", ...claimLines(data, incident.casualties));
  if (incident.accusations.length > 0) {
    lines.push("", "Accusations:");
    for (const a of incident.accusations)
      lines.push(`  ${party(a.claimant)} accuses ${party(a.accused)}: ${a.allegation} ${cite(a.sources)}`);
  }
  if (incident.denials.length > 0) {
    lines.push("", "Denials:");
    for (const d of incident.denials) lines.push(`  ${party(d.claimant)}: ${d.denial} ${cite(d.sources)}`);
  }
  if (incident.estimates.length > 0)
    lines.push(
      "",
      "Estimates derived from the claims (low / best / high):",
      ...estimateLines(data, incident.estimates),
    );
  for (const id of incident.episodes ?? []) {
    const episode = data.getEpisode(id as never);
    lines.push("", `Part of ${episode.title} (${episode.id}, ${formatSpan(episode.span, "long")}).`);
    if (episode.estimates.length > 0) {
      lines.push(
        "Its running totals for the whole episode (low / best / high), which count this incident's losses too:",
        ...estimateLines(data, episode.estimates),
      );
    } else {
      lines.push("The record holds no running totals for it.");
    }
  }
  lines.push("", "Sources:");
  for (const id of incident.sources) lines.push(`  ${id}: ${describeSource(data.getSource(id))}`);
  return lines.join("\n");
}

export function show(argv: readonly string[], terminal: Terminal, data: CliDataset): Result {
  const { values, positionals } = parse(argv, { format: { type: "string", short: "f" } }, 1);
  if (values.help) return ok(SHOW_HELP);
  const id = positionals[0];
  if (id === undefined)
    throw new UsageError("show needs an incident id, such as 2023-04-11-tegh (list them with: list)");
  const format = formatOption(values.format, terminal.isTTY ? "text" : "json", ["text", "json"]);
  if (!data.isIncidentId(id) && data.isEpisodeId(id)) {
    const episode = data.getEpisode(id as never);
    return ok(format === "json" ? JSON.stringify(episode, null, 2) : describeEpisode(data, episode));
  }
  const incident = data.getIncident(id);
  return ok(format === "json" ? JSON.stringify(incident, null, 2) : describeIncident(data, incident));
}
