// Turns query input into checked values, or throws an error that names the bad input and suggests a fix.
import { parsePartialDate } from "../dates/calendar.js";
import { InvalidQueryError, UnknownIdError } from "../errors.js";
import { closest } from "../lookup/suggest.js";
import { distanceKm } from "../gazetteer/distance.js";
import { distanceToLineKm } from "../gazetteer/line-distance.js";
import {
  INCIDENT_TYPES,
  INCLUSION_CLASSES,
  type IncidentTypeValue,
  type InclusionClassValue,
  SIDES,
} from "../schema/enums.js";
import type { Episode, Party, Place } from "../schema/index.js";
import type { NearQuery, OneOrMany } from "./types.js";

export function listOf<T>(parameter: string, value: OneOrMany<T>): readonly T[] {
  const list = Array.isArray(value) ? (value as readonly T[]) : [value as T];
  if (list.length === 0) throw new InvalidQueryError(parameter, value, "must name at least one value");
  return list;
}

export function dateBounds({ from, to }: { readonly from?: unknown; readonly to?: unknown }): {
  from: string;
  to: string;
} {
  const bound = (parameter: "from" | "to", value: unknown) => {
    if (value === undefined) return undefined;
    const range = typeof value === "string" ? parsePartialDate(value) : undefined;
    if (!range && typeof value === "string" && /^\d{4}(-\d{2}){1,2}$/.test(value)) {
      throw new InvalidQueryError(parameter, value, "is not a calendar date");
    }
    if (!range) throw new InvalidQueryError(parameter, value, "must be a date written YYYY, YYYY-MM or YYYY-MM-DD");
    return range;
  };
  const start = bound("from", from)?.start ?? "0000-01-01";
  const end = bound("to", to)?.end ?? "9999-12-31";
  if (start > end) throw new InvalidQueryError("from", from, `is after to ${JSON.stringify(to)}`);
  return { from: start, to: end };
}

const sides: readonly string[] = SIDES;

/** The party ids a party filter stands for: all the actors of a side, or the one actor. */
export function partyIds(filter: unknown, partyById: ReadonlyMap<string, Party>): ReadonlySet<string> {
  if (typeof filter === "string" && sides.includes(filter)) {
    return new Set([...partyById.values()].filter((party) => party.side === filter).map((party) => party.id));
  }
  const party = typeof filter === "string" ? partyById.get(filter) : undefined;
  if (party) return new Set([party.id]);
  if (typeof filter !== "string") throw new InvalidQueryError("party", filter, "must be a side or a party id");
  throw new UnknownIdError("party", filter, closest(filter, [...sides, ...partyById.keys()]));
}

/** One of an enumeration's values, checked for the query key that holds it, with the nearest value on a typo. */
function oneOf<T extends string>(key: string, values: readonly T[], value: unknown): T {
  if (typeof value === "string" && (values as readonly string[]).includes(value)) return value as T;
  throw new InvalidQueryError(
    key,
    value,
    `must be one of ${values.join(", ")}`,
    typeof value === "string" ? closest(value, values) : [],
  );
}

/** One inclusion class, checked for the query key that holds it. */
export function inclusionClass(key: string, value: unknown): InclusionClassValue {
  return oneOf(key, INCLUSION_CLASSES, value);
}

export function incidentType(value: unknown): IncidentTypeValue {
  return oneOf("type", INCIDENT_TYPES, value);
}

export function knownEpisode(value: unknown, episodeById: ReadonlyMap<string, Episode>): Episode {
  const episode = typeof value === "string" ? episodeById.get(value) : undefined;
  if (episode) return episode;
  if (typeof value !== "string") throw new InvalidQueryError("episode", value, "must be an episode id");
  throw new UnknownIdError("episode", value, closest(value, episodeById.keys()));
}

export function knownPlace(value: unknown, requirePlace: (id: string) => Place): Place {
  if (typeof value !== "string") throw new InvalidQueryError("place", value, "must be a place id");
  return requirePlace(value);
}

/** What `near` measures from: a point, or a place drawn as a line (every segment of it), and the radius. */
export type NearTarget =
  | { readonly point: readonly [number, number]; readonly line?: undefined; readonly km: number }
  | { readonly line: readonly (readonly [number, number])[]; readonly point?: undefined; readonly km: number };

/**
 * The target of a `near` query: a place drawn as a line (a border section, the line of contact, a corridor) is
 * measured from its line, any other place from its coordinates, a `{ lat, lon }` from that point.
 */
export function nearTarget(near: NearQuery<string>, requirePlace: (id: string) => Place): NearTarget {
  const { km } = (near ?? {}) as { km?: unknown };
  if (typeof km !== "number" || !Number.isFinite(km) || km < 0) {
    throw new InvalidQueryError("near.km", km, "must be a finite number of kilometres, zero or more");
  }
  if (near === null || typeof near !== "object")
    throw new InvalidQueryError("near", near, "must be { place, km } or { lat, lon, km }");
  if ("place" in near && ("lat" in near || "lon" in near)) {
    throw new InvalidQueryError("near", near, "takes a place or a point (lat, lon), not both");
  }
  if ("place" in near) {
    const place = knownPlace(near.place, requirePlace);
    if (place.line) return { line: place.line.coordinates, km };
    if (!place.coordinates) {
      throw new InvalidQueryError(
        "near.place",
        place.id,
        "has no coordinates in the gazetteer (no source states them); filter by place instead",
      );
    }
    return { point: place.coordinates, km };
  }
  const { lat, lon } = near as { lat: unknown; lon: unknown };
  if (typeof lat !== "number" || !(lat >= -90 && lat <= 90))
    throw new InvalidQueryError("near.lat", lat, "must be a latitude from -90 to 90");
  if (typeof lon !== "number" || !(lon >= -180 && lon <= 180))
    throw new InvalidQueryError("near.lon", lon, "must be a longitude from -180 to 180");
  return { point: [lon, lat], km };
}

/** Whether a place's coordinates lie within the target's radius: the one test of the plain and indexed filters. */
export function withinNear(target: NearTarget): (coordinates: readonly [number, number]) => boolean {
  const { point, line, km } = target;
  if (line !== undefined) return (coordinates) => distanceToLineKm(coordinates, line) <= km;
  return (coordinates) => distanceKm(coordinates, point) <= km;
}

/** Rejects keys a query does not know, so that a typo (`form` for `from`) is not silently ignored. */
export function knownKeys(parameter: string, value: object, keys: readonly string[]): void {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new InvalidQueryError(parameter, value, `must be an object with any of ${keys.join(", ")}`);
  }
  for (const key of Object.keys(value)) {
    if (!keys.includes(key))
      throw new InvalidQueryError(
        parameter,
        key,
        `is not a filter; the filters are ${keys.join(", ")}`,
        closest(key, keys),
      );
  }
}
