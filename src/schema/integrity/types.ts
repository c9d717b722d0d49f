// The structural view of the data that the integrity checks read: satisfied by raw and published records alike.
import type { z } from "zod";
import type { CountryCodeSchema } from "../primitives.js";

/** A problem found across records: which check, which record, where, and what is wrong. */
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

interface Identified {
  id: string;
  aliases?: readonly string[] | undefined;
}

export interface IncidentView extends Identified {
  span: { start: string; end: string };
  locations: readonly { place: string }[];
  actors: readonly string[];
  casualties?: readonly (ClaimView & { losses: string; claimant?: string | undefined })[] | undefined;
  accusations?: readonly (ClaimView & { claimant: string; accused: string })[] | undefined;
  denials?: readonly (ClaimView & { claimant: string })[] | undefined;
  sources: readonly string[];
  episodes?: readonly string[] | undefined;
}

export interface EpisodeView extends Identified {
  span: { start: string; end: string };
  actors: readonly string[];
  casualties?: readonly (ClaimView & { losses: string; claimant?: string | undefined })[] | undefined;
  sources: readonly string[];
}

export interface MilestoneView extends Identified {
  actors: readonly string[];
  places?: readonly string[] | undefined;
  sources: readonly string[];
}

export interface PlaceView extends Identified {
  kind: string;
  country: z.infer<typeof CountryCodeSchema>;
  parent?: string | undefined;
  coordinates?: readonly [number, number] | undefined;
  control?: readonly { party: string; sources: readonly string[] }[] | undefined;
  line?:
    | {
        coordinates: readonly (readonly [number, number])[];
        source: { throughPlaces: readonly string[] } | { url: string };
      }
    | undefined;
}

export interface DatasetView {
  incidents: readonly IncidentView[];
  places: readonly PlaceView[];
  parties: readonly Identified[];
  sources: readonly Identified[];
  /** Absent in data from before episodes existed. */
  episodes?: readonly EpisodeView[] | undefined;
  /** Absent in data from before milestones existed. */
  milestones?: readonly MilestoneView[] | undefined;
}

/** A check across the records of a dataset, returning every issue it finds. */
export type IntegrityCheck = (data: DatasetView) => IntegrityIssue[];
