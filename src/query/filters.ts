// The registry of incident filters: one entry per filter gives the query key filterIncidents accepts, the
// command line's flag and its help, and whether a flag takes several values. Enum values come from the schemas'
// lists, so a new side or incident type shows up in the help without an edit here.
import { INCIDENT_TYPES, SIDES } from "../schema/enums.js";

export interface FilterSpec {
  /** The key in a query object, and the flag's name (`--from`). */
  readonly key: "from" | "to" | "party" | "place" | "near" | "type" | "episode";
  /** What the flag takes, for the help: `<date>`. */
  readonly argument: string;
  /** The help text, one or more lines. */
  readonly help: readonly string[];
  /** Repeated or comma-separated values on the command line; a list in a query. */
  readonly multiple: boolean;
}

const wrap = (words: readonly string[], width = 78): string[] => {
  const lines: string[] = [];
  let current = "";
  for (const word of words) {
    const next = current === "" ? word : `${current} ${word}`;
    if (next.length > width && current !== "") {
      lines.push(current);
      current = word;
    } else current = next;
  }
  if (current !== "") lines.push(current);
  return lines;
};

export const FILTER_SPECS: readonly FilterSpec[] = /* @__PURE__ */ (() => [
  {
    key: "from",
    argument: "<date>",
    multiple: false,
    help: ["incidents whose span reaches this date or later: YYYY, YYYY-MM or YYYY-MM-DD"],
  },
  { key: "to", argument: "<date>", multiple: false, help: ["incidents whose span starts on this date or earlier"] },
  { key: "party", argument: "<side|id>", multiple: true, help: [`a side (${SIDES.join(", ")}) or a party id`] },
  {
    key: "place",
    argument: "<place>",
    multiple: true,
    help: ["a place and everything inside it, by id or by any name or spelling (Digh, Khankendi); see: places <name>"],
  },
  {
    key: "near",
    argument: "<where:km>",
    multiple: false,
    help: [
      'within km of a place, by id or name (tegh:25, Digh:25, "Nerkin Hand:10"), or of a point (39.56,46.48:25), great-circle distance; a place drawn as a line (tavush-tovuz-border:5) is measured from its segments',
    ],
  },
  { key: "type", argument: "<type>", multiple: true, help: [`${INCIDENT_TYPES.join(", ")}`] },
  {
    key: "episode",
    argument: "<id>",
    multiple: true,
    help: ["incidents linked to an episode (a war, an escalation, a blockade)"],
  },
])();

/** The keys filterIncidents accepts, in the registry's order. */
export const FILTER_KEYS = [
  "from",
  "to",
  "party",
  "place",
  "near",
  "type",
  "episode",
] as const satisfies readonly FilterSpec["key"][];

/** The filters' lines for a command's help, aligned. */
export function filterHelp(indent = "  ", column = 21): string {
  return FILTER_SPECS.flatMap((spec) => {
    const flag = `--${spec.key} ${spec.argument}`;
    return spec.help
      .flatMap((text) => wrap(text.split(" ")))
      .map((text, i) => `${indent}${(i === 0 ? flag : "").padEnd(column)}${text}`);
  }).join("\n");
}
