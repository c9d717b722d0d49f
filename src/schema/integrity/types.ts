// The structural view of the data that the integrity checks read: satisfied by raw and published records alike.
import type { z } from "zod";
import type { CountryCodeSchema } from "../primitives.js";

export interface IntegrityIssue {
  /** The named check that found it. */
  check: string;
  /** Where: collection, index, field… */
  path: (string | number)[];
  message: string;
}

interface ClaimView {
  sources: readonly string[];
}

export interface IncidentView {
  id: string;
  span: { start: string; end: string };
  locations: readonly { place: string }[];
  actors: readonly string[];
  casualties?: readonly (ClaimView & { losses: string; claimant?: string | undefined })[] | undefined;
  accusations?: readonly (ClaimView & { claimant: string; accused: string })[] | undefined;
  denials?: readonly (ClaimView & { claimant: string })[] | undefined;
  sources: readonly string[];
}

export interface PlaceView {
  id: string;
  kind: string;
  country: z.infer<typeof CountryCodeSchema>;
  parent?: string | undefined;
  coordinates?: readonly [number, number] | undefined;
}

export interface DatasetView {
  incidents: readonly IncidentView[];
  places: readonly PlaceView[];
  parties: readonly { id: string }[];
  sources: readonly { id: string }[];
}

export type IntegrityCheck = (data: DatasetView) => IntegrityIssue[];
