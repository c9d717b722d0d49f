import { describe, expect, it } from "vitest";
import { inclusionClassOf, type InclusionInput } from "../../src/derive/inclusion.js";
import { byInclusion, casualtyTotals, filterIncidents, incidents, InvalidQueryError } from "../../src/index.js";

const record = (changes: Partial<InclusionInput> = {}): InclusionInput => ({
  types: ["exchange-of-fire"],
  span: { start: "2023-04-11" },
  casualties: [],
  accusations: [],
  ...changes,
});

describe("the inclusion policy as a rule", () => {
  it("classes a mine or ordnance casualty as mine, before any other class", () => {
    expect(inclusionClassOf(record({ types: ["mine-explosion"], casualties: [{ wounded: 1 }] }))).toBe("mine");
  });

  it("classes a blast that is not an attack as related", () => {
    expect(inclusionClassOf(record({ types: ["explosion"], casualties: [{ killed: 218 }] }))).toBe("related");
  });

  it("counts a claim with a figure above zero, or a category without a number, as casualties", () => {
    expect(inclusionClassOf(record({ casualties: [{ killed: 4 }] }))).toBe("casualties");
    expect(inclusionClassOf(record({ casualties: [{ wounded: "unspecified" }] }))).toBe("casualties");
    // "No losses" is not a casualty: an exchange of fire with none claimed fits no class before 2025.
    expect(inclusionClassOf(record({ casualties: [{ killed: 0, wounded: 0 }] }))).toBe("other");
  });

  it("takes an accusation of fire alone from 1 January 2025, not before", () => {
    const accused = { accusations: [{ claimant: "azerbaijan-mod" }] };
    expect(inclusionClassOf(record({ ...accused, span: { start: "2025-01-01" } }))).toBe("accusation");
    expect(inclusionClassOf(record({ ...accused, span: { start: "2024-12-31" } }))).toBe("other");
    // From 2025 a strike without casualties is an accusation too: someone's word that it happened.
    expect(inclusionClassOf(record({ ...accused, types: ["shelling"], span: { start: "2025-03-31" } }))).toBe(
      "accusation",
    );
  });

  it("classes strikes on settlements and ground taken without casualties", () => {
    expect(inclusionClassOf(record({ types: ["missile-strike"] }))).toBe("strike");
    expect(inclusionClassOf(record({ types: ["drone-strike", "exchange-of-fire"] }))).toBe("strike");
    expect(inclusionClassOf(record({ types: ["incursion"] }))).toBe("ground");
    expect(inclusionClassOf(record({ types: ["blockade"] }))).toBe("ground");
  });

  it("gives every shipped incident a class of the policy", () => {
    expect(incidents.filter((incident) => incident.inclusion === "other").map((incident) => incident.id)).toEqual([]);
    const byClass = (name: string) => incidents.filter((incident) => incident.inclusion === name).length;
    expect(byClass("mine")).toBe(incidents.filter((incident) => incident.types.includes("mine-explosion")).length);
    expect(byClass("related")).toBeGreaterThanOrEqual(1);
  });
});

describe("the inclusion filter", () => {
  it("leaves the mine casualties out of a list and its totals in one option", () => {
    const year = filterIncidents({ from: "2021", to: "2021" });
    const withoutMines = filterIncidents({ from: "2021", to: "2021", excludeInclusion: "mine" });
    const mines = year.filter((incident) => incident.types.includes("mine-explosion"));
    expect(mines.length).toBeGreaterThan(10);
    expect(withoutMines.map((incident) => incident.id)).toEqual(
      year.filter((incident) => !mines.includes(incident)).map((incident) => incident.id),
    );
    const killed = (list: typeof year) =>
      casualtyTotals(list, { episodes: false }).reduce((sum, total) => sum + (total.own.killed ?? 0), 0);
    expect(killed(withoutMines)).toBeLessThan(killed(year));
  });

  it("keeps one class, or several, and reads the same through its predicate", () => {
    const accusations = filterIncidents({ inclusion: "accusation" });
    expect(accusations.length).toBeGreaterThan(0);
    expect(accusations.every((incident) => incident.span.start >= "2025-01-01")).toBe(true);
    expect(filterIncidents({ inclusion: ["strike", "ground"] }).length).toBe(
      incidents.filter((incident) => incident.inclusion === "strike" || incident.inclusion === "ground").length,
    );
    expect(incidents.filter(byInclusion({ excludeInclusion: ["mine", "accusation"] })).length).toBe(
      incidents.length - filterIncidents({ inclusion: ["mine", "accusation"] }).length,
    );
  });

  it("refuses a class that does not exist, with the nearest one", () => {
    expect(() => filterIncidents({ inclusion: "mines" as never })).toThrow(InvalidQueryError);
    expect(() => filterIncidents({ excludeInclusion: "mines" as never })).toThrow(/Did you mean "mine"/);
  });
});
