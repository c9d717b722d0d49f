// The records a dataset is made of, indexed by id: what every helper of a dataset reads.
import { indexById } from "../lookup/index-by-id.js";
import type { Episode, Incident, Party, Place, Source } from "../schema/index.js";

/** A dataset's four collections, in the shape the package publishes (derived fields included). */
export interface PublishedRecords {
  readonly incidents: readonly Incident[];
  readonly places: readonly Place[];
  readonly parties: readonly Party[];
  readonly sources: readonly Source[];
  /** Absent in data published before episodes existed. */
  readonly episodes?: readonly Episode[] | undefined;
}

export interface IndexedRecords extends Required<PublishedRecords> {
  readonly episodes: readonly Episode[];
  readonly incidentById: ReadonlyMap<string, Incident>;
  readonly placeById: ReadonlyMap<string, Place>;
  readonly partyById: ReadonlyMap<string, Party>;
  readonly sourceById: ReadonlyMap<string, Source>;
  readonly episodeById: ReadonlyMap<string, Episode>;
}

export function indexRecords(records: PublishedRecords): IndexedRecords {
  return {
    incidents: records.incidents,
    places: records.places,
    parties: records.parties,
    sources: records.sources,
    episodes: records.episodes ?? [],
    incidentById: indexById(records.incidents),
    placeById: indexById(records.places),
    partyById: indexById(records.parties),
    sourceById: indexById(records.sources),
    episodeById: indexById(records.episodes ?? []),
  };
}
