// The records a dataset is made of, indexed by id: what every helper of a dataset reads.
import { indexById } from "./index-by-id.js";
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

/** The maps by id are built on first use: a dataset costs nothing until a helper needs them. */
export function indexRecords(records: PublishedRecords): IndexedRecords {
  let incidentById: Map<string, Incident> | undefined;
  let placeById: Map<string, Place> | undefined;
  let partyById: Map<string, Party> | undefined;
  let sourceById: Map<string, Source> | undefined;
  let episodeById: Map<string, Episode> | undefined;
  return {
    incidents: records.incidents,
    places: records.places,
    parties: records.parties,
    sources: records.sources,
    episodes: records.episodes ?? [],
    get incidentById() {
      return (incidentById ??= indexById(records.incidents));
    },
    get placeById() {
      return (placeById ??= indexById(records.places));
    },
    get partyById() {
      return (partyById ??= indexById(records.parties));
    },
    get sourceById() {
      return (sourceById ??= indexById(records.sources));
    },
    get episodeById() {
      return (episodeById ??= indexById(records.episodes ?? []));
    },
  };
}
