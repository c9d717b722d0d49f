// GeoJSON as RFC 7946 has it: a FeatureCollection with one feature per incident location, flat properties. An
// incident's figures stand on the feature of its first location only, so that summing a column over the features
// (in QGIS, say) counts each incident once.
import type { Incident, Place } from "../schema/index.js";
import { type IncidentFormat, line } from "./format.js";
import { formatIndexOf } from "./records.js";
import {
  BASIS_COLUMNS,
  ESTIMATE_COLUMNS,
  type FormatIndex,
  incidentRow,
  requireIncidents,
  type Row,
  SPLIT_COLUMNS,
} from "./rows.js";

/** The columns that hold an incident's figures: on its first location's feature, empty on the others. */
const FIGURE_COLUMNS = [
  "casualty_claims",
  ...ESTIMATE_COLUMNS,
  ...BASIS_COLUMNS,
  ...SPLIT_COLUMNS,
  "killed_best_total",
  "wounded_best_total",
];

/** A GeoJSON Point at `[longitude, latitude]`. */
export interface PointGeometry {
  readonly type: "Point";
  /** [longitude, latitude], WGS84. */
  readonly coordinates: readonly [number, number];
}

/** A GeoJSON LineString: a place drawn as a line (a border section, a road). */
export interface LineStringGeometry {
  readonly type: "LineString";
  /** [longitude, latitude] points, WGS84. */
  readonly coordinates: readonly (readonly [number, number])[];
}

/** A place with both a point and a line (a corridor with a representative point). */
export interface GeometryCollection {
  readonly type: "GeometryCollection";
  readonly geometries: readonly (PointGeometry | LineStringGeometry)[];
}

/** The geometry of one incident location: a point, a line, or both in a GeometryCollection. */
export type IncidentGeometry = PointGeometry | LineStringGeometry | GeometryCollection;

function geometryOf(place: Place | undefined): IncidentGeometry | null {
  const point: PointGeometry | undefined = place?.coordinates
    ? { type: "Point", coordinates: [place.coordinates[0], place.coordinates[1]] }
    : undefined;
  const line: LineStringGeometry | undefined = place?.line
    ? { type: "LineString", coordinates: place.line.coordinates.map(([lon, lat]) => [lon, lat] as const) }
    : undefined;
  if (point && line) return { type: "GeometryCollection", geometries: [point, line] };
  return point ?? line ?? null;
}

/**
 * The place's own geometry, or else that of its nearest ancestor that has one (a village no source locates is
 * drawn at its district), with the id of the place whose geometry it is.
 */
function locatedGeometry(
  place: Place | undefined,
  records: FormatIndex,
): { geometry: IncidentGeometry | null; from: string | null } {
  for (const candidate of [place, ...(place?.ancestors ?? []).map((id) => records.placeById.get(id))]) {
    const geometry = geometryOf(candidate);
    if (geometry && candidate) return { geometry, from: candidate.id };
  }
  return { geometry: null, from: null };
}

/** One incident location as a GeoJSON Feature, with the incident row's columns as flat properties. */
export interface IncidentFeature {
  readonly type: "Feature";
  /** `<incident id>/<place id>`. */
  readonly id: string;
  /**
   * A Point at the place's coordinates, a LineString for a place drawn as a line, a GeometryCollection of both.
   * A place without either (no source states them) is drawn with its nearest located ancestor's geometry, and
   * `location_geometry_from` names that ancestor; null when no ancestor is located either, and null for a location
   * that would stand on a country's point when another location of the incident is drawn at a finer place.
   */
  readonly geometry: IncidentGeometry | null;
  readonly properties: Row;
}

/**
 * RFC 7946 GeoJSON: one feature per incident location. The incident's figures (`casualty_claims`, the estimate
 * and basis columns) are on the feature with `location_index` 0 and empty on the others.
 */
export interface IncidentFeatureCollection {
  readonly type: "FeatureCollection";
  readonly features: readonly IncidentFeature[];
}

export function incidentsGeoJSON(incidents: readonly Incident[], records: FormatIndex): IncidentFeatureCollection {
  const features = requireIncidents(incidents).flatMap((incident) => {
    const row = incidentRow(incident, records);
    const withoutFigures: Row = { ...row, ...Object.fromEntries(FIGURE_COLUMNS.map((name) => [name, null])) };
    const placesOf = incident.locations.map((location) => records.placeById.get(location.place));
    const locatedAll = placesOf.map((place) => locatedGeometry(place, records));
    const atCountry = locatedAll.map((located) => records.placeById.get(located.from ?? "")?.kind === "country");
    // A location that could only be drawn at a country's point is left undrawn when the incident has a finer place.
    const hasFiner = locatedAll.some((located, i) => located.geometry !== null && !atCountry[i]);
    return incident.locations.map((location, index): IncidentFeature => {
      const place = placesOf[index];
      const located = hasFiner && atCountry[index] ? { geometry: null, from: null } : locatedAll[index]!;
      return {
        type: "Feature",
        id: `${incident.id}/${location.place}`,
        geometry: located.geometry,
        properties: {
          ...(index === 0 ? row : withoutFigures),
          location_index: index,
          location_place: location.place,
          location_label: place?.label ?? location.place,
          location_kind: place?.kind ?? null,
          location_country: place?.country ?? null,
          location_relation: location.relation,
          location_geometry_from: located.from,
        },
      };
    });
  });
  return { type: "FeatureCollection", features };
}

export const geojsonFormat: IncidentFormat = {
  description: "RFC 7946: one feature per incident location, the figures on the first location's only",
  files: [{ name: "incidents.geojson" }],
  write: (records, incidents) => line(JSON.stringify(incidentsGeoJSON(incidents, formatIndexOf(records)))),
};
