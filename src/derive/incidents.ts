// Published incidents: empty claim lists filled in, sides, casualty estimates and the source file derived.
import type { z } from "zod";
import type { IncidentRecordSchema, IncidentSchema, PartySchema, SideSchema } from "../schema/index.js";
import { SIDES } from "../schema/enums.js";
import { deriveEstimates } from "../claims/estimates.js";
import { type StatementDay, statementDayFrom } from "../claims/statement-day.js";
import { inclusionClassOf } from "./inclusion.js";

type IncidentRecord = z.output<typeof IncidentRecordSchema>;
type Incident = z.output<typeof IncidentSchema>;
type Party = z.output<typeof PartySchema>;
type Side = z.output<typeof SideSchema>;

/** The sides of everyone who took part or whose losses are claimed, in the order SideSchema lists them. */
export function sidesOf(
  record: Pick<IncidentRecord, "actors" | "casualties">,
  parties: ReadonlyMap<string, Party>,
): Side[] {
  const involved = new Set(
    [...record.actors, ...(record.casualties ?? []).map((claim) => claim.losses)]
      .map((id) => parties.get(id)?.side)
      .filter((side): side is Side => side !== undefined),
  );
  return SIDES.filter((side) => involved.has(side));
}

export function publishIncident(
  record: IncidentRecord,
  file: string,
  parties: ReadonlyMap<string, Party>,
  dayOf: StatementDay = statementDayFrom(),
): Incident {
  const casualties = record.casualties ?? [];
  return {
    ...record,
    casualties,
    accusations: record.accusations ?? [],
    denials: record.denials ?? [],
    sides: sidesOf(record, parties),
    inclusion: inclusionClassOf(record),
    estimates: deriveEstimates(casualties, parties, dayOf),
    file,
  };
}

export function compareIncidents(
  a: { id: string; span: { start: string } },
  b: { id: string; span: { start: string } },
) {
  const keyA = `${a.span.start} ${a.id}`;
  const keyB = `${b.span.start} ${b.id}`;
  return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
}
