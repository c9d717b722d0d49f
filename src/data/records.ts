// The records this release ships, frozen, with lookup tables by id.
import generated from "./generated/dataset.json" with { type: "json" };
import { indexById } from "../lookup/index-by-id.js";
import { deepFreeze } from "./freeze.js";
import type { Incident, Party, Place, Source } from "./types.js";

// The build validated this JSON against DatasetSchema before writing it; tests check the built package too.
const data = deepFreeze(generated as unknown as {
  incidents: readonly Incident[];
  places: readonly Place[];
  parties: readonly Party[];
  sources: readonly Source[];
});

/** Every incident, sorted by start date, then id. */
export const incidents: readonly Incident[] = data.incidents;
/** The gazetteer: every place the incidents name, and their parents up to the country, sorted by id. */
export const places: readonly Place[] = data.places;
/** Every actor that takes part, suffers losses or makes a claim, sorted by id. */
export const parties: readonly Party[] = data.parties;
/** Every publication cited, sorted by id. */
export const sources: readonly Source[] = data.sources;

export const incidentById: ReadonlyMap<string, Incident> = indexById(incidents);
export const placeById: ReadonlyMap<string, Place> = indexById(places);
export const partyById: ReadonlyMap<string, Party> = indexById(parties);
export const sourceById: ReadonlyMap<string, Source> = indexById(sources);
