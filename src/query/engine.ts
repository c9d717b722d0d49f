// The query engine behind filterIncidents: indexes built on the first query that needs one, all of them in one
// pass over the incidents, once per dataset (filter.ts uses them only for datasets large enough to gain from them). Every index only narrows the candidates: the answer is always the plain filter's, the same records
// in the same order (a property test checks it on random datasets and queries).
//
// - dates: day numbers in typed arrays, records ordered by start, a binary search widened by the longest span of
//   the "short" incidents; the few long ones (over LONG_SPAN_DAYS) are checked one by one;
// - parties: one bitset of incidents per party id that appears in `actors` or `casualties[].losses`;
// - places: postings (incident positions) per place, and each place's descendants, precomputed;
// - distance: the places' coordinates sorted by latitude; a query scans only the latitude band it can reach (a line's
//   band runs from its southernmost to its northernmost point).
import { dayNumber } from "../dates/calendar.js";
import { KM_PER_DEGREE } from "../gazetteer/line-distance.js";
import type { IndexedRecords } from "../lookup/records.js";
import type { Incident, Place } from "../schema/index.js";
import { type NearTarget, withinNear } from "./validate.js";

/** Incidents longer than this (in days) are kept apart, so that one long blockade does not widen every search. */
const LONG_SPAN_DAYS = 31;

/** The day numbers the date index holds (re-exported for the checks and the benchmark that read them here). */
export { dayNumber };

interface DateIndex {
  /** Start and end day of each incident, by its position in the dataset. */
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Start days of the short incidents in ascending order, and their positions. */
  readonly sortedStart: Int32Array;
  readonly sortedPosition: Int32Array;
  /** True when `sortedPosition` is increasing (the dataset is ordered by start): no sort of the results needed. */
  readonly inOrder: boolean;
  /** The longest span among the short incidents, in days. */
  readonly maxShortSpan: number;
  /** Positions of the long incidents, ascending. */
  readonly long: Int32Array;
}

interface PlaceIndex {
  /** Place records in the dataset's order, and each one's index. */
  readonly slot: ReadonlyMap<Place, number>;
  /** Positions of the incidents with a location at each place (not inside it), ascending. */
  /** Postings of every place in one array: those of slot s are `postings[offset[s]]` to `postings[offset[s + 1] - 1]`. */
  readonly postings: Int32Array;
  readonly offset: Int32Array;
  /** Each place's descendants (slots), itself included. */
  readonly subtree: readonly (readonly number[])[];
}

interface SpatialIndex {
  /** Latitude of each located place, ascending, with its longitude and slot. */
  readonly lat: Float64Array;
  readonly lon: Float64Array;
  readonly slot: Int32Array;
}

/** A bitset over incident positions. */
export type Bits = Uint32Array;

/** The lazily built indexes of one dataset's incidents. */
export interface IncidentIndex {
  readonly size: number;
  /** Which indexes exist so far (for tests and the benchmark). */
  readonly built: ReadonlySet<"dates" | "parties" | "places" | "spatial">;
  /**
   * Positions of the incidents whose span overlaps [from, to] (YYYY-MM-DD), ascending; with `within`, only those
   * in that set too (tested in the same scan).
   */
  dateRange(from: string, to: string, within?: Bits): Int32Array;
  /** An upper bound of dateRange's length, from two binary searches. */
  dateCount(from: string, to: string): number;
  /** An incident position test for the same range. */
  dateTest(from: string, to: string): (position: number) => boolean;
  /** Incidents involving any of these party ids (exact ids, as in the records). */
  partyBits(ids: Iterable<string>): Bits;
  /** Incidents with a location at or inside any of these places. */
  placeBits(places: readonly Place[]): Bits;
  /** Incidents with a located place within the target's km of its point or line. */
  nearBits(target: NearTarget): Bits;
  /** Builds every index now, in one pass over the incidents; the milliseconds it took (the benchmark reports it). */
  buildAll(): number;
}

const newBits = (size: number): Bits => new Uint32Array((size + 31) >>> 5);

/** How many bits are set (SWAR popcount, word by word). */
export function countOf(bits: Bits): number {
  let count = 0;
  for (let w = 0; w < bits.length; w++) {
    let v = bits[w] as number;
    v -= (v >>> 1) & 0x55555555;
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
    count += (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) as number;
  }
  return count;
}

/** Ascending positions of the set bits. */
export function positionsOf(bits: Bits, count = countOf(bits)): Int32Array {
  const out = new Int32Array(count);
  let k = 0;
  for (let w = 0; w < bits.length; w++) {
    let word = bits[w] as number;
    while (word !== 0) {
      const low = word & -word;
      out[k++] = (w << 5) + 31 - Math.clz32(low);
      word ^= low;
    }
  }
  return out;
}

export const hasBit = (bits: Bits, position: number): boolean =>
  (((bits[position >>> 5] as number) >>> (position & 31)) & 1) === 1;

