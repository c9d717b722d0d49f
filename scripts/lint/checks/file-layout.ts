import { incidentFilePath } from "../../data/paths.js";
import type { LintCheck } from "./types.js";

const PLACE_FILES: Record<string, string> = { AM: "data/places/armenia.json", AZ: "data/places/azerbaijan.json" };

export const fileLayout: LintCheck = {
  name: "file-layout",
  description: "an incident's file is data/incidents/<year>/<id>.json; a place sits in its country's file",
  run: ({ records }) => [
    ...records.incidents
      .filter(({ file, record }) => file !== incidentFilePath(record.id))
      .map(({ file, record }) => ({
        file,
        check: "file-layout",
        path: ["id"],
        message: `the record "${record.id}" belongs in ${incidentFilePath(record.id)}`,
      })),
    ...records.places
      .filter(({ file, record }) => PLACE_FILES[record.country] !== file)
      .map(({ file, record }) => ({
        file,
        check: "file-layout",
        path: [record.id],
        message: `a place in ${record.country} belongs in ${PLACE_FILES[record.country]}`,
      })),
  ],
};
