import { canonicalFormat } from "./canonical-format.js";
import { distinctIncidents } from "./distinct-incidents.js";
import { noDuplicateClaims } from "./duplicate-claims.js";
import { fileLayout } from "./file-layout.js";
import { geonamesCoordinates } from "./geonames-coordinates.js";
import { inclusionPolicy } from "./inclusion.js";
import { integrity } from "./integrity.js";
import { noPlaceholders } from "./placeholders.js";
import { onePublisherPerOutlet } from "./one-publisher-per-outlet.js";
import { readingLedger } from "./reading-ledger.js";
import { sharedSpellings } from "./shared-spellings.js";
import { sweepLedger } from "./sweep-ledger.js";
import { noTrackingParameters, oneSourcePerAddress, sourcePublisher } from "./sources.js";
import type { LintCheck } from "./types.js";

/** Every lint check, in the order they report. Schema validation runs before all of them. */
export const lintChecks: readonly LintCheck[] = [
  fileLayout,
  canonicalFormat,
  ...integrity,
  geonamesCoordinates,
  oneSourcePerAddress,
  sourcePublisher,
  onePublisherPerOutlet,
  noTrackingParameters,
  distinctIncidents,
  noDuplicateClaims,
  inclusionPolicy,
  noPlaceholders,
  sharedSpellings,
  sweepLedger,
  readingLedger,
];
export type { FileRewrite, LintCheck, LintContext } from "./types.js";
