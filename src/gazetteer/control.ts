// Control of territory over time: who held a place on a day, from its own periods of control or, where it has
// none, from its nearest ancestor that has them.
import type { IndexedRecords } from "../lookup/records.js";
import { isCalendarDate } from "../dates/calendar.js";
import { InvalidQueryError } from "../errors.js";
import type { ControlPeriod, Place, Side } from "../schema/index.js";

/** Who controlled a place on a day: the party, its side, the place whose period of control applies, and that period. */
export interface Control<P = Place, PartyId extends string = string> {
  /** The party in control. */
  readonly party: PartyId;
  /** Its side. */
  readonly side: Side;
  /** The place whose record answered: the place itself, or the nearest ancestor with periods of control. */
  readonly place: P;
  /** The period that covers the day. */
  readonly period: ControlPeriod;
}

/** `requirePlace` resolves an id or alias, or throws the lookup's UnknownIdError. */
export function controlLookup(records: IndexedRecords, requirePlace: (id: string) => Place) {
  return (placeId: string, date: string): Control | undefined => {
    if (typeof date !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      throw new InvalidQueryError("date", date, "must be a day written YYYY-MM-DD");
    }
    if (!isCalendarDate(date)) throw new InvalidQueryError("date", date, "is not a calendar date");
    const place = requirePlace(placeId);
    const chain = [
      place,
      ...place.ancestors.map((id) => records.placeById.get(id)).filter((p): p is Place => p !== undefined),
    ];
    const holder = chain.find((candidate) => candidate.control !== undefined);
    const period = holder?.control?.find((p) => (p.from ?? "0000-01-01") <= date && date <= (p.to ?? "9999-12-31"));
    if (!holder || !period) return undefined;
    const side = records.partyById.get(period.party)?.side;
    if (side === undefined) return undefined;
    return { party: period.party, side, place: holder, period };
  };
}
