// Named integrity checks across records. Each returns its issues; none throws.
import type { DatasetView, EpisodeView, IncidentView, IntegrityCheck, IntegrityIssue, PlaceView } from "./types.js";
import { parentChain } from "../chain.js";
import { COLLECTIONS } from "../../kinds.js";

/**
 * Generous boxes around each country's territory (Nakhchivan included), [minLon, minLat, maxLon, maxLat].
 * They catch swapped or mistyped coordinates, not border precision.
 */
export const COUNTRY_BOUNDS = {
  AM: [43.3, 38.7, 46.8, 41.45],
  AZ: [44.6, 38.25, 50.9, 42.0],
} as const;

const issue = (check: string, path: (string | number)[], message: string): IntegrityIssue => ({ check, path, message });

/** Ids and aliases share one namespace per collection (every kind of record): each resolves to exactly one record. */
export const uniqueIds: IntegrityCheck = (data) => {
  const issues: IntegrityIssue[] = [];
  for (const collection of COLLECTIONS) {
    // A collection absent from data older than its kind (episodes) has no records.
    const records: readonly { id: string; aliases?: readonly string[] | undefined }[] = data[collection] ?? [];
    const seen = new Map<string, string>();
    const claim = (value: string, owner: string, path: (string | number)[], what: string) => {
      const previous = seen.get(value);
      if (previous === undefined) seen.set(value, owner);
      else
        issues.push(
          issue("unique-ids", [collection, ...path], `duplicate ${what} "${value}" (also used by "${previous}")`),
        );
    };
    records.forEach((record, index) => claim(record.id, record.id, [index, "id"], "id"));
    records.forEach((record, index) =>
      (record.aliases ?? []).forEach((alias, j) => claim(alias, record.id, [index, "aliases", j], "alias")),
    );
  }
  return issues;
};

function claimsOf(incident: IncidentView) {
  return [
    ...(incident.casualties ?? []).map((claim, index) => ({ field: "casualties", index, claim })),
    ...(incident.accusations ?? []).map((claim, index) => ({ field: "accusations", index, claim })),
    ...(incident.denials ?? []).map((claim, index) => ({ field: "denials", index, claim })),
  ];
}

export const referencesResolve: IntegrityCheck = (data) => {
  const issues: IntegrityIssue[] = [];
  const ids = {
    place: new Set(data.places.map((p) => p.id)),
    party: new Set(data.parties.map((p) => p.id)),
    source: new Set(data.sources.map((s) => s.id)),
  };
  const expect = (kind: keyof typeof ids, id: string | undefined, path: (string | number)[]) => {
    if (id !== undefined && !ids[kind].has(id)) {
      issues.push(issue("references-resolve", path, `unknown ${kind} id "${id}"`));
    }
  };
  data.places.forEach((place, i) => {
    expect("place", place.parent, ["places", i, "parent"]);
    const through = place.line && "throughPlaces" in place.line.source ? place.line.source.throughPlaces : [];
    through.forEach((id, j) => expect("place", id, ["places", i, "line", "source", "throughPlaces", j]));
    (place.control ?? []).forEach((period, j) => {
      expect("party", period.party, ["places", i, "control", j, "party"]);
      period.sources.forEach((source, k) => expect("source", source, ["places", i, "control", j, "sources", k]));
    });
  });
  data.incidents.forEach((incident, i) => {
    const at = (...rest: (string | number)[]) => ["incidents", i, ...rest];
    incident.locations.forEach((location, j) => expect("place", location.place, at("locations", j, "place")));
    incident.actors.forEach((actor, j) => expect("party", actor, at("actors", j)));
    incident.sources.forEach((source, j) => expect("source", source, at("sources", j)));
    for (const { field, index, claim } of claimsOf(incident)) {
      const parties = claim as { losses?: string; claimant?: string; accused?: string };
      for (const role of ["losses", "claimant", "accused"] as const)
        expect("party", parties[role], at(field, index, role));
      claim.sources.forEach((source, j) => expect("source", source, at(field, index, "sources", j)));
    }
  });
  return issues;
};

/** A claim's sources are among the record's own `sources`, so the record's list is complete. */
export const claimSourcesListed: IntegrityCheck = (data) =>
  data.incidents.flatMap((incident, i) => {
    const listed = new Set(incident.sources);
    return claimsOf(incident).flatMap(({ field, index, claim }) =>
      claim.sources
        .filter((source) => !listed.has(source))
        .map((source) =>
          issue(
            "claim-sources-listed",
            ["incidents", i, field, index, "sources"],
            `source "${source}" is not in the incident's sources`,
          ),
        ),
    );
  });

