// Round trips and invariants on random input: CSV through csv-parse and back, the canonical form, the estimates.
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalRecord } from "../../scripts/data/canonical.js";
import { deriveEstimates } from "../../src/claims/estimates.js";
import { rowsToCSV } from "../../src/formats/rfc4180.js";
import { SIDES } from "../../src/schema/enums.js";

const awkwardText = fc.string({
  unit: fc.constantFrom("a", "z", " ", ",", '"', "\n", "\r\n", "'", ";", "é", "Ա", "\t"),
  maxLength: 20,
});

describe("CSV (property)", () => {
  it("reads back through csv-parse exactly: commas, quotes and line breaks in any text", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ a: awkwardText, b: awkwardText, n: fc.integer() }), { maxLength: 8 }),
        (rows) => {
          const csv = rowsToCSV(["a", "b", "n"], rows);
          const parsed = parse(csv, { columns: true, record_delimiter: "\r\n", relax_column_count: false }) as Record<
            string,
            string
          >[];
          expect(parsed).toEqual(rows.map((row) => ({ a: row.a, b: row.b, n: String(row.n) })));
        },
      ),
    );
  });
});

const jsonValue = fc.jsonValue({ maxDepth: 3 });
const recordArb = fc
  .dictionary(fc.string({ maxLength: 6 }), jsonValue, { maxKeys: 6 })
  .map((value) => ({ id: "x", ...value }));

describe("canonical form (property)", () => {
  it("is idempotent and keeps the value", () => {
    fc.assert(
      fc.property(recordArb, (record) => {
        const once = canonicalRecord(record);
        expect(canonicalRecord(JSON.parse(once))).toBe(once);
        expect(JSON.parse(once)).toEqual(JSON.parse(JSON.stringify(record)));
        expect(once.endsWith("\n")).toBe(true);
      }),
    );
  });
});

const PARTIES = new Map(
  SIDES.flatMap((side) =>
    [`${side}-a`, `${side}-b`].map((id) => [id, { id, name: id, side, kind: "ministry" as const }] as const),
  ),
);
const partyId = fc.constantFrom(...PARTIES.keys());
const count = fc.oneof(fc.integer({ min: 0, max: 500 }), fc.constant("unspecified" as const));
const claimArb = fc
  .record(
    {
      losses: partyId,
      claimant: partyId,
      reported: fc.integer({ min: 0, max: 30 }).map((d) => `2023-09-${String(1 + (d % 28)).padStart(2, "0")}`),
      killed: count,
      wounded: count,
      captured: count,
      missing: count,
    },
    { requiredKeys: ["losses"] },
  )
  .map((claim) => ({ ...claim, sources: ["s"] }));

describe("estimates (property)", () => {
  it("have low ≤ best ≤ high, each a figure some claimant gave, and count the claimants", () => {
    fc.assert(
      fc.property(fc.array(claimArb, { maxLength: 10 }), (claims) => {
        for (const estimate of deriveEstimates(claims as never, PARTIES)) {
          for (const category of ["killed", "wounded", "captured", "missing"] as const) {
            const range = estimate[category];
            if (!range) continue;
            expect(range.low).toBeLessThanOrEqual(range.best);
            expect(range.best).toBeLessThanOrEqual(range.high);
            const given = claims
              .filter((c) => c.losses === estimate.losses)
              .map((c) => c[category])
              .filter((v) => typeof v === "number");
            expect(given).toContain(range.best);
            expect(range.claimants).toBeGreaterThanOrEqual(1);
          }
        }
      }),
    );
  });
});
