// A dataset object from records already validated and derived: the shipped release (validated at build time)
// and createDataset (validated just before) both come through here. Runs no zod.
import { statementDayFrom } from "../claims/statement-day.js";
import { casualtyTotalsOf, type CasualtyTotalsOptions, type TotalsContext } from "../claims/totals.js";
import { deepFreeze } from "./freeze.js";
import { incidentsCSV } from "../formats/csv.js";
import { incidentsGeoJSON } from "../formats/geojson.js";
import { toNDJSON } from "../formats/ndjson.js";
import { requireIncidents } from "../formats/rows.js";
import { controlLookup } from "../gazetteer/control.js";
import { placeFinder } from "../gazetteer/find-places.js";
import { hierarchyOf } from "../gazetteer/hierarchy.js";
import { normalizeName } from "../gazetteer/normalize.js";
import { lookupsFor } from "../lookup/lookup.js";
import { incidentFilter, type IncidentFilterOptions } from "../query/filter.js";
import { predicatesFor } from "../query/predicates.js";
import { byCollection } from "../kinds.js";
import { type IndexedRecords, indexRecords, type PublishedRecords } from "../lookup/records.js";
import type { Dataset, DatasetInfo, RecordTypes } from "./types.js";

/** What the totals read beside the incidents: sides, the episodes with their sizes, the claims' statement days. */
function totalsContext(records: IndexedRecords): TotalsContext {
  const sizes = new Map<string, number>();
  for (const incident of records.incidents)
    for (const id of incident.episodes ?? []) sizes.set(id, (sizes.get(id) ?? 0) + 1);
  return {
    sideOf: (party) => records.partyById.get(party)?.side,
    episodes: records.episodes.map((episode) => ({ episode, incidentCount: sizes.get(episode.id) ?? 0 })),
    dayOf: statementDayFrom((id) => records.sourceById.get(id)?.published),
  };
}

export function datasetInfo(records: PublishedRecords): DatasetInfo {
  // One pass for the first start and the last end (dates compare as strings).
  let start: string | undefined;
  let end: string | undefined;
  for (const { span } of records.incidents) {
    if (start === undefined || span.start < start) start = span.start;
    if (end === undefined || span.end > end) end = span.end;
  }
  return {
    counts: byCollection(({ collection }) => records[collection].length),
    span: { start: start ?? "", end: end ?? "" },
  };
}

/** Published records; episodes are absent from data published before they existed. */
export type PublishedInput = Omit<PublishedRecords, "episodes" | "milestones"> & {
  readonly episodes?: PublishedRecords["episodes"] | undefined;
  readonly milestones?: PublishedRecords["milestones"] | undefined;
};

/**
 * Binds every helper to these records. The records are frozen here; each call builds its own indexes, so two
 * datasets never share state. `extraInfo` adds to the info (the shipped release's version and content hash);
 * `options.indexFrom` moves the size from which queries use the indexes (tests force either path with it).
 */
export function makeDataset<R extends RecordTypes>(
  published: PublishedInput,
  extraInfo: object = {},
  options: IncidentFilterOptions = {},
): Dataset<R> {
  const records = indexRecords(
    deepFreeze(byCollection(({ collection }) => published[collection] ?? [])) as PublishedRecords,
  );
  const findPlaces = placeFinder(records.places);
  const placesNamed = (id: string) => (normalizeName(id) === "" ? [] : findPlaces(id).map((place) => place.id));
  const lookups = lookupsFor(records, placesNamed);
  const hierarchy = hierarchyOf(records, lookups.getPlace);
  const context = { records, hierarchy, requirePlace: lookups.getPlace };
  const dataset = {
    ...byCollection(({ collection }) => records[collection]),
    info: deepFreeze({ ...extraInfo, ...datasetInfo(records) }),
    ...lookups,
    findPlaces,
    ...hierarchy,
    controlOf: controlLookup(records, lookups.getPlace),
    ...predicatesFor(context),
    filterIncidents: incidentFilter(context, undefined, options),
    toCSV: (incidents: Parameters<typeof incidentsCSV>[0], options: Parameters<typeof incidentsCSV>[1] = {}) =>
      incidentsCSV(incidents, options, records),
    toGeoJSON: (incidents: Parameters<typeof incidentsGeoJSON>[0]) => incidentsGeoJSON(incidents, records),
    toNDJSON,
    casualtyTotals: (incidents: Parameters<typeof incidentsCSV>[0], options: CasualtyTotalsOptions = {}) =>
      casualtyTotalsOf(requireIncidents(incidents), totalsContext(records), options),
  };
  return Object.freeze(dataset) as unknown as Dataset<R>;
}
