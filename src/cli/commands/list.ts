import type { IncidentQuery, IncidentType } from "armenia-azerbaijan-incidents";
import type { CliDataset, CliIncident } from "../dataset.js";
import { formatOption, listOption, nearOption, parse, UsageError } from "../args.js";
import { ok, type Result, type Terminal } from "../io.js";
import { renderTable } from "../table.js";

export const LIST_HELP = `Usage: armenia-azerbaijan-incidents list [filters] [--format <format>]

Lists incidents, sorted by start date. Filters combine with AND; a filter given several values
(repeated, or separated by commas) matches any of them.

Filters:
  --from <date>        incidents whose span reaches this date or later: YYYY, YYYY-MM or YYYY-MM-DD
  --to <date>          incidents whose span starts on this date or earlier
  --party <side|id>    a side (armenia, azerbaijan, nagorno-karabakh, russia, other) or a party id
  --place <id>         a place and everything inside it (find ids with: places <name>)
  --near <where:km>    within km of a place (tegh:25) or a point (39.56,46.48:25), great-circle distance
  --type <type>        exchange-of-fire, shelling, drone-strike, missile-strike, air-strike, incursion,
                       offensive, capture, killing, blockade, cyberattack

Output:
  --format <format>    table (default on a terminal), ndjson (default when piped), json, csv, geojson
  --table claims       with --format csv: one row per casualty claim instead of one per incident
  -h, --help           this help

Examples:
  armenia-azerbaijan-incidents list --from 2023 --party azerbaijan
  armenia-azerbaijan-incidents list --place syunik-province --format csv > syunik.csv
  armenia-azerbaijan-incidents list --near tegh:25 --format geojson > near-tegh.geojson
`;

function span(incident: CliIncident): string {
  const { start, end } = incident.span;
  return start === end ? start : `${start} – ${end}`;
}

function table(data: CliDataset, incidents: readonly CliIncident[], terminal: Terminal): string {
  if (incidents.length === 0) return "No incident matches these filters.";
  const rows = incidents.map((incident) => [
    span(incident),
    incident.id,
    incident.types.join(", "),
    incident.locations.map((location) => data.getPlace(location.place).label).join(", "),
  ]);
  return `${renderTable(["dates", "id", "types", "places"], rows, terminal.columns)}\n\n${incidents.length} incident(s)`;
}

export function list(argv: readonly string[], terminal: Terminal, data: CliDataset): Result {
  const { values } = parse(argv, {
    from: { type: "string" },
    to: { type: "string" },
    party: { type: "string", multiple: true },
    place: { type: "string", multiple: true },
    near: { type: "string" },
    type: { type: "string", multiple: true },
    format: { type: "string", short: "f" },
    table: { type: "string" },
  });
  if (values.help) return ok(LIST_HELP);
  const format = formatOption(values.format, terminal.isTTY ? "table" : "ndjson");
  if (values.table !== undefined && (format !== "csv" || !["incidents", "claims"].includes(values.table))) {
    throw new UsageError('--table takes "incidents" or "claims", with --format csv');
  }
  const party = listOption(values.party);
  const place = listOption(values.place);
  const type = listOption(values.type) as IncidentType[] | undefined;
  const near = nearOption(values.near);
  const query: IncidentQuery<string, string> = {
    ...(values.from !== undefined && { from: values.from }),
    ...(values.to !== undefined && { to: values.to }),
    ...(party && { party }),
    ...(place && { place }),
    ...(near && { near }),
    ...(type && { type }),
  };
  const incidents = data.filterIncidents(query);
  switch (format) {
    case "table":
      return ok(table(data, incidents, terminal));
    case "json":
      return ok(JSON.stringify(incidents, null, 2));
    case "ndjson":
      return ok(data.toNDJSON(incidents));
    case "csv":
      return { code: 0, stdout: data.toCSV(incidents, { table: values.table === "claims" ? "claims" : "incidents" }), stderr: "" };
    case "geojson":
      return ok(JSON.stringify(data.toGeoJSON(incidents)));
  }
}
