// The inclusion policy as a rule over a record: why an incident is in the record. The README's "What the record
// includes" states the same policy in words; the lint reports a record that fits no class.
import { ACCUSATIONS_FROM, type IncidentTypeValue, type InclusionClassValue } from "../schema/enums.js";
import { CASUALTY_CATEGORIES } from "../schema/categories.js";

/** What the rule reads of an incident. */
export interface InclusionInput {
  readonly types: readonly IncidentTypeValue[];
  readonly span: { readonly start: string };
  readonly casualties?:
    | readonly { readonly [category in (typeof CASUALTY_CATEGORIES)[number]]?: number | "unspecified" | undefined }[]
    | undefined;
  readonly accusations?: readonly unknown[] | undefined;
}

const STRIKE_TYPES: readonly IncidentTypeValue[] = ["shelling", "missile-strike", "air-strike", "drone-strike"];
const GROUND_TYPES: readonly IncidentTypeValue[] = ["offensive", "incursion", "capture", "blockade"];

/** Someone killed, wounded, captured or missing by some claim: a count above zero, or a category without one. */
function hasCasualties(record: InclusionInput): boolean {
  return (record.casualties ?? []).some((claim) =>
    CASUALTY_CATEGORIES.some((category) => {
      const count = claim[category];
      return count === "unspecified" || (typeof count === "number" && count > 0);
    }),
  );
}

/** The incident's inclusion class: `other` where it fits none (the lint rejects those in the shipped record). */
export function inclusionClassOf(record: InclusionInput): InclusionClassValue {
  const typed = (types: readonly IncidentTypeValue[]) => record.types.some((type) => types.includes(type));
  if (record.types.includes("mine-explosion")) return "mine";
  if (record.types.includes("explosion")) return "related";
  if (hasCasualties(record)) return "casualties";
  if (record.span.start >= ACCUSATIONS_FROM && (record.accusations ?? []).length > 0) return "accusation";
  if (typed(STRIKE_TYPES)) return "strike";
  if (typed(GROUND_TYPES)) return "ground";
  return "other";
}
