// Compile-time checks, run by `npm run typecheck`: the id unions reject typos.
import { filterIncidents, getIncident, getPlace, type Incident, type PlaceId } from "../../src/index.js";

export const place = getPlace("tegh");
// @ts-expect-error -- "tekh" is a spelling, not a place id
getPlace("tekh");
// @ts-expect-error -- incident ids are exact
getIncident("2023-04-11-tekh");
// @ts-expect-error -- a side that does not exist
filterIncidents({ party: "turkey" });
// @ts-expect-error -- an unknown incident type
filterIncidents({ type: "skirmish" });
// References inside records are typed by the same unions, so they can be passed on without a cast.
export const first: PlaceId = (getIncident("2023-04-11-tegh") satisfies Incident).locations[0]!.place;
export const parent = getPlace(first).parent;
// @ts-expect-error -- near takes a place or a point, not both
filterIncidents({ near: { place: "tegh", lat: 39.5, lon: 46.4, km: 5 } });
