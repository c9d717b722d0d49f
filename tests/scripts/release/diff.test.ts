// Each versioning rule on a small fixture history: two states of the data, and the bump between them.
import { describe, expect, it } from "vitest";
import type { ApiSnapshot } from "../../../scripts/release/api.js";
import { diffStates } from "../../../scripts/release/diff/index.js";
import type { DataState, JsonRecord } from "../../../scripts/release/state.js";

const tegh = (): JsonRecord => ({
  id: "2023-04-11-tegh",
  span: { start: "2023-04-11", end: "2023-04-11", precision: "day" },
  casualties: [
    { losses: "armenia-armed-forces", killed: 4, claimant: "armenia-mod", sources: ["s1"] },
    { losses: "azerbaijan-armed-forces", killed: 3, claimant: "azerbaijan-mod", sources: ["s1"] },
  ],
  summary: "A summary.",
});

const state = (incidents: JsonRecord[], api?: ApiSnapshot): DataState => ({
  records: { incidents: Object.fromEntries(incidents.map((i) => [i.id, i])), places: {}, parties: {}, sources: {}, episodes: {}, milestones: {} },
  api,
});

describe("diffStates: records", () => {
  it("needs nothing when nothing changed", () => {
    const diff = diffStates(state([tegh()]), state([tegh()]));
    expect(diff.bump).toBe("none");
    expect(diff.reasons).toEqual([]);
  });

  it("needs a minor release for added records", () => {
    const sotk = { ...tegh(), id: "2023-09-01-sotk" };
    const diff = diffStates(state([tegh()]), state([tegh(), sotk]));
    expect(diff.records.incidents.added).toEqual(["2023-09-01-sotk"]);
    expect(diff.bump).toBe("minor");
  });

  it("needs a patch for a corrected value, and names the field", () => {
    const corrected = tegh();
    (corrected["casualties"] as { killed: number }[])[1]!.killed = 4;
    const diff = diffStates(state([tegh()]), state([corrected]));
    expect(diff.records.incidents.changed).toEqual([
      { id: "2023-04-11-tegh", fields: [{ path: "casualties[1].killed", before: 3, after: 4 }] },
    ]);
    expect(diff.bump).toBe("patch");
  });

  it("reports added and removed fields and array entries as field changes", () => {
    const corrected = { ...tegh(), time: "16:00", casualties: [(tegh()["casualties"] as unknown[])[0]] };
    const fields = diffStates(state([tegh()]), state([corrected])).records.incidents.changed[0]!.fields;
    expect(fields.map((f) => f.path)).toEqual(["casualties[1]", "time"]);
    expect(fields[0]!.after).toBeUndefined();
  });

  it("needs a major release when an id disappears without an alias", () => {
    const diff = diffStates(state([tegh()]), state([]));
    expect(diff.records.incidents.removed).toEqual(["2023-04-11-tegh"]);
    expect(diff.bump).toBe("major");
    expect(diff.reasons).toEqual([{ bump: "major", message: "incidents removed without an alias that still resolves them: 2023-04-11-tegh" }]);
  });

  it("needs only a minor release when the old id survives as an alias of the merged record", () => {
    const duplicate = { ...tegh(), id: "2023-04-11-tekh" };
    const merged = { ...tegh(), aliases: ["2023-04-11-tekh"] };
    const diff = diffStates(state([tegh(), duplicate]), state([merged]));
    expect(diff.records.incidents.aliased).toEqual([{ id: "2023-04-11-tekh", into: "2023-04-11-tegh" }]);
    expect(diff.records.incidents.removed).toEqual([]);
    expect(diff.bump).toBe("minor");
  });

  it("treats a renamed id kept as an alias as minor, and dropping that alias later as major", () => {
    const renamed = { ...tegh(), id: "2023-04-11-tegh-border", aliases: ["2023-04-11-tegh"] };
    expect(diffStates(state([tegh()]), state([renamed])).bump).toBe("minor");
    const aliasDropped = { ...renamed, aliases: undefined };
    const diff = diffStates(state([renamed]), state([aliasDropped as unknown as JsonRecord]));
    expect(diff.records.incidents.removed).toEqual(["2023-04-11-tegh"]);
    expect(diff.bump).toBe("major");
  });
});

