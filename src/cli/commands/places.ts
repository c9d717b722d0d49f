import { describe } from "../../errors.js";
import type { CliDataset, CliPlace as Place } from "../dataset.js";
import { formatOption, parse, UsageError } from "../args.js";
import { ok, type Result, type Terminal } from "../io.js";
import { nameSuggestions } from "../place-names.js";
import { renderTable } from "../table.js";

export const PLACES_HELP = `Usage: armenia-azerbaijan-incidents places <name> [--format table|json|ndjson]

Looks a name up in the gazetteer: English, Armenian, Azerbaijani and Russian names and every spelling seen in
sources, ignoring case, diacritics and punctuation. Shows each match with its parent chain and coordinates.

Options:
  --format <format>   table (default on a terminal), ndjson (default when piped), json
  -h, --help          this help

Examples:
  armenia-azerbaijan-incidents places Tekh
  armenia-azerbaijan-incidents places "Latchin corridor"
  armenia-azerbaijan-incidents places Khankendi
`;

const where = (place: Place) =>
  place.coordinates ? `${place.coordinates[1]}, ${place.coordinates[0]}` : "not stated by any source";

export function placesCommand(argv: readonly string[], terminal: Terminal, data: CliDataset): Result {
  const chain = (place: Place) =>
    data
      .ancestorsOf(place.id)
      .map((p) => p.label)
      .join(" › ");
  const { values, positionals } = parse(argv, { format: { type: "string", short: "f" } }, 1);
  if (values.help) return ok(PLACES_HELP);
  const name = positionals[0];
  if (name === undefined) throw new UsageError("places needs a name to look up, such as Tegh or Khankendi");
  const format = formatOption(values.format, terminal.isTTY ? "table" : "ndjson", ["table", "json", "ndjson"]);
  const found = data.findPlaces(name);
  if (found.length === 0) throw new UsageError(`no place is named ${describe(name)}${nameSuggestions(data, name)}`);
  if (format === "json") return ok(JSON.stringify(found, null, 2));
  if (format === "ndjson") return ok(found.map((place) => JSON.stringify(place)).join("\n"));
  const rows = found.map((place) => [place.id, place.label, place.kind, chain(place) || "—", where(place)]);
  return ok(renderTable(["id", "name", "kind", "in", "lat, lon"], rows, terminal.columns));
}
