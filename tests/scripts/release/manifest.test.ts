// The last release as release:check sees it: the committed snapshot of its records, checked against the
// manifest's content hash, never a rebuild of its commit.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { contentHash } from "../../../scripts/build/generate.js";
import type { PublishedRecords } from "../../../src/lookup/records.js";
import { type Manifest, PUBLISHED_FILE, readManifest, releasedDataset, writePublished } from "../../../scripts/release/manifest.js";

const folder = () => mkdtempSync(path.join(tmpdir(), "aai-manifest-"));
const dataset = { incidents: [], places: [{ id: "tegh" }], parties: [], sources: [], episodes: [] } as unknown as PublishedRecords;
const manifest = (hash: string) => ({ version: "1.0.0", commit: "0".repeat(40), contentHash: hash, api: {} }) as unknown as Manifest;

describe("the release snapshot", () => {
  it("round-trips the published records, byte for byte the same each time", () => {
    const root = folder();
    writePublished(dataset, root);
    expect(releasedDataset(manifest(contentHash(dataset)), root)).toEqual(dataset);
  });

  it("fails when the snapshot does not have the recorded content hash, or is missing", () => {
    const root = folder();
    writePublished(dataset, root);
    expect(() => releasedDataset(manifest("sha256-other"), root)).toThrow(/has content hash sha256-.*, not the sha256-other/);
    writeFileSync(path.join(root, PUBLISHED_FILE), gzipSync("{}"));
    expect(() => releasedDataset(manifest(contentHash(dataset)), root)).toThrow(/not the sha256-/);
    expect(() => releasedDataset(manifest(contentHash(dataset)), folder())).toThrow(/is missing/);
  });

  it("holds the records of the release the manifest names", () => {
    const recorded = readManifest()!;
    expect(contentHash(releasedDataset(recorded))).toBe(recorded.contentHash);
  });
});
