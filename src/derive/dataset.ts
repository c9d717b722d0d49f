// Raw records to the published dataset: derived fields computed, collections sorted. The build and
// createDataset both go through here, so the shipped records and a user's are derived by the same rules.
import type { z } from "zod";
import { deriveEstimates } from "../claims/estimates.js";
import { statementDayFrom } from "../claims/statement-day.js";
import type {
  DatasetSchema,
  EpisodeRecordSchema,
  IncidentRecordSchema,
  PartySchema,
  PlaceRecordSchema,
  SourceSchema,
} from "../schema/index.js";
import { compareIncidents, publishIncident, sidesOf } from "./incidents.js";
import { publishPlaces } from "./places.js";

export type PublishedDataset = z.output<typeof DatasetSchema>;

export interface RecordsToPublish {
  incidents: readonly { file: string; record: z.output<typeof IncidentRecordSchema> }[];
  places: readonly z.output<typeof PlaceRecordSchema>[];
  parties: readonly z.output<typeof PartySchema>[];
  sources: readonly z.output<typeof SourceSchema>[];
  episodes?: readonly z.output<typeof EpisodeRecordSchema>[] | undefined;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The published dataset, not yet checked against DatasetSchema (the caller does that). */
export function deriveDataset(records: RecordsToPublish): PublishedDataset {
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
    incidents: records.incidents
      .map(({ file, record }) => publishIncident(record, file, partyById, dayOf))
      .sort(compareIncidents),
    places: publishPlaces(records.places),
    parties,
    sources: [...records.sources].sort(byId),
    // An episode's sides and estimates are derived from its actors and running claims, as an incident's are.
    episodes: [...(records.episodes ?? [])].sort(byId).map((record) => {
      const casualties = record.casualties ?? [];
      return {
        ...record,
        casualties,
        sides: sidesOf(record, partyById),
        estimates: deriveEstimates(casualties, partyById, dayOf),
      };
    }),
  };
}
