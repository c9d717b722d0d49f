import { canonicalFormat } from "./canonical-format.js";
import { fileLayout } from "./file-layout.js";
import { geonamesCoordinates } from "./geonames-coordinates.js";
import { integrity } from "./integrity.js";
import type { LintCheck } from "./types.js";

/** Every lint check, in the order they report. Schema validation runs before all of them. */
export const lintChecks: readonly LintCheck[] = [fileLayout, canonicalFormat, ...integrity, geonamesCoordinates];
export type { LintCheck, LintContext } from "./types.js";
