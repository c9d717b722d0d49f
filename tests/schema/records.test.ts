import { describe, expect, it } from "vitest";
import {
  CasualtyClaimSchema,
  IncidentRecordSchema,
  PartySchema,
  PlaceRecordSchema,
  SourceSchema,
} from "../../src/schema/index.js";

const tegh = {
  id: "tegh",
  kind: "settlement",
  country: "AM",
  parent: "syunik-province",
  name: "Tegh",
  names: { hy: "Տեղ", ru: "Тех" },
  variants: ["Tekh"],
  coordinates: [46.48054, 39.55826],
  coordinateSource: { geonamesId: 174743 },
};

const incident = {
  id: "2023-04-11-tegh",
  title: "Exchange of fire near Tegh",
  types: ["exchange-of-fire"],
  span: { start: "2023-04-11", end: "2023-04-11", precision: "day" },
  locations: [{ place: "tegh", relation: "near" }],
  actors: ["armenia-armed-forces", "azerbaijan-armed-forces"],
  summary: "Both sides reported losses.",
  casualties: [{ losses: "armenia-armed-forces", killed: 4, wounded: 6, claimant: "armenia-mod", sources: ["a"] }],
  verification: "corroborated",
  sources: ["a"],
};

describe("PlaceRecordSchema", () => {
  it("accepts a settlement with names in their scripts", () => {
    expect(PlaceRecordSchema.parse(tegh).names.hy).toBe("Տեղ");
  });
  it("rejects a name in the wrong script", () => {
    const result = PlaceRecordSchema.safeParse({ ...tegh, names: { hy: "Tegh" } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("must be written in the Armenian script");
  });
  it("rejects a place without a parent unless it is a country, and a country with one", () => {
    const { parent: _parent, ...orphan } = tegh;
    expect(PlaceRecordSchema.safeParse(orphan).error?.issues[0]?.message).toBe(
      "every place but a country has a parent",
    );
    expect(PlaceRecordSchema.safeParse({ ...tegh, kind: "country" }).error?.issues[0]?.message).toBe(
      "a country has no parent",
    );
  });
  it("requires coordinates and their source together", () => {
    const { coordinateSource: _source, ...uncredited } = tegh;
    expect(PlaceRecordSchema.safeParse(uncredited).error?.issues[0]?.message).toBe(
      "coordinates and coordinateSource come together",
    );
    const { coordinates: _c, coordinateSource: _s, ...withoutBoth } = tegh;
    expect(PlaceRecordSchema.safeParse(withoutBoth).success).toBe(true);
  });
  it("rejects out-of-range coordinates, a non-kebab id and identical side names", () => {
    expect(PlaceRecordSchema.safeParse({ ...tegh, coordinates: [200, 39] }).success).toBe(false);
    expect(PlaceRecordSchema.safeParse({ ...tegh, id: "Tegh" }).success).toBe(false);
    expect(PlaceRecordSchema.safeParse({ ...tegh, sideNames: { armenia: "Tegh", azerbaijan: "Tegh" } }).success).toBe(
      false,
    );
  });
});

describe("CasualtyClaimSchema", () => {
  it("accepts a figure or 'unspecified'", () => {
    expect(CasualtyClaimSchema.parse({ losses: "x", killed: "unspecified", sources: ["a"] }).killed).toBe(
      "unspecified",
    );
  });
  it("needs at least one figure and one source, and whole non-negative numbers", () => {
    expect(CasualtyClaimSchema.safeParse({ losses: "x", sources: ["a"] }).error?.issues[0]?.message).toBe(
      "a casualty claim gives at least one of killed, wounded, captured, missing",
    );
    expect(CasualtyClaimSchema.safeParse({ losses: "x", killed: 1, sources: [] }).success).toBe(false);
    expect(CasualtyClaimSchema.safeParse({ losses: "x", killed: -1, sources: ["a"] }).success).toBe(false);
    expect(CasualtyClaimSchema.safeParse({ losses: "x", killed: 1.5, sources: ["a"] }).success).toBe(false);
  });
});

describe("IncidentRecordSchema", () => {
  it("accepts a terse record without empty claim lists", () => {
    expect(IncidentRecordSchema.parse(incident).accusations).toBeUndefined();
  });
  it("rejects repeated types, an unknown type, a bad time and an empty location list", () => {
    expect(IncidentRecordSchema.safeParse({ ...incident, types: ["shelling", "shelling"] }).success).toBe(false);
    expect(IncidentRecordSchema.safeParse({ ...incident, types: ["skirmish"] }).success).toBe(false);
    expect(IncidentRecordSchema.safeParse({ ...incident, time: "24:00" }).success).toBe(false);
    expect(IncidentRecordSchema.safeParse({ ...incident, locations: [] }).success).toBe(false);
  });
  it("rejects unknown fields instead of dropping them", () => {
    expect(IncidentRecordSchema.safeParse({ ...incident, casualtiesTotal: 7 }).success).toBe(false);
  });
});

describe("PartySchema and SourceSchema", () => {
  it("puts every party on a known side", () => {
    expect(PartySchema.safeParse({ id: "x", name: "X", side: "turkey", kind: "ministry" }).success).toBe(false);
  });
  it("needs a source to name its publisher, title or address", () => {
    expect(SourceSchema.safeParse({ id: "s", language: "en", kind: "newspaper" }).error?.issues[0]?.message).toBe(
      "a source names at least its publisher, its title or its address",
    );
    expect(
      SourceSchema.safeParse({
        id: "s",
        publisher: "RFE/RL",
        published: "2023-06",
        language: "en",
        kind: "broadcaster",
      }).success,
    ).toBe(true);
  });
  it("rejects a malformed address or publication date", () => {
    expect(
      SourceSchema.safeParse({ id: "s", url: "ftp://example.org/x", language: "en", kind: "newspaper" }).success,
    ).toBe(false);
    expect(
      SourceSchema.safeParse({ id: "s", publisher: "P", published: "2023-02-30", language: "en", kind: "newspaper" })
        .success,
    ).toBe(false);
  });
});