/** Every parent chain ends at a country of the same country code, without cycles. */
export const placeHierarchy: IntegrityCheck = (data) => {
  const byId = new Map<string, PlaceView>(data.places.map((p) => [p.id, p]));
  const issues: IntegrityIssue[] = [];
  data.places.forEach((place, i) => {
    const chain = parentChain(place, byId);
    if (chain.missing !== undefined) return; // reported by references-resolve
    if (chain.loopsAt !== undefined) {
      issues.push(
        issue("place-hierarchy", ["places", i, "parent"], `parent chain of "${place.id}" loops at "${chain.loopsAt}"`),
      );
      return;
    }
    const current = chain.ancestors.at(-1) ?? place;
    if (current.kind !== "country") {
      issues.push(
        issue(
          "place-hierarchy",
          ["places", i, "parent"],
          `parent chain of "${place.id}" ends at "${current.id}", not a country`,
        ),
      );
    }
    const parent = place.parent === undefined ? undefined : byId.get(place.parent);
    if (parent && parent.country !== place.country) {
      issues.push(
        issue(
          "place-hierarchy",
          ["places", i, "country"],
          `"${place.id}" is in ${place.country} but its parent "${parent.id}" is in ${parent.country}`,
        ),
      );
    }
  });
  return issues;
};

export const coordinatesInCountry: IntegrityCheck = (data) =>
  data.places.flatMap((place, i) => {
    if (place.coordinates === undefined) return [];
    const [lon, lat] = place.coordinates;
    const [minLon, minLat, maxLon, maxLat] = COUNTRY_BOUNDS[place.country];
    return lon >= minLon && lon <= maxLon && lat >= minLat && lat <= maxLat
      ? []
      : [
          issue(
            "coordinates-in-country",
            ["places", i, "coordinates"],
            `[${lon}, ${lat}] lies outside ${place.country} (are longitude and latitude swapped?)`,
          ),
        ];
  });

/** Incidents are ordered by start date, then id; the records of every other kind by id. */
export const sortedOrder: IntegrityCheck = (data) => {
  const issues: IntegrityIssue[] = [];
  const incidentKey = (incident: IncidentView) => `${incident.span.start} ${incident.id}`;
  data.incidents.forEach((incident, i) => {
    const previous = data.incidents[i - 1];
    if (previous && incidentKey(previous) > incidentKey(incident)) {
      issues.push(
        issue("sorted-order", ["incidents", i], `"${incident.id}" comes before "${previous.id}" by start date`),
      );
    }
  });
  for (const collection of COLLECTIONS.filter((name) => name !== "incidents")) {
    const records: readonly { id: string }[] = data[collection] ?? [];
    records.forEach((record, i) => {
      const previous = records[i - 1];
      if (previous && previous.id > record.id) {
        issues.push(issue("sorted-order", [collection, i], `"${record.id}" comes before "${previous.id}"`));
      }
    });
  }
  return issues;
};

/**
 * Episodes: their references resolve, each incident's episodes exist and the incident's span overlaps each of
 * their spans (it lies within them, or runs across a start or an end). Unique ids are checked by unique-ids.
 */
