// Incidents: one episode of armed violence or coercion, with every party's claims kept side by side.
import { z } from "zod";
import { CASUALTY_BOUNDS, CASUALTY_CATEGORIES, ESTIMATE_BASES } from "./categories.js";
import { INCIDENT_TYPES, INCLUSION_CLASSES } from "./enums.js";
import { DateSpanSchema } from "./date-span.js";
import { SideSchema } from "./party.js";
import { idRef, type IdSchemas, IsoDateSchema, NonEmptyTextSchema, stringIds, uniqueList } from "./primitives.js";

/** The kinds of incident, from `INCIDENT_TYPES`. */
export const IncidentTypeSchema = z.enum(INCIDENT_TYPES);

/** Why an incident is in the record (README, "What the record includes"). */
export const InclusionClassSchema = z.enum(INCLUSION_CLASSES);

/** How precisely an incident's location is known: at the place, near it, or only somewhere within it. */
export const LocationRelationSchema = z.enum(["at", "near", "within"]);

/** How far an incident is confirmed. */
export const VerificationSchema = z
  .enum(["corroborated", "single-side", "single-source", "disputed"])
  .describe(
    "corroborated: independent sources or both sides confirm it happened; single-side: only one party reports it; " +
      "single-source: one outlet only; disputed: a party denies it happened",
  );

/** The casualty categories: killed, wounded, captured, missing. */
export const CasualtyCategorySchema = z.enum(CASUALTY_CATEGORIES);

/** A figure as claimed: a count, or "unspecified" where the claimant reported losses without a number. */
export const CasualtyCountSchema = z.union([z.number().int().nonnegative(), z.literal("unspecified")]);

/** How a figure is worded where it is not exact: "at least 3" (lower), "up to 800" (upper), "about 50". */
export const CasualtyBoundSchema = z
  .enum(CASUALTY_BOUNDS)
  .describe(
    "lower: at least the figure (at least, more than, over); upper: at most the figure (up to); approximate: about the figure",
  );

/** Per category, how a figure is worded where it is not exact; a category left out is exact. */
export const CasualtyBoundsSchema = z
  .object({
    killed: CasualtyBoundSchema.optional(),
    wounded: CasualtyBoundSchema.optional(),
    captured: CasualtyBoundSchema.optional(),
    missing: CasualtyBoundSchema.optional(),
  })
  .strict();

export function casualtyClaimSchema<T extends IdSchemas>(ids: T) {
  return z
    .object({
      /** Whose losses: a party (civilians of a side are a party too). */
      losses: idRef(ids, "party"),
      killed: CasualtyCountSchema.optional(),
      wounded: CasualtyCountSchema.optional(),
      captured: CasualtyCountSchema.optional(),
      missing: CasualtyCountSchema.optional(),
      /** Who says so. Absent where the source gives the figure without attribution: then it is the source's claim. */
      claimant: idRef(ids, "party").optional(),
      /** When the claim was made. A claimant's later claim about the same losses supersedes its earlier ones. */
      reported: IsoDateSchema.optional(),
      sources: uniqueList(idRef(ids, "source")).min(1),
      note: NonEmptyTextSchema.optional(),
      /** Which figures the source words as bounds or approximations ("up to 800"); a figure not listed is exact. */
      bounds: CasualtyBoundsSchema.optional(),
    })
    .strict()
    .refine(
      (claim) => CASUALTY_CATEGORIES.some((category) => claim[category] !== undefined),
      "a casualty claim gives at least one of killed, wounded, captured, missing",
    )
    .refine(
      (claim) =>
        CASUALTY_CATEGORIES.every(
          (category) => claim.bounds?.[category] === undefined || typeof claim[category] === "number",
        ),
      { message: "a bound is given only for a category with a numeric figure", path: ["bounds"] },
    )
    .refine((claim) => claim.bounds === undefined || Object.keys(claim.bounds).length > 0, {
      message: "bounds lists at least one category (leave it out when every figure is exact)",
      path: ["bounds"],
    });
}

export function accusationSchema<T extends IdSchemas>(ids: T) {
  return z
    .object({
      claimant: idRef(ids, "party"),
      accused: idRef(ids, "party"),
      /** What is alleged, in the dataset's own neutral words. */
      allegation: NonEmptyTextSchema,
      sources: uniqueList(idRef(ids, "source")).min(1),
    })
    .strict();
}

export function denialSchema<T extends IdSchemas>(ids: T) {
  return z
    .object({
      claimant: idRef(ids, "party"),
      /** What is denied, in the dataset's own neutral words. */
      denial: NonEmptyTextSchema,
      sources: uniqueList(idRef(ids, "source")).min(1),
    })
    .strict();
}

export function locationSchema<T extends IdSchemas>(ids: T) {
  return z
    .object({ place: idRef(ids, "place"), relation: LocationRelationSchema, note: NonEmptyTextSchema.optional() })
    .strict();
}

