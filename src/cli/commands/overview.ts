// The overview `npm start` prints: what the data holds and the latest incidents.
import { formatSpan } from "../../dates/span-format.js";
import type { CliDataset, CliIncident } from "../dataset.js";


const SHOWN_PLACES = 3;

function describeIncident(data: CliDataset, incident: CliIncident): string {
  const labels = incident.locations.map((location) => data.getPlace(location.place).label);
  const more = labels.length - SHOWN_PLACES;
  const where = labels.slice(0, SHOWN_PLACES).join(", ") + (more > 0 ? ` and ${more} more` : "");
  return `  ${formatSpan(incident.span, "short").padEnd(23)} ${incident.title}\n  ${" ".repeat(23)} ${where} · ${incident.id}`;
}

export function overview(data: CliDataset, latest = 5): string {
  const { counts, span } = data.info;
  const version = "version" in data.info ? String(data.info.version) : "(a dataset made with createDataset)";
  const recent = [...data.incidents].reverse().slice(0, latest);
  return [
    `armenia-azerbaijan-incidents ${version}`,
    "",
    `${counts.incidents} incidents from ${span.start} to ${span.end}`,
    `${counts.places} places · ${counts.parties} parties · ${counts.sources} sources`,
    "",
    `Latest ${recent.length} incidents:`,
    ...recent.map((incident) => describeIncident(data, incident)),
    "",
    "Every figure is a claim by a named party, cited to its source.",
    "",
    "Ask the data from the command line:",
    "  armenia-azerbaijan-incidents list --from 2023 --party azerbaijan     incidents, filtered",
    "  armenia-azerbaijan-incidents list --near tegh:25 --format geojson    as GeoJSON (or csv, ndjson, json)",
    `  armenia-azerbaijan-incidents show ${recent[0]?.id ?? "<id>"}              one incident, every claim and source`,
    "  armenia-azerbaijan-incidents places Khankendi                        the gazetteer",
    "  armenia-azerbaijan-incidents stats                                   claims by year and side",
    "  armenia-azerbaijan-incidents <command> --help                        every option",
  ].join("\n");
}
