import type { IncidentType, Side } from "../schema/index.js";
import type { PartyId, PlaceId } from "../data/types.js";

/** A side (every actor on it) or one actor. */
export type PartyFilter = Side | PartyId;

/** A date written "2023", "2023-06" or "2023-06-28". */
export type PartialDate = string;

export type NearQuery =
  | { readonly place: PlaceId; readonly km: number }
  | { readonly lat: number; readonly lon: number; readonly km: number };

export type OneOrMany<T> = T | readonly T[];

export interface DateQuery {
  /** Incidents whose span reaches this day or later (a year or month means its first day). */
  readonly from?: PartialDate;
  /** Incidents whose span starts this day or earlier (a year or month means its last day). */
  readonly to?: PartialDate;
}

export interface LocationQuery {
  /** Incidents at a place or anywhere inside it: `syunik-province` includes Tegh. */
  readonly place?: OneOrMany<PlaceId>;
  /** Incidents with a location within `km` of a place or a point (great-circle distance). */
  readonly near?: NearQuery;
}

export interface IncidentQuery extends DateQuery, LocationQuery {
  /** Incidents involving any of these sides or actors. */
  readonly party?: OneOrMany<PartyFilter>;
  /** Incidents of any of these types. */
  readonly type?: OneOrMany<IncidentType>;
}
