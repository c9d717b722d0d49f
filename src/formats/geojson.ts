// GeoJSON as RFC 7946 has it: a FeatureCollection with one feature per incident location, flat properties.
import type { Incident } from "../schema/index.js";
import { type FormatIndex, incidentRow, requireIncidents, type Row } from "./rows.js";

export interface PointGeometry {
  readonly type: "Point";
  /** [longitude, latitude], WGS84. */
  readonly coordinates: readonly [number, number];
}

export interface IncidentFeature {
  readonly type: "Feature";
  /** `<incident id>/<place id>`. */
  readonly id: string;
  /** null for a place without coordinates (no source states them): RFC 7946 calls such a feature unlocated. */
  readonly geometry: PointGeometry | null;
  readonly properties: Row;
}

export interface IncidentFeatureCollection {
  readonly type: "FeatureCollection";
  readonly features: readonly IncidentFeature[];
}

export function writeGeoJSON(incidents: readonly Incident[], records: FormatIndex): IncidentFeatureCollection {
  const features = requireIncidents(incidents).flatMap((incident) => {
    const row = incidentRow(incident, records);
    return incident.locations.map((location, index): IncidentFeature => {
      const place = records.placeById.get(location.place);
      return {
        type: "Feature",
        id: `${incident.id}/${location.place}`,
        geometry: place?.coordinates ? { type: "Point", coordinates: [place.coordinates[0], place.coordinates[1]] } : null,
        properties: {
          ...row,
          location_index: index,
          location_place: location.place,
          location_label: place?.label ?? location.place,
          location_kind: place?.kind ?? null,
          location_country: place?.country ?? null,
          location_relation: location.relation,
        },
      };
    });
  });
  return { type: "FeatureCollection", features };
}
