import { readGeonames } from "../../gazetteer/geonames.js";
import type { LintCheck } from "./types.js";

/** Coordinates credited to GeoNames are the GeoNames record's, to the digit: copied, never typed in. */
export const geonamesCoordinates: LintCheck = {
  name: "geonames-coordinates",
  description: "coordinates credited to a GeoNames id equal that record in the GeoNames package",
  run: ({ records }) => {
    const credited = records.places.filter(
      ({ record }) => record.coordinateSource && "geonamesId" in record.coordinateSource,
    );
    if (credited.length === 0) return [];
    const geonames = readGeonames();
    return credited.flatMap(({ file, record }) => {
      const id = (record.coordinateSource as { geonamesId: number }).geonamesId;
      const found = geonames.get(id);
      const problem = (message: string) => [
        { file, check: "geonames-coordinates", path: [record.id, "coordinates"], message },
      ];
      if (!found) return problem(`GeoNames id ${id} is not in the GeoNames package`);
      const [lon, lat] = record.coordinates ?? [];
      return lon === found.longitude && lat === found.latitude
        ? []
        : problem(
            `GeoNames ${id} (${found.name}) has [${found.longitude}, ${found.latitude}], the place has [${lon}, ${lat}]: run \`npm run data:coordinates -- --refresh\``,
          );
    });
  },
};
