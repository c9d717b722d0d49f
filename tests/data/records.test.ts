import { describe, expect, it } from "vitest";
import { DatasetSchema } from "../../src/schema/index.js";
import { dataset, episodes, getIncident, incidentIds, incidents, milestones, parties, places, sources } from "../../src/index.js";

describe("the shipped records", () => {
  it("match the public dataset schema, integrity checks included", () => {
    const result = DatasetSchema.safeParse(JSON.parse(JSON.stringify({ incidents, places, parties, sources, episodes, milestones })));
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it("are frozen all the way down", () => {
    const incident = getIncident("2023-04-11-tegh");
    expect(Object.isFrozen(incidents)).toBe(true);
    expect(() => {
      (incident as { title: string }).title = "changed";
    }).toThrow(TypeError);
    expect(() => {
      (incident.casualties as unknown[]).push({});
    }).toThrow(TypeError);
    expect(() => {
      (places[0]!.coordinates as unknown as number[])[0] = 0;
    }).toThrow(TypeError);
  });

  it("list incidents by start date and the id unions in the same order", () => {
    const starts = incidents.map((incident) => incident.span.start);
    expect(starts).toEqual([...starts].sort());
    expect(incidents.map((incident) => incident.id)).toEqual([...incidentIds]);
  });

  it("summarise the release", () => {
    expect(dataset.counts).toEqual({ incidents: incidents.length, places: places.length, parties: parties.length, sources: sources.length, episodes: episodes.length, milestones: milestones.length });
    // The span grows with the data: the first start and the last end of the shipped incidents.
    const ends = incidents.map((incident) => incident.span.end).sort();
    expect(dataset.span).toEqual({ start: incidents[0]!.span.start, end: ends.at(-1) });
    expect(dataset.span.start <= "2014-12-31").toBe(true);
    expect(dataset.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(Object.isFrozen(dataset.span)).toBe(true);
  });

  it("keep each side's figures as separate, attributed claims", () => {
    const tegh = getIncident("2023-04-11-tegh");
    const byClaimant = (claimant: string, losses: string) =>
      tegh.casualties.filter((claim) => claim.claimant === claimant && claim.losses === losses && typeof claim.killed === "number").map((claim) => claim.killed);
    expect(byClaimant("armenia-mod", "armenia-armed-forces")).toEqual([4]);
    expect(byClaimant("azerbaijan-mod", "azerbaijan-armed-forces")).toEqual([3]);
    expect(tegh.sides).toEqual(["armenia", "azerbaijan"]);
  });

  it("derive estimates from the claims: a revised count replaces the earlier one", () => {
    const sotk = getIncident("2023-09-01-sotk").estimates.find((estimate) => estimate.losses === "armenia-armed-forces");
    expect(sotk?.killed).toEqual({ low: 3, best: 3, high: 4, claimants: 2, basis: "own-camp" });
  });

  it("record the file each incident was built from", () => {
    expect(getIncident("2023-04-11-tegh").file).toBe("data/incidents/2023/2023-04-11-tegh.json");
  });
});
