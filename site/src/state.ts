// The view lives in the URL: every filter, the open incident and the display choices, so a view is a link.
// The filters become a query for the package's own filterIncidents.
import { type FilterKey, filterKeys, type IncidentQuery } from "armenia-azerbaijan-incidents";
import type { AnyDataset, Figures } from "./model.js";
import { isLanguage, type Language } from "./names.js";

export type ColourBy = "side" | "type";

export interface ViewState {
  from: string;
  to: string;
  /** Sides and party ids, matched with OR, as filterIncidents does. */
  party: string[];
  place: string[];
  type: string[];
  episode: string;
  incident: string;
  lang: Language;
  colour: ColourBy;
  /** Whose figures of the dead the map, the timeline and the charts draw: each side's own (default) or the other's. */
  figures: Figures;
  /** An optional background tile layer: a URL template with {z}, {x} and {y}. Off unless a reader sets it. */
  tiles: string;
}

export const EMPTY_STATE: ViewState = {
  from: "",
  to: "",
  party: [],
  place: [],
  type: [],
  episode: "",
  incident: "",
  lang: "en",
  colour: "side",
  figures: "own",
  tiles: "",
};

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const list = (value: string | null) =>
  value
    ? value
        .split(",")
        .map((item) => item.trim())
        .filter(Boolean)
    : [];

/** Reads a view from a query string; values the dataset does not know are dropped and reported. */
export function parseState(
  search: string,
  dataset: AnyDataset,
  knownTypes: readonly string[],
  knownEpisodes: readonly string[] = [],
): { state: ViewState; ignored: string[] } {
  const params = new URLSearchParams(search);
  const ignored: string[] = [];
  const keep = (name: string, values: string[], ok: (value: string) => boolean) =>
    values.filter((value) => (ok(value) ? true : (ignored.push(`${name} "${value}"`), false)));
  const date = (name: string) => {
    const value = params.get(name) ?? "";
    if (value === "" || DATE.test(value)) return value;
    ignored.push(`${name} "${value}"`);
    return "";
  };
  const sides = new Set(dataset.parties.map((party) => party.side));
  const lang = params.get("lang") ?? "en";
  const incident = params.get("incident") ?? "";
  const state: ViewState = {
    from: date("from"),
    to: date("to"),
    party: keep("party", list(params.get("party")), (value) => sides.has(value as never) || dataset.isPartyId(value)),
    place: keep("place", list(params.get("place")), (value) => dataset.isPlaceId(value)),
    type: keep("type", list(params.get("type")), (value) => knownTypes.includes(value)),
    episode:
      keep("episode", list(params.get("episode")).slice(0, 1), (value) => knownEpisodes.includes(value))[0] ?? "",
    incident:
      incident === "" || dataset.isIncidentId(incident) ? incident : (ignored.push(`incident "${incident}"`), ""),
    lang: isLanguage(lang) ? lang : (ignored.push(`lang "${lang}"`), "en"),
    colour: params.get("colour") === "type" ? "type" : "side",
    figures: params.get("figures") === "other" ? "other" : "own",
    tiles: validTiles(params.get("tiles") ?? "")
      ? (params.get("tiles") ?? "")
      : params.get("tiles")
        ? (ignored.push("tiles (not an http(s) URL template with {z}, {x} and {y})"), "")
        : "",
  };
  return { state, ignored };
}

/** A tile URL template: http(s), with {z}, {x} and {y}. */
export function validTiles(template: string): boolean {
  return /^https?:\/\//.test(template) && ["{z}", "{x}", "{y}"].every((part) => template.includes(part));
}

export function serializeState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.from) params.set("from", state.from);
  if (state.to) params.set("to", state.to);
  if (state.party.length) params.set("party", state.party.join(","));
  if (state.place.length) params.set("place", state.place.join(","));
  if (state.type.length) params.set("type", state.type.join(","));
  if (state.episode) params.set("episode", state.episode);
  if (state.incident) params.set("incident", state.incident);
  if (state.lang !== "en") params.set("lang", state.lang);
  if (state.colour !== "side") params.set("colour", state.colour);
  if (state.figures !== "own") params.set("figures", state.figures);
  if (state.tiles) params.set("tiles", state.tiles);
  const text = params
    .toString()
    .replaceAll("%2C", ",")
    .replaceAll("%7B", "{")
    .replaceAll("%7D", "}")
    .replaceAll("%2F", "/")
    .replaceAll("%3A", ":");
  return text ? `?${text}` : "";
}

/**
 * The filters the page offers, by the keys of the package's filter registry: each one's value in a view, or
 * undefined where it is not set. A filter of the registry the page does not offer is simply absent.
 */
const PAGE_FILTERS: Partial<Record<FilterKey, (state: ViewState) => unknown>> = {
  from: (state) => state.from || undefined,
  to: (state) => state.to || undefined,
  party: (state) => (state.party.length ? state.party : undefined),
  place: (state) => (state.place.length ? state.place : undefined),
  type: (state) => (state.type.length ? state.type : undefined),
  episode: (state) => (state.episode ? [state.episode] : undefined),
};

/** The filters as the package's query: only what is set, so the page asks exactly what a reader of the code would. */
export function toQuery(state: ViewState): IncidentQuery<string, string> {
  return Object.fromEntries(
    filterKeys.flatMap((key) => {
      const value = PAGE_FILTERS[key]?.(state);
      return value === undefined ? [] : [[key, value]];
    }),
  ) as IncidentQuery<string, string>;
}
