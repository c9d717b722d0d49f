// Distance from a point to a line (a border section, the line of contact, a corridor) drawn as [longitude, latitude]
// points joined by straight segments.
import { EARTH_RADIUS_KM } from "./distance.js";

/** Kilometres per degree of latitude (and of longitude at the equator) on the sphere of distanceKm. */
export const KM_PER_DEGREE = (EARTH_RADIUS_KM * Math.PI) / 180;

/**
 * The shortest distance in kilometres from `point` to any segment of `line`, each segment measured in an
 * equirectangular projection centred on the point at the segment's mean latitude (x = longitude × cos(latitude)).
 * At the region's scale (segments of tens of kilometres, latitudes near 40°) this is within a fraction of a per
 * cent of the great-circle distance; the projection is never shorter than the difference in latitude, which the
 * spatial index relies on. A line of one point is that point.
 */
export function distanceToLineKm(
  point: readonly [number, number],
  line: readonly (readonly [number, number])[],
): number {
  const [px, py] = point;
  let best = Infinity;
  for (let i = 0, segments = Math.max(1, line.length - 1); i < segments; i++) {
    const a = line[i] as readonly [number, number];
    const b = line[i + 1] ?? a;
    const scale = Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180);
    const ax = (a[0] - px) * scale;
    const ay = a[1] - py;
    const bx = (b[0] - px) * scale;
    const by = b[1] - py;
    const dx = bx - ax;
    const dy = by - ay;
    const length2 = dx * dx + dy * dy;
    const t = length2 === 0 ? 0 : Math.min(1, Math.max(0, -(ax * dx + ay * dy) / length2));
    const x = ax + t * dx;
    const y = ay + t * dy;
    const d = Math.sqrt(x * x + y * y) * KM_PER_DEGREE;
    if (d < best) best = d;
  }
  return best;
}
