import { describe, expect, it } from "vitest";
import { distanceKm } from "../../src/gazetteer/distance.js";

describe("distanceKm", () => {
  it("is zero for the same point and symmetric", () => {
    expect(distanceKm([46.48, 39.56], [46.48, 39.56])).toBe(0);
    expect(distanceKm([46.48, 39.56], [45.86, 40.2])).toBeCloseTo(distanceKm([45.86, 40.2], [46.48, 39.56]), 10);
  });
  it("measures one degree of latitude as about 111.2 km", () => {
    expect(distanceKm([45, 40], [45, 41])).toBeCloseTo(111.2, 1);
  });
  it("measures Goris to Tegh (their GeoNames points) at about 13 km", () => {
    expect(distanceKm([46.34168, 39.51111], [46.48054, 39.55826])).toBeCloseTo(13, 0);
  });
});
