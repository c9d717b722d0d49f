import type { IncidentTypeValue, InclusionClassValue, SideValue } from "../schema/enums.js";
import type {
  EpisodeId as ShippedEpisodeId,
  PartyId as ShippedPartyId,
  PlaceId as ShippedPlaceId,
} from "../data/generated/ids.js";

/**
 * A side (every actor on it) or one actor. The type parameters are the dataset's id types: the shipped
 * release's literal unions by default, plain strings for a dataset made with createDataset.
 */
export type PartyFilter<TPartyId extends string = ShippedPartyId> = SideValue | TPartyId;

/** A date written "2023", "2023-06" or "2023-06-28". */
export type PartialDate = string;

/** Within `km` of a place, or of a point (`lat`, `lon`): one or the other, never both. */
export type NearQuery<TPlaceId extends string = ShippedPlaceId> =
  | { readonly place: TPlaceId; readonly km: number; readonly lat?: never; readonly lon?: never }
  | { readonly lat: number; readonly lon: number; readonly km: number; readonly place?: never };

/** One value, or a list of values matching any of them (OR). */
export type OneOrMany<T> = T | readonly T[];

/** A date range: incidents whose span overlaps it. */
export interface DateQuery {
  /** Incidents whose span reaches this day or later (a year or month means its first day). */
  readonly from?: PartialDate;
  /** Incidents whose span starts this day or earlier (a year or month means its last day). */
  readonly to?: PartialDate;
}

/** A location filter: inside places, and/or within a distance of a place or point. */
export interface LocationQuery<TPlaceId extends string = ShippedPlaceId> {
  /** Incidents at a place or anywhere inside it: `syunik-province` includes Tegh. */
  readonly place?: OneOrMany<TPlaceId>;
  /**
   * Incidents with a location within `km` of a place or a point (great-circle distance). A place drawn as a line
   * (a border section, the line of contact) is measured from the line's segments.
   */
  readonly near?: NearQuery<TPlaceId>;
}

/** The filters of `filterIncidents`: every one given must match (AND); a list inside one matches any value (OR). */
export interface IncidentQuery<
  TPlaceId extends string = ShippedPlaceId,
  TPartyId extends string = ShippedPartyId,
  TEpisodeId extends string = ShippedEpisodeId,
>
  extends DateQuery, LocationQuery<TPlaceId> {
  /** Incidents involving any of these sides or actors. */
  readonly party?: OneOrMany<PartyFilter<TPartyId>>;
  /** Incidents of any of these types. */
  readonly type?: OneOrMany<IncidentTypeValue>;
  /** Incidents linked to any of these episodes. */
  readonly episode?: OneOrMany<TEpisodeId>;
  /** Incidents of any of these classes of the inclusion policy (README, "What the record includes"). */
  readonly inclusion?: OneOrMany<InclusionClassValue>;
  /** Incidents of no class among these: `excludeInclusion: "mine"` leaves the mine casualties out. */
  readonly excludeInclusion?: OneOrMany<InclusionClassValue>;
}

/** The inclusion filter's keys, as `byInclusion` takes them. */
export interface InclusionQuery {
  readonly inclusion?: OneOrMany<InclusionClassValue>;
  readonly excludeInclusion?: OneOrMany<InclusionClassValue>;
}
