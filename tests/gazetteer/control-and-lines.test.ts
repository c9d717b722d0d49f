import { describe, expect, it } from "vitest";
import { createDataset, DatasetError } from "../../src/create.js";
import { InvalidQueryError, UnknownIdError } from "../../src/errors.js";
import { fixtureInput, fixturePlaces, makeFixture } from "../fixtures/dataset.js";

const data = makeFixture();

describe("controlOf", () => {
  it("answers from the place's own periods of control", () => {
    expect(data.controlOf("gamma", "2020-09-30")).toMatchObject({
      party: "nk-army",
      side: "nagorno-karabakh",
      place: { id: "gamma" },
    });
    const later = data.controlOf("gamma", "2020-10-02");
    expect(later).toMatchObject({
      party: "az-army",
      side: "azerbaijan",
      period: { from: "2020-10-02", sources: ["src-b"] },
    });
    expect(data.controlOf("gama", "2024-01-01")?.party).toBe("az-army");
  });

  it("inherits from the nearest ancestor that has periods, and says which place answered", () => {
    expect(data.controlOf("ridge", "2020-11-19")).toMatchObject({ party: "nk-army", place: { id: "east-district" } });
    expect(data.controlOf("ridge", "2020-11-20")).toMatchObject({ party: "az-army", place: { id: "east-district" } });
  });

  it("is undefined where no record or period covers the day", () => {
    expect(data.controlOf("alpha", "2021-01-01")).toBeUndefined();
    expect(data.controlOf("gamma", "1990-01-01")).toBeUndefined();
  });

  it("rejects a bad day and an unknown place", () => {
    expect(() => data.controlOf("gamma", "2020-02-30")).toThrow(InvalidQueryError);
    expect(() => data.controlOf("gamma", "2020")).toThrow("must be a day written YYYY-MM-DD");
    expect(() => data.controlOf("gamm", "2020-01-01")).toThrow(UnknownIdError);
  });

  it("checks that periods are sorted, do not overlap and cite known parties", () => {
    const overlapping = fixturePlaces.map((p) =>
      p.id === "gamma"
        ? {
            ...p,
            control: [
              { party: "az-army", from: "2020-01-01", sources: ["src-a"] },
              { party: "nobody", from: "2020-06-01", sources: ["src-a"] },
            ],
          }
        : p,
    );
    let error: unknown;
    try {
      createDataset({ ...fixtureInput, places: overlapping });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).issues.map((i) => `${i.record} ${i.path.join(".")}`)).toContain(
      "gamma control.1.from",
    );
  });
});

describe("lines", () => {
  it("are emitted in GeoJSON as a LineString, with a point as a GeometryCollection", () => {
    const incident = {
      ...data.getIncident("2023-04-11-beta"),
      locations: [
        { place: "front", relation: "at" as const },
        { place: "high-road", relation: "near" as const },
      ],
    };
    const [front, road] = data.toGeoJSON([incident]).features;
    expect(front?.geometry).toEqual({
      type: "LineString",
      coordinates: [
        [45.3, 40.9],
        [45.35, 40.95],
      ],
    });
    expect(road?.geometry).toEqual({
      type: "GeometryCollection",
      geometries: [
        { type: "Point", coordinates: [45.1, 40.5] },
        {
          type: "LineString",
          coordinates: [
            [45, 40.4],
            [45.1, 40.5],
            [45.2, 40.6],
          ],
        },
      ],
    });
  });

  it("drawn through places must have those places' coordinates, in order", () => {
    const wrong = fixturePlaces.map((p) =>
      p.id === "front"
        ? {
            ...p,
            line: {
              coordinates: [
                [45.35, 40.95],
                [45.3, 40.9],
              ] as [number, number][],
              source: { throughPlaces: ["alpha", "beta"] },
            },
          }
        : p,
    );
    expect(() => createDataset({ ...fixtureInput, places: wrong })).toThrow("not the coordinates of its throughPlaces");
  });
});