function lowerBound(array: Int32Array, value: number): number {
  let lo = 0;
  let hi = array.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((array[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function incidentIndex(records: Pick<IndexedRecords, "incidents" | "places" | "placeById">): IncidentIndex {
  const incidents: readonly Incident[] = records.incidents;
  const size = incidents.length;
  const built = new Set<"dates" | "parties" | "places" | "spatial">();
  let indexes: { dates: DateIndex; parties: Map<string, Bits>; places: PlaceIndex; spatial: SpatialIndex } | undefined;

  // Every index in one pass over the incidents: each record is read once (at a million records, reading them is
  // what building costs, not the arithmetic), then the arrays are sorted and the places' lists laid out.
  const build = () => {
    if (indexes) return indexes;
    const list = records.places;
    const slot = new Map<Place, number>(list.map((place, index) => [place, index]));
    // Every id and alias, straight to its slot: one map lookup per location.
    const slotById = new Map<string, number>();
    for (const [id, place] of records.placeById) {
      const s = slot.get(place);
      if (s !== undefined) slotById.set(id, s);
    }

    const start = new Int32Array(size);
    const end = new Int32Array(size);
    let longCount = 0;
    const parties = new Map<string, Bits>();
    const setParty = (id: string, word: number, bit: number) => {
      let bits = parties.get(id);
      if (bits === undefined) parties.set(id, (bits = newBits(size)));
      (bits[word] as number) |= bit;
    };
    // (slot, position) pairs, turned into postings by a counting sort below, positions ascending.
    let pairSlots = new Int32Array(size + 16);
    let pairPositions = new Int32Array(size + 16);
    let pairs = 0;

    for (let i = 0; i < size; i++) {
      const incident = incidents[i] as Incident;
      const span = incident.span;
      const first = dayNumber(span.start);
      const last = dayNumber(span.end);
      start[i] = first;
      end[i] = last;
      if (last - first > LONG_SPAN_DAYS) longCount++;

      const word = i >>> 5;
      const bit = 1 << (i & 31);
      const actors = incident.actors;
      for (let k = 0; k < actors.length; k++) setParty(actors[k] as string, word, bit);
      const claims = incident.casualties;
      for (let k = 0; k < claims.length; k++) setParty((claims[k] as Incident["casualties"][number]).losses, word, bit);

      const locations = incident.locations;
      const from = pairs;
      for (let k = 0; k < locations.length; k++) {
        const s = slotById.get((locations[k] as Incident["locations"][number]).place);
        if (s === undefined) continue;
        // An incident listing one place twice counts once.
        let seen = false;
        for (let j = from; j < pairs; j++) if (pairSlots[j] === s) seen = true;
        if (seen) continue;
        if (pairs === pairSlots.length) {
          const grownSlots = new Int32Array(pairs * 2);
          grownSlots.set(pairSlots);
          pairSlots = grownSlots;
          const grownPositions = new Int32Array(pairs * 2);
          grownPositions.set(pairPositions);
          pairPositions = grownPositions;
        }
        pairSlots[pairs] = s;
        pairPositions[pairs++] = i;
      }
    }

    // Dates: the short incidents by start, the long ones apart.
    const long = new Int32Array(longCount);
    const sortedPosition = new Int32Array(size - longCount);
    let maxShortSpan = 0;
    let inOrder = true;
    for (let i = 0, l = 0, s = 0, last = -Infinity; i < size; i++) {
      const length = (end[i] as number) - (start[i] as number);
      if (length > LONG_SPAN_DAYS) long[l++] = i;
      else {
        sortedPosition[s++] = i;
        if (length > maxShortSpan) maxShortSpan = length;
        if ((start[i] as number) < last) inOrder = false;
        last = start[i] as number;
      }
    }
    if (!inOrder) sortedPosition.sort((a, b) => (start[a] as number) - (start[b] as number) || a - b);
    const sortedStart = sortedPosition.map((position) => start[position] as number);
    const dates: DateIndex = { start, end, sortedStart, sortedPosition, inOrder, maxShortSpan, long };

    // Places: one array for all postings (no typed array per place: a gazetteer may hold thousands of places).
    const counts = new Int32Array(list.length);
    for (let j = 0; j < pairs; j++) counts[pairSlots[j] as number] = (counts[pairSlots[j] as number] as number) + 1;
    const offset = new Int32Array(list.length + 1);
    for (let s = 0; s < list.length; s++) offset[s + 1] = (offset[s] as number) + (counts[s] as number);
    const postings = new Int32Array(pairs);
    const fill = offset.slice(0, list.length);
    for (let j = 0; j < pairs; j++) {
      const s = pairSlots[j] as number;
      postings[(fill[s] as number)++] = pairPositions[j] as number;
    }
    const descendants: number[][] = list.map((_, index) => [index]);
    list.forEach((place, index) => {
      for (const ancestor of place.ancestors) {
        const a = slotById.get(ancestor);
        if (a !== undefined && a !== index) (descendants[a] as number[]).push(index);
      }
    });
    const places: PlaceIndex = { slot, postings, offset, subtree: descendants };

    // Distance: the located places by latitude (a pass over the places, not the incidents).
    const located = list.flatMap((place, index) =>
      place.coordinates ? [{ index, lon: place.coordinates[0], lat: place.coordinates[1] }] : [],
    );
    located.sort((a, b) => a.lat - b.lat);
    const spatial: SpatialIndex = {
      lat: Float64Array.from(located, (p) => p.lat),
      lon: Float64Array.from(located, (p) => p.lon),
      slot: Int32Array.from(located, (p) => p.index),
    };

    indexes = { dates, parties, places, spatial };
    for (const name in indexes) built.add(name as keyof typeof indexes);
    return indexes;
  };

  const markPlace = (bits: Bits, slot: number, index: PlaceIndex) => {
    const { postings, offset } = index;
    for (let k = offset[slot] as number, end = offset[slot + 1] as number; k < end; k++) {
      const p = postings[k] as number;
      (bits[p >>> 5] as number) |= 1 << (p & 31);
    }
  };

  const index: IncidentIndex = {
    size,
    built,
    dateRange(from, to, within) {
      const { sortedStart, sortedPosition, end, start, inOrder, maxShortSpan, long } = build().dates;
      const f = dayNumber(from);
      const t = dayNumber(to);
      // A short incident overlapping [f, t] starts in [f - maxShortSpan, t].
      const lo = lowerBound(sortedStart, f - maxShortSpan);
      const hi = lowerBound(sortedStart, t + 1);
      // One scan of the range, testing the set given: only the matches are written, in ascending order when the
      // records are ordered by start (the long incidents, ascending too, are merged in).
      const out = new Int32Array(hi - lo + long.length);
      let n = 0;
      let l = 0;
      const takeLong = (before: number) => {
        for (; l < long.length && (long[l] as number) < before; l++) {
          const p = long[l] as number;
          if ((start[p] as number) <= t && (end[p] as number) >= f && (within === undefined || hasBit(within, p)))
            out[n++] = p;
        }
      };
      for (let k = lo; k < hi; k++) {
        const p = sortedPosition[k] as number;
        if ((end[p] as number) < f || (within !== undefined && !hasBit(within, p))) continue;
        if (inOrder && l < long.length) takeLong(p);
        out[n++] = p;
      }
      takeLong(Infinity);
      const result = out.subarray(0, n);
      return inOrder ? result : result.sort();
    },
    dateCount(from, to) {
      const { sortedStart, maxShortSpan, long } = build().dates;
      return (
        lowerBound(sortedStart, dayNumber(to) + 1) -
        lowerBound(sortedStart, dayNumber(from) - maxShortSpan) +
        long.length
      );
    },
    dateTest(from, to) {
      const { start, end } = build().dates;
      const f = dayNumber(from);
      const t = dayNumber(to);
      return (p) => (start[p] as number) <= t && (end[p] as number) >= f;
    },
    partyBits(ids) {
      const map = build().parties;
      const bits = newBits(size);
      for (const id of ids) {
        const found = map.get(id);
        if (found) for (let w = 0; w < bits.length; w++) (bits[w] as number) |= found[w] as number;
      }
      return bits;
    },
    placeBits(containers) {
      const placeIdx = build().places;
      const bits = newBits(size);
      for (const container of containers) {
        const s = placeIdx.slot.get(container);
        if (s === undefined) continue;
        for (const inner of placeIdx.subtree[s] as readonly number[]) markPlace(bits, inner, placeIdx);
      }
      return bits;
    },
    nearBits(target) {
      const { places: placeIdx, spatial } = build();
      const { lat, lon, slot } = spatial;
      const bits = newBits(size);
      const within = withinNear(target);
      // Great-circle distance, and the projected distance to a line, are at least the difference in latitude (to the
      // line's nearest latitude): only that band can match. A small margin keeps rounding from excluding a place the
      // exact test accepts.
      const latitudes = target.line ? target.line.map((p) => p[1]) : [target.point[1]];
      const band = (target.km / KM_PER_DEGREE) * (1 + 1e-9) + 1e-9;
      const south = Math.min(...latitudes) - band;
      const north = Math.max(...latitudes) + band;
      let lo = 0;
      let hi = lat.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((lat[mid] as number) < south) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < lat.length && (lat[k] as number) <= north; k++) {
        if (within([lon[k] as number, lat[k] as number])) markPlace(bits, slot[k] as number, placeIdx);
      }
      return bits;
    },
    buildAll() {
      const begin = performance.now();
      build();
      return performance.now() - begin;
    },
  };
  return index;
}

/** The positions in every one of the sets (the first set, changed in place). */
export function intersect(sets: readonly Bits[]): Bits {
  const bits = sets[0] as Bits;
  for (const other of sets.slice(1)) for (let w = 0; w < bits.length; w++) (bits[w] as number) &= other[w] as number;
  return bits;
}
