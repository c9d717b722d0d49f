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

export type SideValue = (typeof SIDES)[number];
export type IncidentTypeValue = (typeof INCIDENT_TYPES)[number];
