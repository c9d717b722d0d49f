// Places on the command line by id or by any name or spelling: `--place Digh`, `--near "Nerkin Hand:10"`.
import { describe } from "../errors.js";
import { isIncidentsError } from "armenia-azerbaijan-incidents";
import { matchScore } from "../gazetteer/find-places.js";
import { allNamesOf } from "../gazetteer/names.js";
import { closest } from "../lookup/suggest.js";
import type { CliDataset, CliPlace } from "./dataset.js";
import { UsageError } from "./args.js";

/** Up to three names of the gazetteer closest to a name that matches none, for "did you mean". */
export function nameSuggestions(data: CliDataset, name: string): string {
  const near = closest(
    name,
    new Set(data.places.flatMap((place) => allNamesOf(place).filter((other) => other !== place.id))),
    3,
  );
  return near.length > 0 ? `. Did you mean ${near.map((n) => `"${n}"`).join(" or ")}?` : "";
}

/** How many of the places a name could stand for are listed before "…". */
const SHOWN = 6;

/**
 * The place an option names: its id (or an earlier id), or any name or spelling `findPlaces` knows. Several matches
 * resolve to the first when it matches better than the second (the whole name rather than its start, the data's
 * own name rather than a variant); otherwise the user is asked to choose. No match is a UsageError with the
 * closest names.
 */
export function resolvePlace(data: CliDataset, value: string, option: string): CliPlace {
  try {
    return data.getPlace(value as CliPlace["id"]);
  } catch (error) {
    if (!isIncidentsError(error)) throw error;
  }
  let found: CliPlace[];
  try {
    found = data.findPlaces(value);
  } catch (error) {
    if (!isIncidentsError(error)) throw error;
    found = [];
  }
  const [first, second] = found;
  if (first === undefined)
    throw new UsageError(`${option}: no place is named ${describe(value)}${nameSuggestions(data, value)}`);
  if (second === undefined || (matchScore(first, value) ?? Infinity) < (matchScore(second, value) ?? Infinity))
    return first;
  const where = (place: CliPlace) => (place.parent === undefined ? "" : ` in ${data.getPlace(place.parent).label}`);
  const listed = found
    .slice(0, SHOWN)
    .map((place) => `${place.id} (${place.label}, ${place.kind}${where(place)})`)
    .join(", ");
  throw new UsageError(
    `${option}: ${describe(value)} could be any of ${found.length} places: ${listed}${found.length > SHOWN ? ", …" : ""}. Give one of their ids, or a fuller name`,
  );
}
