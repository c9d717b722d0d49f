import type { Dataset } from "../dataset/types.js";

/** What the article tools need of a dataset: the shipped release or one from createDataset. */
export type ArticleDataset = Pick<
  Dataset,
  "incidents" | "places" | "parties" | "sources" | "isWithin" | "getPlace" | "getParty" | "getSource"
>;
