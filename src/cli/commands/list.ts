import type { IncidentQuery } from "armenia-azerbaijan-incidents";
import { filterHelp } from "../../query/filters.js";
import { filterOptions, queryFromFlags } from "../filters.js";
import { formatSpan } from "../span-format.js";
import { INCIDENT_FORMAT_NAMES, INCIDENT_FORMATS } from "../../formats/registry.js";
import type { CliDataset, CliIncident } from "../dataset.js";
import { distanceKm } from "../../gazetteer/distance.js";
import { formatOption, parse, swapped, UsageError } from "../args.js";
import { ok, type Result, type Terminal } from "../io.js";
import { renderTable } from "../table.js";
import { SIDES, type SideValue } from "../../schema/enums.js";

const FORMAT_HELP = INCIDENT_FORMAT_NAMES.map(
  (name) =>
    `                         ${name.padEnd(8)} ${INCIDENT_FORMATS[name].description}${name === "ndjson" ? " (default when piped)" : ""}`,
).join("\n");

export const LIST_HELP = `Usage: armenia-azerbaijan-incidents list [filters] [--format <format>]

Lists incidents, sorted by start date. Filters combine with AND; a filter given several values
(repeated, or separated by commas) matches any of them.

Filters:
${filterHelp()}

A place is given by its id or by any of its names and spellings, in any script: --place Khankendi is
stepanakert, --near Digh:25 is near Tegh. A name that could mean several places lists them; give an id then.

Output:
  --format <format>    table (default on a terminal): dates, id, killed, title; the title is cut to the
                         terminal's width. killed: the best figures of killed, by side of the dead, summed over
                         each side's parties (AM Armenia, AZ Azerbaijan, NK Nagorno-Karabakh, RU Russia; "—"
                         where no claim gives a number). Or:
${FORMAT_HELP}
  --table claims       with --format csv: one row per casualty claim (the incidents', then their episodes')
  --table episodes     with --format csv: one row per episode the incidents belong to
  -h, --help           this help

Examples:
  armenia-azerbaijan-incidents list --from 2023 --party azerbaijan
  armenia-azerbaijan-incidents list --place syunik-province --format csv > syunik.csv
  armenia-azerbaijan-incidents list --near tegh:25 --format geojson > near-tegh.geojson
  armenia-azerbaijan-incidents list --place Khankendi --from 2020-09 --to 2020-11
  armenia-azerbaijan-incidents list --near "Davit Bek:10"
  armenia-azerbaijan-incidents list --near tavush-tovuz-border:5 --from 2020
`;

/** The short names of the sides in the killed column. */
const SIDE_CODES: Record<SideValue, string> = {
  armenia: "AM",
  azerbaijan: "AZ",
  "nagorno-karabakh": "NK",
  russia: "RU",
  other: "other",
};

/** Each side's best figure of killed, summed over the parties of that side whose losses are estimated: "AM 4, AZ 3". */
export function killedBySide(incident: Pick<CliIncident, "estimates">): string {
  const bySide = new Map<SideValue, number>();
  for (const estimate of incident.estimates) {
    if (estimate.killed === undefined) continue;
    bySide.set(estimate.side, (bySide.get(estimate.side) ?? 0) + estimate.killed.best);
  }
  const shown = SIDES.flatMap((side) => {
    const killed = bySide.get(side);
    return killed === undefined ? [] : [`${SIDE_CODES[side]} ${killed}`];
  });
  return shown.length === 0 ? "—" : shown.join(", ");
}

function table(incidents: readonly CliIncident[], terminal: Terminal): string {
  if (incidents.length === 0) return "No incident matches these filters.";
  const rows = incidents.map((incident) => [
    formatSpan(incident.span, "compact"),
    incident.id,
    killedBySide(incident),
    incident.title,
  ]);
  return `${renderTable(["dates", "id", "killed", "title"], rows, terminal.columns)}\n\n${incidents.length} incident(s)`;
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
  const { values } = parse(argv, {
    ...filterOptions(),
    format: { type: "string", short: "f" },
    table: { type: "string" },
  });
  if (values.help) return ok(LIST_HELP);
  const format = formatOption(values.format, terminal.isTTY ? "table" : "ndjson");
  if (values.table !== undefined && (format !== "csv" || !["incidents", "claims", "episodes"].includes(values.table))) {
    throw new UsageError('--table takes "incidents", "claims" or "episodes", with --format csv');
  }
  const query = queryFromFlags(values, data) as IncidentQuery<string, string>;
  checkNearPoint(data, query.near as { lat?: number; lon?: number; km: number } | undefined);
  const incidents = data.filterIncidents(query);
  if (format === "table") return ok(table(incidents, terminal));
  const options =
    values.table === "claims" || values.table === "episodes" ? { table: values.table as "claims" | "episodes" } : {};
  return { code: 0, stdout: INCIDENT_FORMATS[format].write(data, incidents, options), stderr: "" };
}
