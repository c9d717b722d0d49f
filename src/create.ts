// The `armenia-azerbaijan-incidents/create` entry: createDataset, over your records or ours merged with yours.
// It brings zod to validate; the main entry does not.
export {
  createDataset,
  NO_FILE,
  type DatasetInput,
  type EpisodeInput,
  type IncidentInput,
  type PlaceInput,
} from "./dataset/create.js";
export type { Control } from "./gazetteer/control.js";
export type { CasualtyCounts, CasualtyTotal, CasualtyTotalsOptions } from "./claims/totals.js";
export type { Dataset, DatasetInfo, RecordTypes, UserRecordTypes } from "./dataset/types.js";
export {
  DatasetError,
  IncidentsError,
  isIncidentsError,
  InvalidOptionError,
  InvalidPointError,
  InvalidQueryError,
  UnknownIdError,
  type DatasetIssue,
} from "./errors.js";
