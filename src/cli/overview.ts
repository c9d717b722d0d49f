// The overview `npm start` prints: what the data holds and the latest incidents.
import { dataset, getPlace, incidents, type Incident } from "armenia-azerbaijan-incidents";

function describeSpan(incident: Incident): string {
  const { start, end, precision } = incident.span;
  const shown = precision === "year" ? start.slice(0, 4) : precision === "month" ? start.slice(0, 7) : start;
  return start === end || precision !== "day" ? shown : `${start} – ${end}`;
}

function describeIncident(incident: Incident): string {
  const where = incident.locations.map((location) => getPlace(location.place).label).join(", ");
  return `  ${describeSpan(incident).padEnd(23)} ${incident.title}\n  ${" ".repeat(23)} ${where} · ${incident.id}`;
}

export function overview(latest = 5): string {
  const { counts, span, version } = dataset;
  const recent = [...incidents].reverse().slice(0, latest);
  return [
    `armenia-azerbaijan-incidents ${version}`,
    "",
    `${counts.incidents} incidents from ${span.start} to ${span.end}`,
    `${counts.places} places · ${counts.parties} parties · ${counts.sources} sources`,
    "",
    `Latest ${recent.length} incidents:`,
    ...recent.map(describeIncident),
    "",
    "Every figure is a claim by a named party, cited to its source: see `getIncident(id).casualties`.",
  ].join("\n");
}
