import { describe, expect, it } from "vitest";
import { createDataset, DatasetError } from "../../src/create.js";
import { UnknownIdError } from "../../src/errors.js";
import { getMilestone, milestoneIds, milestones, release } from "../../src/index.js";
import { MilestoneSchema } from "../../src/schema/index.js";
import { fixtureInput } from "../fixtures/dataset.js";

const meeting = {
  id: "2020-08-01-talks",
  span: { start: "2020-08-01", end: "2020-08-01", precision: "day" },
  process: "border-delimitation",
  title: "Fictional talks",
  summary: "A fictional meeting for tests.",
  actors: ["am-mod", "az-mod"],
  places: ["beta"],
  sources: ["src-a"],
} as const;

describe("milestones", () => {
  it("are shipped sorted by date, each with sources, the peace treaty's text and the Washington summit among them", () => {
    expect(milestones.map((m) => m.span.start)).toEqual([...milestones.map((m) => m.span.start)].sort());
    expect(milestoneIds).toContain("2025-03-13-peace-treaty-text-agreed");
    const summit = getMilestone("2025-08-08-washington-summit");
    expect(summit.process).toBe("peace-agreement");
    expect(summit.span).toEqual({ start: "2025-08-08", end: "2025-08-08", precision: "day" });
    expect(release.info.counts.milestones).toBe(milestones.length);
    for (const milestone of milestones) expect(milestone.sources.length).toBeGreaterThan(0);
  });

  it("an unknown id throws UnknownIdError with the closest id", () => {
    // A misspelt id fails to compile; at run time it throws with the closest id.
    // @ts-expect-error: not a milestone id of this release
    expect(() => release.getMilestone("2025-08-08-washington-sumit")).toThrow(UnknownIdError);
    const typed = release.getMilestone as (id: string) => unknown;
    expect(() => typed("2025-08-08-washington-sumit")).toThrow('"2025-08-08-washington-summit"');
    expect(release.isMilestoneId("2025-08-08-washington-summit")).toBe(true);
    expect(release.isMilestoneId("2025-08-09-washington-summit")).toBe(false);
  });

  it("are optional in createDataset's input, and checked when given", () => {
    expect(createDataset(fixtureInput).milestones).toEqual([]);
    const data = createDataset({ ...fixtureInput, milestones: [meeting] });
    expect(data.getMilestone("2020-08-01-talks").places).toEqual(["beta"]);
    expect(data.info.counts.milestones).toBe(1);
    const unknownParty = () => createDataset({ ...fixtureInput, milestones: [{ ...meeting, actors: ["am-mdo"] }] });
    expect(unknownParty).toThrow(DatasetError);
    expect(unknownParty).toThrow('milestone-links: unknown party id "am-mdo"');
  });

  it("have ids that start with their date, as precise as the span", () => {
    expect(MilestoneSchema.safeParse(meeting).success).toBe(true);
    expect(MilestoneSchema.safeParse({ ...meeting, id: "2020-08-02-talks" }).success).toBe(false);
    expect(MilestoneSchema.safeParse({ ...meeting, id: "talks" }).success).toBe(false);
    const month = { start: "2020-08-01", end: "2020-08-31", precision: "month" } as const;
    expect(MilestoneSchema.safeParse({ ...meeting, id: "2020-08-talks", span: month }).success).toBe(true);
    expect(MilestoneSchema.safeParse({ ...meeting, id: "2020-08-01-talks", span: month }).success).toBe(false);
    expect(MilestoneSchema.safeParse({ ...meeting, process: "ceasefire" }).success).toBe(false);
  });
});
