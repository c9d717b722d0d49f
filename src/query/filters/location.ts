// The location filter: incidents at or inside any of the places, and/or within a distance of a place or point.
// Answered by the place index (postings and each place's descendants) and the spatial index.
import type { Incident, Place } from "../../schema/index.js";
import { defineFilter } from "../definition.js";
import { intersect } from "../engine.js";
import type { NearQuery } from "../types.js";
import { knownPlace, listOf, type NearTarget, nearTarget, withinNear } from "../validate.js";

export const locationFilter = /* @__PURE__ */ defineFilter({
  predicate: "byLocation",
  label: "location",
  flags: [
    {
      key: "place",
      argument: "<place>",
      multiple: true,
      read: "places",
      help: [
        "a place and everything inside it, by id or by any name or spelling (Digh, Khankendi); see: places <name>",
      ],
    },
    {
      key: "near",
      argument: "<where:km>",
      multiple: false,
      read: "near",
      help: [
        'within km of a place, by id or name (tegh:25, Digh:25, "Nerkin Hand:10"), or of a point (39.56,46.48:25), great-circle distance; a place drawn as a line (tavush-tovuz-border:5) is measured from its segments',
      ],
    },
  ],
  parse: ({ place, near }, { requirePlace }): { places?: readonly Place[]; near?: NearTarget } => ({
    ...(place !== undefined && { places: listOf("place", place).map((id) => knownPlace(id, requirePlace)) }),
    ...(near !== undefined && { near: nearTarget(near as NearQuery<string>, requirePlace) }),
  }),
  test: ({ places, near }, { records, hierarchy }) => {
    const tests: ((incident: Incident) => boolean)[] = [];
    if (places !== undefined) {
      const containers = places.map((place) => place.id);
      tests.push((incident) =>
        incident.locations.some(({ place }) => containers.some((c) => hierarchy.isWithin(place, c))),
      );
    }
    if (near !== undefined) {
      const within = withinNear(near);
      tests.push((incident) =>
        incident.locations.some(({ place }) => {
          const coordinates = records.placeById.get(place)?.coordinates;
          return coordinates !== undefined && within(coordinates);
        }),
      );
    }
    return (incident) => tests.every((test) => test(incident));
  },
  narrow: ({ places, near }, index) => {
    const sets = [
      ...(places !== undefined ? [index.placeBits(places)] : []),
      ...(near !== undefined ? [index.nearBits(near)] : []),
    ];
    return { bits: intersect(sets) };
  },
});
