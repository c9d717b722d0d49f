import { describe, expect, it } from "vitest";
import { integrityChecks, noFutureDates, runIntegrityChecks } from "../../src/schema/index.js";

const place = (
  id: string,
  kind: string,
  parent: string | undefined,
  country: "AM" | "AZ",
  coordinates?: [number, number],
) => ({
  id,
  kind,
  country,
  ...(parent !== undefined && { parent }),
  ...(coordinates !== undefined && { coordinates }),
});

const valid = () => ({
  incidents: [
    {
      id: "2023-04-11-tegh",
      span: { start: "2023-04-11", end: "2023-04-11" },
      locations: [{ place: "tegh" }],
      actors: ["am"],
      casualties: [{ losses: "am", claimant: "am", sources: ["s1"] }],
      accusations: [{ claimant: "am", accused: "az", sources: ["s1"] }],
      denials: [],
      sources: ["s1"],
    },
  ],
  places: [
    place("armenia", "country", undefined, "AM", [45, 40]),
    place("syunik-province", "province", "armenia", "AM", [46.25, 39.25]),
    place("tegh", "settlement", "syunik-province", "AM", [46.48054, 39.55826]),
  ],
  parties: [{ id: "am" }, { id: "az" }],
  sources: [{ id: "s1" }],
});

describe("integrity checks", () => {
  it("find nothing wrong in consistent data", () => {
    expect(runIntegrityChecks(valid())).toEqual([]);
  });

  it("unique-ids reports a repeated id", () => {
    const data = valid();
    data.parties.push({ id: "am" });
    expect(integrityChecks["unique-ids"](data)).toEqual([
      { check: "unique-ids", path: ["parties", 2, "id"], message: 'duplicate id "am" (also used by "am")' },
    ]);
  });

  it("unique-ids treats aliases as ids: each resolves to one record", () => {
    const data = valid();
    data.parties = [{ id: "am", aliases: ["az"] } as never, { id: "az" }];
    expect(integrityChecks["unique-ids"](data).map((i) => i.message)).toEqual([
      'duplicate alias "az" (also used by "az")',
    ]);
  });

  it("references-resolve reports each unknown reference with its path", () => {
    const data = valid();
    const incident = data.incidents[0]!;
    incident.locations = [{ place: "tekh" }];
    incident.accusations = [{ claimant: "am", accused: "ru", sources: ["s1"] }];
    expect(integrityChecks["references-resolve"](data).map((i) => [i.path.join("."), i.message])).toEqual([
      ["incidents.0.locations.0.place", 'unknown place id "tekh"'],
      ["incidents.0.accusations.0.accused", 'unknown party id "ru"'],
    ]);
  });

  it("claim-sources-listed reports a claim citing a source the record does not list", () => {
    const data = valid();
    data.sources.push({ id: "s2" });
    data.incidents[0]!.casualties = [{ losses: "am", claimant: "am", sources: ["s2"] }];
    expect(integrityChecks["claim-sources-listed"](data)[0]?.message).toBe(
      'source "s2" is not in the incident\'s sources',
    );
  });

  it("place-hierarchy reports loops, chains that end below a country, and parents in another country", () => {
    const looping = valid();
    looping.places = [place("a", "settlement", "b", "AM"), place("b", "province", "a", "AM")];
    expect(integrityChecks["place-hierarchy"](looping).map((i) => i.message)).toEqual([
      'parent chain of "a" loops at "a"',
      'parent chain of "b" loops at "b"',
    ]);
    const crossing = valid();
    crossing.places.push(place("lachin", "settlement", "syunik-province", "AZ", [46.55, 39.6]));
    expect(integrityChecks["place-hierarchy"](crossing).map((i) => i.message)).toEqual([
      '"lachin" is in AZ but its parent "syunik-province" is in AM',
    ]);
  });

  it("coordinates-in-country catches swapped longitude and latitude", () => {
    const data = valid();
    data.places[2] = place("tegh", "settlement", "syunik-province", "AM", [39.55826, 46.48054]);
    expect(integrityChecks["coordinates-in-country"](data)[0]?.message).toBe(
      "[39.55826, 46.48054] lies outside AM (are longitude and latitude swapped?)",
    );
  });

  it("sorted-order reports incidents out of date order", () => {
    const data = valid();
    const later = { ...data.incidents[0]!, id: "2023-09-01-sotk", span: { start: "2023-09-01", end: "2023-09-01" } };
    data.incidents.unshift(later);
    expect(integrityChecks["sorted-order"](data)[0]?.message).toBe(
      '"2023-04-11-tegh" comes before "2023-09-01-sotk" by start date',
    );
  });

  it("noFutureDates reports an incident ending after today, and not one ending today", () => {
    expect(noFutureDates("2023-04-10")(valid())[0]?.check).toBe("no-future-dates");
    expect(noFutureDates("2023-04-11")(valid())).toEqual([]);
  });
});