export const episodeLinks: IntegrityCheck = (data) => {
  const issues: IntegrityIssue[] = [];
  const episodes = data.episodes ?? [];
  const byId = new Map<string, EpisodeView>();
  // The first record to claim an id or alias wins; a duplicate is reported by unique-ids.
  for (const episode of episodes)
    for (const id of [episode.id, ...(episode.aliases ?? [])]) if (!byId.has(id)) byId.set(id, episode);
  const parties = new Set(data.parties.map((p) => p.id));
  const sources = new Set(data.sources.map((s) => s.id));
  episodes.forEach((episode, i) => {
    const at = (...rest: (string | number)[]) => ["episodes", i, ...rest];
    episode.actors.forEach((actor, j) => {
      if (!parties.has(actor)) issues.push(issue("episode-links", at("actors", j), `unknown party id "${actor}"`));
    });
    episode.sources.forEach((source, j) => {
      if (!sources.has(source)) issues.push(issue("episode-links", at("sources", j), `unknown source id "${source}"`));
    });
    (episode.casualties ?? []).forEach((claim, k) => {
      for (const role of ["losses", "claimant"] as const) {
        const id = claim[role];
        if (id !== undefined && !parties.has(id))
          issues.push(issue("episode-links", at("casualties", k, role), `unknown party id "${id}"`));
      }
      claim.sources.forEach((source, j) => {
        if (!episode.sources.includes(source))
          issues.push(
            issue(
              "episode-links",
              at("casualties", k, "sources", j),
              `source "${source}" is not in the episode's sources`,
            ),
          );
      });
    });
  });
  data.incidents.forEach((incident, i) =>
    (incident.episodes ?? []).forEach((id, j) => {
      const episode = byId.get(id);
      const path = ["incidents", i, "episodes", j];
      if (!episode) issues.push(issue("episode-links", path, `unknown episode id "${id}"`));
      else if (incident.span.end < episode.span.start || incident.span.start > episode.span.end) {
        issues.push(
          issue(
            "episode-links",
            path,
            `"${incident.id}" (${incident.span.start} to ${incident.span.end}) lies outside episode "${episode.id}" (${episode.span.start} to ${episode.span.end})`,
          ),
        );
      }
    }),
  );
  return issues;
};

/** Milestones: the parties, places and sources they name exist. */
export const milestoneLinks: IntegrityCheck = (data) => {
  const known = {
    actors: new Set(data.parties.map((p) => p.id)),
    places: new Set(data.places.flatMap((p) => [p.id, ...(p.aliases ?? [])])),
    sources: new Set(data.sources.map((s) => s.id)),
  };
  const kindOf = { actors: "party", places: "place", sources: "source" } as const;
  return (data.milestones ?? []).flatMap((milestone, i) =>
    (["actors", "places", "sources"] as const).flatMap((field) =>
      (milestone[field] ?? []).flatMap((id, j) =>
        known[field].has(id)
          ? []
          : [issue("milestone-links", ["milestones", i, field, j], `unknown ${kindOf[field]} id "${id}"`)],
      ),
    ),
  );
};

/** A line drawn through named places has exactly their coordinates, in order. */
export const linesThroughPlaces: IntegrityCheck = (data) => {
  const byId = new Map<string, PlaceView>(data.places.map((p) => [p.id, p]));
  return data.places.flatMap((place, i) => {
    const line = place.line;
    if (!line || !("throughPlaces" in line.source)) return [];
    const expected = line.source.throughPlaces.map((id) => byId.get(id)?.coordinates);
    if (expected.some((c) => c === undefined)) {
      return [
        issue(
          "lines-through-places",
          ["places", i, "line", "source"],
          `"${place.id}" is drawn through a place without coordinates`,
        ),
      ];
    }
    const same =
      expected.length === line.coordinates.length &&
      expected.every((c, j) => c![0] === line.coordinates[j]![0] && c![1] === line.coordinates[j]![1]);
    return same
      ? []
      : [
          issue(
            "lines-through-places",
            ["places", i, "line", "coordinates"],
            `"${place.id}": the points are not the coordinates of its throughPlaces, in order`,
          ),
        ];
  });
};

/** No event after the given day. */
export function noFutureDates(today: string): IntegrityCheck {
  return (data: DatasetView) =>
    data.incidents.flatMap((incident, i) =>
      incident.span.end > today
        ? [
            issue(
              "no-future-dates",
              ["incidents", i, "span", "end"],
              `"${incident.id}" ends on ${incident.span.end}, after today (${today})`,
            ),
          ]
        : [],
    );
}

/** The checks across records (unique ids, references resolve, place hierarchy, coordinates in country, sort order, episode links, lines), by name. */
export const integrityChecks = {
  "unique-ids": uniqueIds,
  "references-resolve": referencesResolve,
  "claim-sources-listed": claimSourcesListed,
  "place-hierarchy": placeHierarchy,
  "coordinates-in-country": coordinatesInCountry,
  "sorted-order": sortedOrder,
  "episode-links": episodeLinks,
  "milestone-links": milestoneLinks,
  "lines-through-places": linesThroughPlaces,
} satisfies Record<string, IntegrityCheck>;

/** Runs checks across the records of a dataset (all of `integrityChecks` by default) and returns every issue found. */
export function runIntegrityChecks(
  data: DatasetView,
  checks: readonly IntegrityCheck[] = Object.values(integrityChecks),
) {
  return checks.flatMap((check) => check(data));
}
