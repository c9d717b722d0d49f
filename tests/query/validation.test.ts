// Validation that is consistent (issue 13): each bad input gets an error that names it, on a fixture dataset.
import { describe, expect, it } from "vitest";
import type { CliDataset } from "../../src/cli/dataset.js";
import { run } from "../../src/cli/run.js";
import { InvalidQueryError, UnknownIdError } from "../../src/errors.js";
import { distanceKm } from "../../src/gazetteer/distance.js";
import { makeFixture } from "../fixtures/dataset.js";

const data = makeFixture();
const cli = (argv: string[]) => run(argv, { isTTY: false, columns: 80 }, data as unknown as CliDataset);

describe("query validation", () => {
  it("names NaN and Infinity in the error about km, not null", () => {
    expect(() => data.filterIncidents({ near: { place: "alpha", km: Number.NaN } })).toThrow("Invalid near.km NaN:");
    expect(() => data.filterIncidents({ near: { place: "alpha", km: Infinity } })).toThrow("Invalid near.km Infinity:");
  });

  it("rejects near with both a place and a point", () => {
    const both = { place: "alpha", lat: 40.9, lon: 45.3, km: 5 } as never;
    expect(() => data.filterIncidents({ near: both })).toThrow(/takes a place or a point \(lat, lon\), not both/);
    expect(() => data.byLocation({ near: both })).toThrow(InvalidQueryError);
  });

  it("rejects an array as a query instead of answering with everything", () => {
    expect(() => data.filterIncidents([] as never)).toThrow(/Invalid query \[\]: must be an object of filters/);
  });

  it("says a date of the right shape that is not on the calendar is not a calendar date", () => {
    expect(() => data.filterIncidents({ from: "2023-02-30" })).toThrow(
      'Invalid from "2023-02-30": is not a calendar date.',
    );
    expect(() => data.filterIncidents({ to: "2023-13" })).toThrow('Invalid to "2023-13": is not a calendar date.');
    expect(() => data.filterIncidents({ from: "30.02.2023" })).toThrow(
      "must be a date written YYYY, YYYY-MM or YYYY-MM-DD",
    );
    expect(() => data.controlOf("gamma", "2023-02-30")).toThrow("is not a calendar date");
  });

  it("quotes at most the first 100 characters of a bad input", () => {
    const long = "x".repeat(5000);
    for (const call of [
      () => data.filterIncidents({ from: long }),
      () => data.getIncident(long),
      () => data.filterIncidents({ type: long as never }),
    ]) {
      let message = "";
      try {
        call();
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toContain("x".repeat(99));
      expect(message).not.toContain("x".repeat(102));
    }
    for (const argv of [
      ["list", "--format", long],
      [long],
      ["places", long],
      ["show", "x", "--format", long],
      ["list", long],
      ["--latest", long],
    ]) {
      const { code, stderr } = cli(argv);
      expect(code, argv[0]).toBe(2);
      expect(stderr.length, argv.join(" ").slice(0, 40)).toBeLessThan(300);
    }
  });
});

describe("isWithin", () => {
  it("throws for an unknown container or place, as ancestorsOf does", () => {
    expect(data.isWithin("alpha", "armenia")).toBe(true);
    expect(() => data.ancestorsOf("armenai")).toThrow(UnknownIdError);
    expect(() => data.isWithin("alpha", "armenai")).toThrow(UnknownIdError);
    expect(() => data.isWithin("alpah", "armenia")).toThrow(UnknownIdError);
  });
});

describe("distanceKm", () => {
  it("rejects points out of range, of the wrong length or NaN", () => {
    const ok: [number, number] = [45, 40];
    for (const bad of [
      [200, 40],
      [45, 95],
      [45],
      [45, 40, 0],
      [Number.NaN, 40],
      [45, Number.NaN],
      ["45", "40"],
      null,
    ]) {
      expect(() => distanceKm(bad as never, ok), JSON.stringify(bad)).toThrow(RangeError);
      expect(() => distanceKm(ok, bad as never), JSON.stringify(bad)).toThrow(RangeError);
    }
    expect(distanceKm(ok, ok)).toBe(0);
    expect(distanceKm([180, 90], [-180, -90])).toBeCloseTo(Math.PI * 6371.0088, 3);
  });
});

describe("--near with latitude and longitude swapped", () => {
  it("says so when the latitude is out of range", () => {
    const result = cli(["list", "--near", "145.3,40.9:10"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("145.3 is not a latitude");
  });

  it("says so when the point lies far from every place but would lie among them swapped", () => {
    // Alpha is at latitude 40.9, longitude 45.3.
    const result = cli(["list", "--near", "45.3,40.9:10"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Did you mean --near 40.9,45.3:10?");
    expect(cli(["list", "--near", "40.9,45.3:10"]).code).toBe(0);
  });
});
