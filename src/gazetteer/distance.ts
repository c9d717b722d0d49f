// Great-circle distance on a spherical Earth, accurate to well under 1% at the scale of the region.
import { InvalidPointError } from "../errors.js";

/** Mean Earth radius (IUGG), in kilometres. */
export const EARTH_RADIUS_KM = 6371.0088;

const radians = (degrees: number) => (degrees * Math.PI) / 180;

const check = (point: unknown, name: string): void => {
  const [lon, lat] = Array.isArray(point) ? point : [];
  if (
    (point as unknown[] | null)?.length !== 2 ||
    typeof lon !== "number" ||
    typeof lat !== "number" ||
    !(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)
  ) {
    throw new InvalidPointError(
      `distanceKm: ${name} must be [longitude, latitude]: two numbers, longitude -180 to 180, latitude -90 to 90`,
    );
  }
};

/**
 * Haversine distance between two `[longitude, latitude]` points, in kilometres. Throws InvalidPointError (a
 * RangeError, and one of the package's errors) for a point that is not two numbers in range (NaN included).
 */
export function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
  check(a, "a");
  check(b, "b");
  const [lon1, lat1] = a;
  const [lon2, lat2] = b;
  const h =
    Math.sin(radians(lat2 - lat1) / 2) ** 2 +
    Math.cos(radians(lat1)) * Math.cos(radians(lat2)) * Math.sin(radians(lon2 - lon1) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
