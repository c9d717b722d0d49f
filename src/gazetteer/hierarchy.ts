// The administrative hierarchy: what lies inside what.
import { placeById, places } from "../data/records.js";
import type { Place, PlaceId } from "../data/types.js";
import { requirePlace } from "../lookup/get.js";

let childrenByParent: ReadonlyMap<string, readonly Place[]> | undefined;

function children(id: string): readonly Place[] {
  childrenByParent ??= places.reduce((map, place) => {
    if (place.parent !== undefined) map.set(place.parent, [...(map.get(place.parent) ?? []), place]);
    return map;
  }, new Map<string, Place[]>());
  return childrenByParent.get(id) ?? [];
}

/** True when `place` is `container` itself or lies anywhere inside it. Aliases count as their current ids. */
export function isWithin(place: PlaceId, container: PlaceId): boolean {
  const inner = placeById.get(place);
  const outer = placeById.get(container);
  return inner !== undefined && outer !== undefined && (inner === outer || inner.ancestors.includes(outer.id));
}

/** The parent chain of a place, nearest first, up to its country. */
export function ancestorsOf(id: PlaceId): readonly Place[] {
  return requirePlace(id).ancestors.map((ancestor) => placeById.get(ancestor) as Place);
}

/** Every place inside a place, at any depth, sorted by id. */
export function descendantsOf(id: PlaceId): readonly Place[] {
  const found: Place[] = [];
  const queue = [...children(requirePlace(id).id)];
  for (let next = queue.shift(); next; next = queue.shift()) {
    found.push(next);
    queue.push(...children(next.id));
  }
  return found.sort((a, b) => (a.id < b.id ? -1 : 1));
}