function incidentRecordShape<T extends IdSchemas>(ids: T) {
  return {
    /** Start date and main place: `2023-04-11-tegh`. Never changes once released. */
    id: idRef(ids, "incident"),
    /** Earlier ids of this record (merged or renamed), which still resolve to it. */
    aliases: uniqueList(idRef(ids, "incident")).min(1).optional(),
    title: NonEmptyTextSchema,
    types: uniqueList(IncidentTypeSchema).min(1),
    span: DateSpanSchema,
    /** Local time (UTC+4) the incident began, where a source gives it. */
    time: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a local time written HH:MM")
      .optional(),
    locations: z.array(locationSchema(ids)).min(1),
    /** The parties that took part. */
    actors: uniqueList(idRef(ids, "party")).min(1),
    summary: NonEmptyTextSchema,
    casualties: z.array(casualtyClaimSchema(ids)),
    accusations: z.array(accusationSchema(ids)),
    denials: z.array(denialSchema(ids)),
    verification: VerificationSchema,
    /** Every source the record cites; each claim cites its own among them. */
    sources: uniqueList(idRef(ids, "source")).min(1),
    /** The named episodes (a war, an escalation, a blockade) the incident is part of. */
    episodes: uniqueList(idRef(ids, "episode")).min(1).optional(),
  };
}

/** An incident as stored in `data/incidents/YYYY/<id>.json`: claim lists may be left out when empty. */
export function incidentRecordSchema<T extends IdSchemas>(ids: T) {
  const shape = incidentRecordShape(ids);
  return z
    .object({
      ...shape,
      casualties: shape.casualties.optional(),
      accusations: shape.accusations.optional(),
      denials: shape.denials.optional(),
    })
    .strict();
}

/** Low, best and high figure derived from the claims about one category of one party's losses. */
export const CasualtyRangeSchema = z
  .object({
    low: z.number().int().nonnegative(),
    best: z.number().int().nonnegative(),
    high: z.number().int().nonnegative(),
    /** How many claimants' figures the range is derived from. */
    claimants: z.number().int().positive(),
    /**
     * What `best` rests on: the losing side's own camp, a claimant of the other side, a third party (a side
     * not in the fight, an NGO, an international body), a source's unattributed figure, or the lower median of
     * several claimants' figures. Always set by the package; optional so that older records still validate.
     */
    basis: z.enum(ESTIMATE_BASES).optional(),
    /** Set where `best` is worded as a lower bound or an approximation ("at least 3", "about 50"). */
    bestBound: z.enum(["lower", "approximate"]).optional(),
  })
  .strict();

export function casualtyEstimateSchema<T extends IdSchemas>(ids: T) {
  return z
    .object({
      losses: idRef(ids, "party"),
      side: SideSchema,
      killed: CasualtyRangeSchema.optional(),
      wounded: CasualtyRangeSchema.optional(),
      captured: CasualtyRangeSchema.optional(),
      missing: CasualtyRangeSchema.optional(),
    })
    .strict();
}

/** An incident as the package publishes it, with derived fields. */
export function incidentSchema<T extends IdSchemas>(ids: T) {
  return z
    .object({
      ...incidentRecordShape(ids),
      /** The sides of the actors and of the parties whose losses are claimed. */
      sides: uniqueList(SideSchema).min(1),
      /**
       * Why the incident is in the record: its class under the inclusion policy, from its types, claims and date.
       * Every release from 0.5.0 derives it; optional so that records published before it still validate.
       */
      inclusion: InclusionClassSchema.optional(),
      /** Derived from `casualties`: see the README for the rules. */
      estimates: z.array(casualtyEstimateSchema(ids)),
      /** The data file the record was built from. */
      file: NonEmptyTextSchema,
    })
    .strict();
}

/** The casualty categories in the order every output lists them. */
export { CASUALTY_CATEGORIES };
/** An incident as stored in `data/incidents/`. */
export const IncidentRecordSchema = incidentRecordSchema(stringIds);
/** An incident as the package publishes it, with `sides`, `estimates` and `file` derived. */
export const IncidentSchema = incidentSchema(stringIds);
/** One statement about losses: whose losses, the figures, claimant, date reported and sources. */
export const CasualtyClaimSchema = casualtyClaimSchema(stringIds);
/** A claim that a party did something, by whom, with sources. */
export const AccusationSchema = accusationSchema(stringIds);
/** A party's denial of an accusation, with sources. */
export const DenialSchema = denialSchema(stringIds);
/** Where an incident happened: a place and its relation (`at`, `near`, `within`). */
export const LocationSchema = locationSchema(stringIds);
/** Low / best / high per casualty category for one party's losses, derived from the claims. */
export const CasualtyEstimateSchema = casualtyEstimateSchema(stringIds);
