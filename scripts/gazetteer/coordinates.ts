// Curation tool: copies coordinates from GeoNames into the gazetteer, so that none is ever typed in by hand.
//   npm run data:coordinates -- --find Tegh           GeoNames records in Armenia and Azerbaijan with that name
//   npm run data:coordinates -- --set tegh=174743     credit the place to that record and copy its coordinates
//   npm run data:coordinates -- --refresh             re-copy every GeoNames-credited place (after an upgrade)
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { normalizeName } from "../../src/gazetteer/normalize.js";
import { canonicalCollection } from "../data/canonical.js";
import { loadRawData } from "../data/load.js";
import { ROOT } from "../data/paths.js";
import { type GeonamesRecord, readGeonames } from "./geonames.js";

interface PlaceJson {
  id: string;
  coordinates?: [number, number];
  coordinateSource?: { geonamesId?: number };
}

const { values } = parseArgs({
  options: { find: { type: "string" }, set: { type: "string", multiple: true }, refresh: { type: "boolean" } },
});
const geonames = readGeonames();

function describe(record: GeonamesRecord): string {
  return `${record.geonameId}\t${record.name}\t${record.countryCode}.${record.admin1Code}\t${record.featureCode}\t[${record.longitude}, ${record.latitude}]\tpop ${record.population}`;
}

if (values.find !== undefined) {
  const key = normalizeName(values.find);
  const found = [...geonames.values()].filter((r) =>
    [r.name, ...r.alternateNames].some((n) => normalizeName(n) === key),
  );
  console.log(
    found.length > 0 ? found.map(describe).join("\n") : `no GeoNames record named "${values.find}" in AM or AZ`,
  );
}

const assignments = new Map(
  (values.set ?? []).map((pair) => {
    const [id, geonameId] = pair.split("=");
    return [id ?? "", Number(geonameId)] as const;
  }),
);

if (assignments.size > 0 || values.refresh) {
  for (const file of loadRawData().places) {
    const places = file.json as PlaceJson[];
    for (const place of places) {
      const geonameId = assignments.get(place.id) ?? (values.refresh ? place.coordinateSource?.geonamesId : undefined);
      if (geonameId === undefined) continue;
      const record = geonames.get(geonameId);
      if (!record) throw new Error(`GeoNames id ${geonameId} (for ${place.id}) is not in the GeoNames package`);
      place.coordinates = [record.longitude, record.latitude];
      place.coordinateSource = { geonamesId: geonameId };
      assignments.delete(place.id);
      console.log(`${place.id}: ${describe(record)}`);
    }
    const target = path.join(ROOT, file.file);
    const text = canonicalCollection(places);
    if (readFileSync(target, "utf8") !== text) writeFileSync(target, text);
  }
  for (const id of assignments.keys()) console.error(`no place with id "${id}" in data/places/`);
  if (assignments.size > 0) process.exitCode = 1;
}
