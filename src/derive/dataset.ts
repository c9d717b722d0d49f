// Raw records to the published dataset: derived fields computed, collections sorted. The build and
// createDataset both go through here, so the shipped records and a user's are derived by the same rules.
import { deriveEstimates } from "../claims/estimates.js";
import { statementDayFrom } from "../claims/statement-day.js";
import type { Collection } from "../kinds.js";
import type { PublishedRecords } from "../lookup/records.js";
import type { WrittenRecord } from "../schema/kinds.js";
import { compareIncidents, publishIncident, sidesOf } from "./incidents.js";
import { publishPlaces } from "./places.js";

/**
 * The records as written in data/, each with the file it was read from (an incident's `file` is published; the
 * others are for the lint's messages). What the build, the lint and createDataset derive from.
 */
export type WrittenRecords = {
  readonly [C in Collection]: readonly { readonly file: string; readonly record: WrittenRecord<C> }[];
};

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const recordsOf = <T>(entries: readonly { readonly record: T }[]) => entries.map(({ record }) => record);

/** The published dataset, not yet checked against DatasetSchema (the caller does that). */
export function deriveDataset(written: WrittenRecords): PublishedRecords {
  const records = {
    parties: recordsOf(written.parties),
    sources: recordsOf(written.sources),
    places: recordsOf(written.places),
    episodes: recordsOf(written.episodes),
  };
  const parties = [...records.parties].sort(byId);
  const partyById = new Map(parties.map((party) => [party.id, party]));
  // An undated claim counts as made on the day its first source was published (see claims/statement-day.ts).
  const publishedById = new Map(
    records.sources.flatMap((source) =>
      [source.id, ...(source.aliases ?? [])].map((id) => [id, source.published] as const),
    ),
  );
  const dayOf = statementDayFrom((id) => publishedById.get(id));
  return {
    incidents: written.incidents
      .map(({ file, record }) => publishIncident(record, file, partyById, dayOf))
      .sort(compareIncidents),
    places: publishPlaces(records.places),
    parties,
    sources: [...records.sources].sort(byId),
    // An episode's sides and estimates are derived from its actors and running claims, as an incident's are.
    episodes: [...records.episodes].sort(byId).map((record) => {
      const casualties = record.casualties ?? [];
      return {
        ...record,
        casualties,
        sides: sidesOf(record, partyById),
        estimates: deriveEstimates(casualties, partyById, dayOf),
      };
    }),
    // A milestone's id starts with its date, so that the order by id is the order in time.
    milestones: [...recordsOf(written.milestones)].sort(byId),
  };
}
