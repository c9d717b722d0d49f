// The administrative hierarchy of one dataset's places: what lies inside what.
import type { IndexedRecords } from "../lookup/records.js";
import type { Place } from "../schema/index.js";

export interface Hierarchy {
  isWithin(place: string, container: string): boolean;
  ancestorsOf(id: string): readonly Place[];
  descendantsOf(id: string): readonly Place[];
}

/** `requirePlace` resolves an id or alias, or throws the lookup's UnknownIdError. */
export function hierarchyOf(records: IndexedRecords, requirePlace: (id: string) => Place): Hierarchy {
  let childrenByParent: ReadonlyMap<string, readonly Place[]> | undefined;
  const children = (id: string): readonly Place[] => {
    childrenByParent ??= records.places.reduce((map, place) => {
      if (place.parent !== undefined) map.set(place.parent, [...(map.get(place.parent) ?? []), place]);
      return map;
    }, new Map<string, Place[]>());
    return childrenByParent.get(id) ?? [];
  };
  return {
    /** True when `place` is `container` itself or lies anywhere inside it. Aliases count as their current ids. */
    /** Unknown ids throw the lookup's UnknownIdError, as ancestorsOf does. */
    isWithin(place, container) {
      const inner = requirePlace(place);
      const outer = requirePlace(container);
      return inner === outer || inner.ancestors.includes(outer.id);
    },
    /** The parent chain of a place, nearest first, up to its country. */
    ancestorsOf: (id) => requirePlace(id).ancestors.map((ancestor) => records.placeById.get(ancestor) as Place),
    /** Every place inside a place, at any depth, sorted by id. */
    descendantsOf(id) {
      const found: Place[] = [];
      const queue = [...children(requirePlace(id).id)];
      for (let next = queue.shift(); next; next = queue.shift()) {
        found.push(next);
        queue.push(...children(next.id));
      }
      return found.sort((a, b) => (a.id < b.id ? -1 : 1));
    },
  };
}
