// The package's own records cloned to any size, for the benchmark: copy c of each incident gets the id suffix
// `-c<c>` and, when it is known to the day, every date in it (span, claims, accusations…) moved c mod 28 days
// later, so the copies spread over the weeks after the originals and every year keeps the record's own density
// (2020 the busiest, as in the data). Incidents known only to the month or year keep their dates, which their
// precision ties to whole months and years; a moved copy keeps no episode link (it may fall outside the episode's
// span). Places, parties, sources and episodes are the shipped ones.
import type { PublishedRecords } from "../../src/lookup/records.js";
import type { Incident } from "../../src/schema/index.js";

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** Every YYYY-MM-DD string inside a JSON value moved `days` later. */
function shifted(value: unknown, days: number): unknown {
  if (typeof value === "string")
    return DAY.test(value) ? new Date(Date.parse(value) + days * DAY_MS).toISOString().slice(0, 10) : value;
  if (Array.isArray(value)) return value.map((item) => shifted(item, days));
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shifted(item, days)]));
  return value;
}

/** The JSON text of `size` incidents cloned from these (in copies of the whole list, the last one cut short). */
export function clonedIncidents(incidents: readonly Incident[], size: number): Incident[] {
  const out: Incident[] = [];
  for (let copy = 0; out.length < size; copy++) {
    const days = copy % 28;
    for (const incident of incidents) {
      if (out.length === size) break;
      const source = JSON.parse(JSON.stringify(incident)) as Incident;
      const moved = (incident.span.precision === "day" && days > 0 ? shifted(source, days) : source) as Incident;
      // A moved copy may fall outside its episode's span: it keeps no episode link.
      const { episodes, ...rest } = moved;
      out.push({ ...rest, ...(moved === source && episodes && { episodes }), id: `${incident.id}-c${copy}` });
    }
  }
  return out;
}

/** The shipped records with their incidents cloned to `size`, in the shape createDataset takes. */
export function clonedRecords(shipped: PublishedRecords, size: number): PublishedRecords {
  return {
    incidents: clonedIncidents(shipped.incidents, size),
    places: shipped.places,
    parties: shipped.parties,
    sources: shipped.sources,
    episodes: shipped.episodes,
    milestones: shipped.milestones,
  };
}
