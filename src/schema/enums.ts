// The enum values of the schemas as plain constants, so that code that only reads records needs no zod.
// The schemas are built from these lists: one source for each.

/** The sides of the conflict. Filtering by a side matches every actor on it. */
export const SIDES = ["armenia", "azerbaijan", "nagorno-karabakh", "russia", "other"] as const;

/** The types of incident, in the order every output lists them; an incident has one or more. */
export const INCIDENT_TYPES = [
  "exchange-of-fire",
  "shelling",
  "drone-strike",
  "missile-strike",
  "air-strike",
  "incursion",
  "offensive",
  "capture",
  "killing",
  "blockade",
  "cyberattack",
  /** A mine or unexploded munition going off: the usual way people were killed in areas that changed hands. */
  "mine-explosion",
  /** A blast that is not itself an attack (a fuel depot), where the record counts its dead and wounded. */
  "explosion",
] as const;

/**
 * Why an incident is in the record: its class under the inclusion policy (README, "What the record includes").
 * Each incident has exactly one, derived from its types, claims, accusations and date, in this order of precedence.
 */
export const INCLUSION_CLASSES = [
  /** A mine or unexploded munition killed or hurt someone (type `mine-explosion`), before or after the wars. */
  "mine",
  /** An event tied to the conflict that is not itself an attack, such as the September 2023 fuel depot blast. */
  "related",
  /** Someone was killed, wounded, captured or went missing in an attack, a clash or a strike. */
  "casualties",
  /** From 1 January 2025: a defence ministry's accusation of fire at a named place on a named day, no one hurt. */
  "accusation",
  /** Fire, shelling, or a missile, air or drone strike that hit a settlement or property, no one hurt. */
  "strike",
  /** Ground taken, entered or closed off: an offensive, an incursion, a capture of a position, a blockade. */
  "ground",
  /** Fits none of the above: never in the shipped record (its lint rejects it); `createDataset` data may be. */
  "other",
] as const;

/** The first day from which an accusation of fire is in the record on its own (class `accusation`). */
export const ACCUSATIONS_FROM = "2025-01-01";

export type SideValue = (typeof SIDES)[number];
export type InclusionClassValue = (typeof INCLUSION_CLASSES)[number];
export type IncidentTypeValue = (typeof INCIDENT_TYPES)[number];
