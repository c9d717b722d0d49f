// Walking a place's parent chain: one walk for the derived `ancestors` and the hierarchy check, so that loops
// and missing parents are handled the same way everywhere.

export interface ParentChain<P> {
  /** The ancestors found, nearest first (the place itself excluded). */
  readonly ancestors: readonly P[];
  /** The parent id that does not resolve, where the chain breaks off. */
  readonly missing?: string;
  /** The id at which the chain comes back on itself, where it loops. */
  readonly loopsAt?: string;
}

/** Follows `parent` links from a place up to a place without a parent, a missing parent or a loop. */
export function parentChain<P extends { id: string; parent?: string | undefined }>(
  place: P,
  byId: ReadonlyMap<string, P>,
): ParentChain<P> {
  const ancestors: P[] = [];
  const seen = new Set([place.id]);
  for (let parentId = place.parent; parentId !== undefined;) {
    const parent = byId.get(parentId);
    if (!parent) return { ancestors, missing: parentId };
    if (seen.has(parent.id)) return { ancestors, loopsAt: parent.id };
    seen.add(parent.id);
    ancestors.push(parent);
    parentId = parent.parent;
  }
  return { ancestors };
}
