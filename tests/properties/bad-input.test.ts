// Every exported function, given arbitrary values, returns or throws one of the package's own errors: no
// TypeError, RangeError or other stray error escapes an export. Runs with a fixed seed (repeatable) and with a
// random one (fast-check prints it on failure, so a failure can be replayed with `seed`).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as article from "../../src/article.js";
import * as create from "../../src/create.js";
import { isIncidentsError } from "../../src/errors.js";
import * as main from "../../src/index.js";
import { fixtureInput } from "../fixtures/dataset.js";

type Fn = (...args: unknown[]) => unknown;

/** The callable exports of a module: functions that are not classes. */
function functionsOf(module: Record<string, unknown>, prefix: string): [string, Fn][] {
  return Object.entries(module)
    .filter(([, value]) => typeof value === "function" && !/^class\b/.test(Function.prototype.toString.call(value)))
    .map(([name, value]) => [`${prefix}${name}`, value as Fn]);
}

/** The helpers bound to a dataset, as `release` and createDataset give them. */
function datasetFunctions(dataset: Record<string, unknown>, prefix: string): [string, Fn][] {
  return Object.entries(dataset)
    .filter(([, value]) => typeof value === "function")
    .map(([name, value]) => [`${prefix}${name}`, value as Fn]);
}

const small = create.createDataset(fixtureInput);
const TARGETS: [string, Fn][] = [
  ...functionsOf(main as unknown as Record<string, unknown>, ""),
  ...functionsOf(create as unknown as Record<string, unknown>, "create."),
  ...functionsOf(article as unknown as Record<string, unknown>, "article."),
  ...datasetFunctions(small as unknown as Record<string, unknown>, "createDataset(…)."),
];

/** Values a caller may pass by mistake: anything, and near-misses of what the functions expect. */
const value = fc.oneof(
  fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true }),
  fc.constantFrom("", "2023-04-11-tegh", "tegh", "2023-13-45", "armenia", "Digh", NaN, Infinity, -1, null, undefined),
  fc.record(
    { from: fc.anything(), to: fc.anything(), near: fc.anything(), place: fc.anything() },
    { requiredKeys: [] },
  ),
  fc.array(fc.anything(), { maxLength: 3 }),
);
const args = fc.array(value, { maxLength: 3 });

function check(name: string, fn: Fn, parameters: fc.Parameters<[unknown[]]>) {
  fc.assert(
    fc.property(args, (list) => {
      try {
        fn(...list);
      } catch (error) {
        if (!isIncidentsError(error)) {
          throw new Error(`${name}(${list.map((a) => typeof a).join(", ")}) threw ${String(error)}`, { cause: error });
        }
      }
    }),
    parameters,
  );
}

describe("every export, given bad input", () => {
  it("covers the exports of the main, /create and /article entries and a dataset's helpers", () => {
    const names = TARGETS.map(([name]) => name);
    for (const expected of [
      "getPlace",
      "filterIncidents",
      "distanceKm",
      "writeCSV",
      "create.createDataset",
      "article.readArticle",
      "createDataset(…).casualtyTotals",
    ]) {
      expect(names).toContain(expected);
    }
  });

  // Generous timeouts: a property run is a correctness check, and a busy machine must not fail it.
  for (const [name, fn] of TARGETS) {
    it(`${name}: returns, or throws one of the package's errors (fixed seed)`, { timeout: 60_000 }, () => {
      check(name, fn, { seed: 20_261_207, numRuns: 150 });
    });
  }

  it("holds for every export with a random seed (printed on failure)", { timeout: 300_000 }, () => {
    for (const [name, fn] of TARGETS) check(name, fn, { numRuns: 40 });
  });
});
