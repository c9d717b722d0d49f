// The filter registry is the one place a filter is added: a filter registered there is a key of filterIncidents,
// a predicate of its own, a flag of `list` with its help, without an edit elsewhere.
import { describe, expect, it } from "vitest";
import { filterOptions, queryFromFlags } from "../../src/cli/filters.js";
import { InvalidQueryError } from "../../src/errors.js";
import { hierarchyOf } from "../../src/gazetteer/hierarchy.js";
import { lookupsFor } from "../../src/lookup/lookup.js";
import { indexRecords } from "../../src/lookup/records.js";
import { defineFilter, type FilterContext } from "../../src/query/definition.js";
import { incidentFilter } from "../../src/query/filter.js";
import { FILTER_KEYS, filterHelp, type FilterList, INCIDENT_FILTERS } from "../../src/query/filters.js";
import { predicatesOf } from "../../src/query/predicates.js";
import { listOf } from "../../src/query/validate.js";
import { release } from "../../src/index.js";
import { makeFixture } from "../fixtures/dataset.js";

const data = makeFixture();
const records = indexRecords(data);
const lookups = lookupsFor(records, () => []);
const context: FilterContext = {
  records,
  hierarchy: hierarchyOf(records, lookups.getPlace),
  requirePlace: lookups.getPlace,
};

/** A filter as a contributor would add it: one module. */
const verificationFilter = defineFilter({
  predicate: "byVerification",
  label: "verification",
  flags: [{ key: "verification", argument: "<level>", multiple: true, help: ["how far the account is verified"] }],
  parse: ({ verification }): ReadonlySet<string> =>
    new Set(
      listOf("verification", verification).map((value) => {
        if (typeof value !== "string") throw new InvalidQueryError("verification", value, "must be a level");
        return value;
      }),
    ),
  test: (wanted) => (incident) => wanted.has(incident.verification),
});
const filters = [...INCIDENT_FILTERS, verificationFilter] as FilterList;

describe("a filter added to the registry", () => {
  it("is a key of filterIncidents, combined with the others", () => {
    const filter = incidentFilter(context, filters);
    const query = { verification: "disputed" } as never;
    expect(filter(query).map((incident) => incident.id)).toEqual(["2021-05-gamma"]);
    expect(filter({ from: "2022", verification: ["disputed"] } as never)).toEqual([]);
    expect(() => filter({ verification: [] } as never)).toThrow(InvalidQueryError);
    // The registry without it refuses the key, naming the filters it has.
    expect(() => incidentFilter(context)(query)).toThrow(/is not a filter; the filters are from, to, party/);
  });

  it("is a predicate of its own", () => {
    const byVerification = predicatesOf(context, filters)["byVerification"]!;
    expect(data.incidents.filter(byVerification("disputed")).map((incident) => incident.id)).toEqual(["2021-05-gamma"]);
  });

  it("is a flag of the command line, with its help", () => {
    expect(filterHelp(filters)).toMatch(/--verification <level> +how far the account is verified/);
    expect(filterHelp()).not.toMatch(/--verification/);
    expect(filterOptions(filters)["verification"]).toEqual({ type: "string", multiple: true });
    expect(queryFromFlags({ verification: ["disputed,single-side"] }, data, filters)).toEqual({
      verification: ["disputed", "single-side"],
    });
  });
});

describe("the registry", () => {
  it("gives every dataset one predicate per filter, and the keys filterIncidents accepts", () => {
    for (const filter of INCIDENT_FILTERS)
      expect(typeof release[filter.predicate as keyof typeof release]).toBe("function");
    expect(INCIDENT_FILTERS.flatMap((filter) => filter.flags.map((flag) => flag.key))).toEqual([...FILTER_KEYS]);
  });
});
