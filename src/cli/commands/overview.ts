// The overview `npm start` prints: what the data holds and the latest incidents.
import { formatSpan } from "../span-format.js";
import type { CliDataset, CliIncident } from "../dataset.js";

const SHOWN_PLACES = 3;
/** The widest span the overview writes: "2020-07-12 – 2020-07-16". */
const SPAN_WIDTH = 23;

function describeIncident(data: CliDataset, incident: CliIncident): string {
  const labels = incident.locations.map((location) => data.getPlace(location.place).label);
  const more = labels.length - SHOWN_PLACES;
  const where = labels.slice(0, SHOWN_PLACES).join(", ") + (more > 0 ? ` and ${more} more` : "");
  return `  ${formatSpan(incident.span, "short").padEnd(SPAN_WIDTH)} ${incident.title}\n  ${" ".repeat(SPAN_WIDTH)} ${where} · ${incident.id}`;
}

/** The example commands, their descriptions in one column whatever the length of the incident id shown. */
function commandLines(id: string): string[] {
  const commands: [string, string][] = [
    ["list --from 2023 --party azerbaijan", "incidents, filtered"],
    ["list --near tegh:25 --format geojson", "as GeoJSON (or csv, ndjson, json)"],
    [`show ${id}`, "one incident, every claim and source"],
    ["places Khankendi", "the gazetteer"],
    ["stats", "claims by year and side"],
    ["<command> --help", "every option"],
  ];
  const width = Math.max(...commands.map(([command]) => command.length));
  return commands.map(([command, what]) => `  armenia-azerbaijan-incidents ${command.padEnd(width)}    ${what}`);
}

export function overview(data: CliDataset, latest = 5): string {
  const { counts, span } = data.info;
  const version = "version" in data.info ? String(data.info.version) : "(a dataset made with createDataset)";
  const swept = "sweptTo" in data.info && data.info.sweptTo ? String(data.info.sweptTo) : undefined;
  const recent = [...data.incidents].reverse().slice(0, latest);
  return [
    `armenia-azerbaijan-incidents ${version}`,
    "",
    `${counts.incidents} incidents from ${span.start} to ${span.end}`,
    `${counts.places} places · ${counts.parties} parties · ${counts.sources} sources · ${counts.milestones} milestones of the peace process`,
    ...(swept ? [`Pages searched for incidents up to ${swept}: later days are not looked at yet.`] : []),
    "",
    `Latest ${recent.length} incidents:`,
    ...recent.map((incident) => describeIncident(data, incident)),
    "",
    "Every figure is a claim by a named party, cited to its source.",
    "",
    "Ask the data from the command line:",
    ...commandLines(recent[0]?.id ?? "<id>"),
  ].join("\n");
}
