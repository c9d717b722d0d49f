import { describe, expect, it } from "vitest";
import { ancestorsOf, placeLabel, publishPlaces } from "../../src/derive/places.js";

const record = (id: string, parent?: string, extra: Record<string, unknown> = {}) =>
  ({
    id,
    kind: parent ? "settlement" : "country",
    country: "AZ",
    ...(parent && { parent }),
    name: id,
    names: {},
    variants: [],
    ...extra,
  }) as never;

describe("placeLabel", () => {
  it("shows both names where the sides differ, the data's name first", () => {
    expect(
      placeLabel(
        record("stepanakert", "azerbaijan", {
          name: "Stepanakert",
          sideNames: { armenia: "Stepanakert", azerbaijan: "Khankendi" },
        }),
      ),
    ).toBe("Stepanakert / Khankendi");
    expect(
      placeLabel(
        record("kalbajar", "azerbaijan", {
          name: "Kalbajar",
          sideNames: { armenia: "Karvachar", azerbaijan: "Kalbajar" },
        }),
      ),
    ).toBe("Kalbajar / Karvachar");
  });
  it("is the name alone where the sides agree", () => {
    expect(placeLabel(record("tegh", "armenia", { name: "Tegh" }))).toBe("Tegh");
  });
});

describe("ancestors", () => {
  it("walks the parent chain, nearest first, and sorts the published places by id", () => {
    const places = [record("tegh", "syunik"), record("armenia"), record("syunik", "armenia")];
    expect(ancestorsOf(places[0]!, new Map(places.map((p: { id: string }) => [p.id, p])) as never)).toEqual([
      "syunik",
      "armenia",
    ]);
    expect(publishPlaces(places).map((p) => [p.id, p.ancestors])).toEqual([
      ["armenia", []],
      ["syunik", ["armenia"]],
      ["tegh", ["syunik", "armenia"]],
    ]);
  });
});
