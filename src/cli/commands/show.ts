import { describe } from "../../errors.js";
import { CASUALTY_CATEGORIES } from "../../schema/categories.js";
import { formatSpan } from "../span-format.js";
import type { CliDataset, CliIncident, CliSource } from "../dataset.js";
import { parse, UsageError } from "../args.js";
import { ok, type Result, type Terminal } from "../io.js";

export const SHOW_HELP = `Usage: armenia-azerbaijan-incidents show <incident-id> [--format text|json]

Shows one incident in full: its dates and places, the summary, each casualty claim with who makes it and
the source that reports it, each side's accusations and denials, the derived estimates and the sources.

Options:
  --format <format>   text (default on a terminal) or json (default when piped)
  -h, --help          this help

Example:
  armenia-azerbaijan-incidents show 2023-04-11-tegh
`;


function describeSource(source: CliSource): string {
  const parts = [source.publisher, source.agency && `(${source.agency})`, source.title && `“${source.title}”`, source.published].filter(Boolean);
  return `${parts.join(", ")}${source.url ? `\n      ${source.url}` : ""}`;
}

function figures(claim: CliIncident["casualties"][number]): string {
  return CASUALTY_CATEGORIES
    .filter((category) => claim[category] !== undefined)
    .map((category) => (claim[category] === "unspecified" ? `${category} (no number given)` : `${claim[category]} ${category}`))
    .join(", ");
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
  if (incident.casualties.length > 0) {
    lines.push("", "Casualty claims:");
    for (const claim of incident.casualties) {
      const who = claim.claimant ? party(claim.claimant) : "Reported without attribution";
      lines.push(`  ${who}${claim.reported ? ` (${claim.reported})` : ""}: ${party(claim.losses)}: ${figures(claim)} ${cite(claim.sources)}`);
      if (claim.note) lines.push(`    note: ${claim.note}`);
    }
  }
  if (incident.accusations.length > 0) {
    lines.push("", "Accusations:");
    for (const a of incident.accusations) lines.push(`  ${party(a.claimant)} accuses ${party(a.accused)}: ${a.allegation} ${cite(a.sources)}`);
  }
  if (incident.denials.length > 0) {
    lines.push("", "Denials:");
    for (const d of incident.denials) lines.push(`  ${party(d.claimant)}: ${d.denial} ${cite(d.sources)}`);
  }
  if (incident.estimates.length > 0) {
    lines.push("", "Estimates derived from the claims (low / best / high):");
    for (const e of incident.estimates) {
      const ranges = CASUALTY_CATEGORIES
        .flatMap((c) => (e[c] ? [`${c} ${e[c].low} / ${e[c].best} / ${e[c].high}`] : []))
        .join("; ");
      lines.push(`  ${party(e.losses)}: ${ranges}`);
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
  if (id === undefined) throw new UsageError("show needs an incident id, such as 2023-04-11-tegh (list them with: list)");
  if (values.format !== undefined && !["text", "json"].includes(values.format)) {
    throw new UsageError(`--format must be text or json (got ${describe(values.format)})`);
  }
  const format = values.format ?? (terminal.isTTY ? "text" : "json");
  const incident = data.getIncident(id);
  return ok(format === "json" ? JSON.stringify(incident, null, 2) : describeIncident(data, incident));
}
