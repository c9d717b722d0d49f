// Reports a spelling that names two places, so that curators know to resolve it by context.
import { parentChain } from "../../../src/schema/chain.js";
import { allNamesOf } from "../../../src/gazetteer/names.js";
import { normalizeName } from "../../../src/gazetteer/normalize.js";
import type { Problem } from "../../data/parse.js";
import type { LintCheck } from "./types.js";

export const sharedSpellings: LintCheck = {
  name: "shared-spellings",
  description:
    "a name or spelling that resolves to two places is reported (a warning: resolve it by context in the records)",
  severity: "warning",
  run: ({ records }) => {
    const owners = new Map<string, Set<string>>();
    for (const { record } of records.places) {
      for (const name of allNamesOf(record)) {
        const key = normalizeName(name);
        if (key === "") continue;
        const set = owners.get(key) ?? new Set<string>();
        set.add(record.id);
        owners.set(key, set);
      }
    }
    const fileOf = new Map(records.places.map(({ file, record }) => [record.id, file]));
    const byId = new Map(records.places.map(({ record }) => [record.id, record]));
    const ancestorsOf = (id: string) => {
      const place = byId.get(id);
      return place ? parentChain(place, byId).ancestors.map((ancestor) => ancestor.id) : [];
    };
    // A town and the district named after it share a name by design: the hierarchy tells them apart.
    const related = (a: string, b: string) => ancestorsOf(b).includes(a) || ancestorsOf(a).includes(b);
    return [...owners.entries()]
      .map(
        ([key, ids]) =>
          [key, [...ids].filter((id) => [...ids].some((other) => other !== id && !related(id, other)))] as const,
      )
      .filter(([, ids]) => ids.length > 1)
      .map(([key, ids]): Problem => {
        const [first = ""] = [...ids].sort();
        return {
          file: fileOf.get(first) ?? "data/places",
          check: "shared-spellings",
          path: [first],
          message: `"${key}" names ${[...ids].sort().join(", ")}`,
        };
      });
  },
};