describe("diffStates: schemas and exports", () => {
  const schema = (properties: Record<string, unknown>, required: string[]) => ({ type: "object", properties, required });
  const base: ApiSnapshot = {
    schemas: {
      incident: schema(
        { id: { type: "string" }, types: { type: "array", items: { type: "string", enum: ["shelling", "blockade"] } }, time: { type: "string" } },
        ["id", "types"],
      ),
    },
    exports: { ".": { getIncident: "function", incidents: "array", dataset: { version: "string" } } },
  };
  const withSchema = (incident: unknown): ApiSnapshot => ({ ...base, schemas: { incident } });
  const bumpFor = (after: ApiSnapshot) => diffStates(state([], base), state([], after));
  const incident = base.schemas["incident"] as { properties: Record<string, unknown>; required: string[] };

  it("needs nothing for identical snapshots, and compares nothing without one", () => {
    expect(bumpFor(base).bump).toBe("none");
    expect(diffStates(state([]), state([], base)).api).toBeUndefined();
  });

  it("needs a major release when a field is removed, renamed or changes type", () => {
    const { time: _time, ...rest } = incident.properties;
    expect(bumpFor(withSchema(schema(rest, ["id", "types"]))).reasons).toEqual([{ bump: "major", message: "incident.time: field removed" }]);
    const renamed = schema({ ...rest, localTime: { type: "string" } }, ["id", "types"]);
    expect(bumpFor(withSchema(renamed)).bump).toBe("major");
    const retyped = schema({ ...incident.properties, time: { type: "number" } }, ["id", "types"]);
    expect(bumpFor(withSchema(retyped)).reasons).toEqual([{ bump: "major", message: 'incident.time: type changed from "string" to "number"' }]);
  });

  it("needs a minor release for an optional field or an enum value added, major for a value removed", () => {
    const optional = schema({ ...incident.properties, note: { type: "string" } }, ["id", "types"]);
    expect(bumpFor(withSchema(optional)).reasons).toEqual([{ bump: "minor", message: "incident.note: optional field added" }]);
    const required = schema({ ...incident.properties, note: { type: "string" } }, ["id", "types", "note"]);
    expect(bumpFor(withSchema(required)).bump).toBe("major");
    const types = (values: string[]) => schema({ ...incident.properties, types: { type: "array", items: { type: "string", enum: values } } }, ["id", "types"]);
    expect(bumpFor(withSchema(types(["shelling", "blockade", "cyberattack"]))).reasons).toEqual([
      { bump: "minor", message: 'incident.types[]: value "cyberattack" added' },
    ]);
    expect(bumpFor(withSchema(types(["shelling"]))).reasons).toEqual([{ bump: "major", message: 'incident.types[]: value "blockade" removed' }]);
  });

  it("needs a major release when an export is removed or changes shape, minor when one is added", () => {
    const exportsOf = (main: ApiSnapshot["exports"]["."]) => ({ ...base, exports: { ".": main } });
    expect(bumpFor(exportsOf({ incidents: "array", dataset: { version: "string" } })).reasons).toEqual([
      { bump: "major", message: "armenia-azerbaijan-incidents: export getIncident removed" },
    ]);
    expect(bumpFor(exportsOf({ getIncident: "function", incidents: "function", dataset: { version: "string" } })).bump).toBe("major");
    const added = bumpFor(exportsOf({ getIncident: "function", incidents: "array", toCSV: "function", dataset: { version: "string", contentHash: "string" } }));
    expect(added.reasons).toEqual([
      { bump: "minor", message: "armenia-azerbaijan-incidents: dataset.contentHash: added" },
      { bump: "minor", message: "armenia-azerbaijan-incidents: export toCSV added" },
    ]);
  });
});

describe("a record type's JSON Schema", () => {
  it("is one minor change when added and one major change when removed, not one per field", async () => {
    const { diffApi } = await import("../../../scripts/release/diff/index.js");
    const schema = { type: "object", properties: { id: { type: "string" } }, required: ["id"] };
    const api = (schemas: Record<string, unknown>) => ({ schemas, exports: {} }) as unknown as ApiSnapshot;
    expect(diffApi(api({}), api({ episode: schema }))).toEqual([{ bump: "minor", message: "episode: JSON Schema added" }]);
    expect(diffApi(api({ episode: schema }), api({}))).toEqual([{ bump: "major", message: "episode: JSON Schema removed" }]);
  });
});
