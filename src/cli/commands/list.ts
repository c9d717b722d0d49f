import type { IncidentQuery } from "armenia-azerbaijan-incidents";
import { FILTER_SPECS, filterHelp } from "../../query/filters.js";
import { formatSpan } from "../span-format.js";
import { INCIDENT_FORMAT_NAMES, INCIDENT_FORMATS } from "../../formats/registry.js";
import type { CliDataset, CliIncident } from "../dataset.js";
import { distanceKm } from "../../gazetteer/distance.js";
import { formatOption, listOption, nearOption, parse, swapped, UsageError } from "../args.js";
import { ok, type Result, type Terminal } from "../io.js";
import { renderTable } from "../table.js";

const FORMAT_HELP = INCIDENT_FORMAT_NAMES.map(
  (name) =>
    `                         ${name.padEnd(8)} ${INCIDENT_FORMATS[name].description}${name === "ndjson" ? " (default when piped)" : ""}`,
).join("\n");

export const LIST_HELP = `Usage: armenia-azerbaijan-incidents list [filters] [--format <format>]

Lists incidents, sorted by start date. Filters combine with AND; a filter given several values
(repeated, or separated by commas) matches any of them.

Filters:
${filterHelp()}

Output:
  --format <format>    table (default on a terminal), or:
${FORMAT_HELP}
  --table claims       with --format csv: one row per casualty claim (the incidents', then their episodes')
  --table episodes     with --format csv: one row per episode the incidents belong to
  -h, --help           this help

Examples:
  armenia-azerbaijan-incidents list --from 2023 --party azerbaijan
  armenia-azerbaijan-incidents list --place syunik-province --format csv > syunik.csv
  armenia-azerbaijan-incidents list --near tegh:25 --format geojson > near-tegh.geojson
`;

function table(data: CliDataset, incidents: readonly CliIncident[], terminal: Terminal): string {
  if (incidents.length === 0) return "No incident matches these filters.";
  const rows = incidents.map((incident) => [
    formatSpan(incident.span, "range"),
    incident.id,
    incident.types.join(", "),
    incident.locations.map((location) => data.getPlace(location.place).label).join(", "),
  ]);
  return `${renderTable(["dates", "id", "types", "places"], rows, terminal.columns)}\n\n${incidents.length} incident(s)`;
}

/** How far from every place of the data a point may lie before `--near` asks whether it was written lon,lat. */
const FAR_KM = 500;

/** A point far from every place of the data that would lie among them with latitude and longitude swapped. */
function checkNearPoint(data: CliDataset, near: { lat?: number; lon?: number; km: number } | undefined): void {
  if (near?.lat === undefined || near.lon === undefined || Math.abs(near.lon) > 90) return;
  const { lat, lon, km } = near;
  const points = data.places.flatMap((place) => (place.coordinates ? [place.coordinates] : []));
  const nearest = (point: readonly [number, number]) => Math.min(Infinity, ...points.map((p) => distanceKm(p, point)));
  if (nearest([lon, lat]) > FAR_KM && nearest([lat, lon]) <= FAR_KM) {
    throw new UsageError(
      swapped(
        lat,
        lon,
        km,
        `that point lies more than ${FAR_KM} km from every place in the data, and ${lon},${lat} lies among them`,
      ),
    );
  }
}

export function list(argv: readonly string[], terminal: Terminal, data: CliDataset): Result {
  const filterOptions = Object.fromEntries(
    FILTER_SPECS.map((spec) => [spec.key, { type: "string", multiple: spec.multiple }] as const),
  );
  const { values } = parse(argv, {
    ...filterOptions,
    format: { type: "string", short: "f" },
    table: { type: "string" },
  });
  if (values.help) return ok(LIST_HELP);
  const format = formatOption(values.format, terminal.isTTY ? "table" : "ndjson");
  if (values.table !== undefined && (format !== "csv" || !["incidents", "claims", "episodes"].includes(values.table))) {
    throw new UsageError('--table takes "incidents", "claims" or "episodes", with --format csv');
  }
  const given = values as Record<string, string | string[] | undefined>;
  const query = Object.fromEntries(
    FILTER_SPECS.flatMap((spec): [string, unknown][] => {
      const value = given[spec.key];
      if (value === undefined) return [];
      if (spec.key === "near") return [[spec.key, nearOption(value as string)]];
      return [[spec.key, spec.multiple ? listOption(value as string[]) : value]];
    }),
  ) as IncidentQuery<string, string>;
  checkNearPoint(data, query.near as { lat?: number; lon?: number; km: number } | undefined);
  const incidents = data.filterIncidents(query);
  if (format === "table") return ok(table(data, incidents, terminal));
  const options =
    values.table === "claims" || values.table === "episodes" ? { table: values.table as "claims" | "episodes" } : {};
  return { code: 0, stdout: INCIDENT_FORMATS[format].write(data, incidents, options), stderr: "" };
}
