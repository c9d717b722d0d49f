// The explorer's view state (site/src/state.ts) without a browser: a link round-trips, unknown values are
// dropped and reported, and the filters become exactly the query filterIncidents is given.
import { describe, expect, it } from "vitest";
import type { AnyDataset } from "../../site/src/model.js";
import { EMPTY_STATE, parseState, serializeState, toQuery } from "../../site/src/state.js";
import { filterIncidents, incidents, release } from "../../src/index.js";

const dataset = release as unknown as AnyDataset;
const types = [...new Set(incidents.flatMap((incident) => incident.types))];

describe("the explorer's view state", () => {
  it("round-trips a view through a query string", () => {
    const search =
      "?from=2021-01&to=2023-06&party=azerbaijan,armenia-mod&place=tegh,syunik-province&type=shelling,exchange-of-fire&incident=2023-04-11-tegh&lang=hy&colour=type&figures=other&tiles=https://tiles.example/{z}/{x}/{y}.png";
    const { state, ignored } = parseState(search, dataset, types);
    expect(ignored).toEqual([]);
    expect(serializeState(state)).toBe(search);
    expect(parseState(serializeState(state), dataset, types).state).toEqual(state);
  });

  it("writes nothing for the default view", () => {
    expect(serializeState(EMPTY_STATE)).toBe("");
    expect(parseState("", dataset, types).state).toEqual(EMPTY_STATE);
    expect(toQuery(EMPTY_STATE)).toEqual({});
  });

  it("drops what the data does not know, and says so", () => {
    const { state, ignored } = parseState(
      "?place=atlantis,tegh&party=martians&type=picnic&from=yesterday&incident=nope&lang=xx&tiles=ftp://x&episode=war",
      dataset,
      types,
    );
    expect(state.place).toEqual(["tegh"]);
    expect(state.party).toEqual([]);
    expect(state.type).toEqual([]);
    expect(state.from).toBe("");
    expect(state.incident).toBe("");
    expect(state.lang).toBe("en");
    expect(state.tiles).toBe("");
    expect(state.episode).toBe("");
    expect(ignored).toHaveLength(8);
  });

  it("keeps an episode the data has", () => {
    const { state, ignored } = parseState("?episode=2020-war", dataset, types, ["2020-war"]);
    expect(state.episode).toBe("2020-war");
    expect(ignored).toEqual([]);
    expect(serializeState(state)).toBe("?episode=2020-war");
    // The episode is a filter of the registry: filterIncidents answers it.
    expect(toQuery(state)).toEqual({ episode: ["2020-war"] });
    const linked = filterIncidents(toQuery(state) as Parameters<typeof filterIncidents>[0]);
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.every((incident) => incident.episodes?.includes("2020-war"))).toBe(true);
  });

  it("asks filterIncidents exactly the filters the view shows", () => {
    const { state } = parseState("?from=2023&party=azerbaijan&place=syunik-province", dataset, types);
    expect(toQuery(state)).toEqual({ from: "2023", party: ["azerbaijan"], place: ["syunik-province"] });
    expect(
      filterIncidents(toQuery(state) as Parameters<typeof filterIncidents>[0]).map((incident) => incident.id),
    ).toContain("2023-04-11-tegh");
  });
});
