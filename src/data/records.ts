// The records this release ships, as a dataset: validated and derived by the build, so loading it runs no zod.
import generated from "./generated/dataset.json" with { type: "json" };
import { contentHash, packageVersion, sweptTo } from "./generated/meta.js";
import { makeDataset } from "../dataset/make.js";
import type { PublishedRecords } from "../lookup/records.js";
import type { Dataset } from "../dataset/types.js";
import type { ShippedRecordTypes } from "./types.js";

/** The release's dataset: the same object createDataset returns, over the shipped records. */
export const shipped: Dataset<ShippedRecordTypes> = /* @__PURE__ */ makeDataset<ShippedRecordTypes>(
  generated as unknown as PublishedRecords,
  { version: packageVersion, contentHash, sweptTo },
);

/**
 * A field of the shipped dataset. Called with a pure annotation at the main entry's top level, so that a bundler
 * drops the records from a bundle that imports none of them (a top-level property read would keep them).
 */
export function shippedField<K extends keyof Dataset<ShippedRecordTypes>>(key: K): Dataset<ShippedRecordTypes>[K] {
  return shipped[key];
}
