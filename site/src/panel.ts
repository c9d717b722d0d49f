// One incident: summary, places, and every claim side by side (who claims what about whose losses, when, with
// the cited sources as links), the derived low / best / high, accusations and denials.
import { CASUALTY_CATEGORIES, ESTIMATE_BASIS_WORDS } from "armenia-azerbaijan-incidents";
import type { AnyDataset, Incident, Place } from "./model.js";
import { SIDE_LABEL, SIDES, isSide } from "./model.js";
import { placeName, placeNameLang, type Language } from "./names.js";
import { html } from "./svg.js";

const CATEGORIES = CASUALTY_CATEGORIES;

/** The sides in the order of the claims table: as the package lists them, Nagorno-Karabakh just after Armenia. */
const SIDE_ORDER: readonly string[] = SIDES.flatMap((side) =>
  side === "nagorno-karabakh" ? [] : side === "armenia" ? [side, "nagorno-karabakh" as const] : [side],
);

function sideName(side: string): string {
  return isSide(side) ? SIDE_LABEL[side] : side;
}

function partyLabel(dataset: AnyDataset, id: string | undefined): string {
  if (!id) return "unattributed (the source's own figure)";
  const party = dataset.parties.find((candidate) => candidate.id === id);
  return party ? `${party.name} (${sideName(party.side)})` : id;
}

function sourceLinks(dataset: AnyDataset, ids: readonly string[]): HTMLElement {
  const list = html("ul", { class: "sources" });
  for (const id of ids) {
    const source = dataset.getSource(id);
    const text = `${source.publisher}${source.title ? `: ${source.title}` : ""}${source.published ? ` (${source.published})` : ""}`;
    const item = source.url
      ? html("a", {
          href: source.url,
          rel: "noopener noreferrer",
          target: "_blank",
          hreflang: source.language ?? false,
          "data-source": id,
          text,
        })
      : html("span", { "data-source": id, text: `${text} (no link recorded)` });
    list.append(html("li", {}, item));
  }
  return list;
}

/** A table that may scroll sideways: a focusable, labelled region, so keyboard users can scroll it too. */
export function scrollBox(label: string, table: HTMLElement): HTMLElement {
  return html("div", { class: "scroll", tabindex: 0, role: "region", "aria-label": label }, table);
}

function spanText(incident: Incident): string {
  const { start, end } = incident.span;
  return start === end ? start : `${start} to ${end}`;
}

/**
 * At a glance: one row per party whose losses are claimed and category, one column per claimant, every figure
 * that claimant gave (with its date), then the derived low / best / high.
 */
function comparison(dataset: AnyDataset, incident: Pick<Incident, "casualties" | "estimates">): HTMLElement {
  const sideOrder = (id: string | undefined) => {
    const side = id ? dataset.parties.find((party) => party.id === id)?.side : undefined;
    return side ? SIDE_ORDER.indexOf(side) : 9;
  };
  const claimants = [...new Set(incident.casualties.map((claim) => claim.claimant))].sort(
    (a, b) => sideOrder(a) - sideOrder(b) || String(a).localeCompare(String(b)),
  );
  const table = html("table", { class: "comparison", "data-testid": "claims-comparison" });
  table.append(
    html("caption", {
      text: 'Who says what: each claimant\'s figures (with the date reported), and the derived range. "some": losses reported without a number.',
    }),
    html(
      "thead",
      {},
      html(
        "tr",
        {},
        html("th", { scope: "col", text: "Losses of" }),
        html("th", { scope: "col", text: "Category" }),
        ...claimants.map((claimant) => html("th", { scope: "col", text: `${partyLabel(dataset, claimant)} says` })),
        html("th", { scope: "col", text: "Low / best / high" }),
      ),
    ),
  );
  const body = html("tbody");
  const losers = [...new Set(incident.casualties.map((claim) => claim.losses))];
  for (const losses of losers) {
    for (const category of CATEGORIES) {
      const claims = incident.casualties.filter((claim) => claim.losses === losses && claim[category] !== undefined);
      if (claims.length === 0) continue;
      const range = (
        incident.estimates.find((estimate) => estimate.losses === losses) as
          Partial<Record<string, { low: number; best: number; high: number }>> | undefined
      )?.[category];
      body.append(
        html(
          "tr",
          {},
          html("th", { scope: "row", text: partyLabel(dataset, losses) }),
          html("td", { text: category }),
          ...claimants.map((claimant) => {
            const figures = claims
              .filter((claim) => claim.claimant === claimant)
              .map((claim) => {
                const value = claim[category];
                return html(
                  "div",
                  {},
                  value === "unspecified" ? "some" : String(value),
                  claim.reported ? html("small", { text: ` ${claim.reported}` }) : null,
                );
              });
            return html("td", { class: "figure" }, ...(figures.length ? figures : ["–"]));
          }),
          html("td", { class: "figure", text: range ? `${range.low} / ${range.best} / ${range.high}` : "–" }),
        ),
      );
    }
  }
  table.append(body);
  return table;
}

/** Head and body rows of an estimates table: low / best / high per party and category, and what best rests on. */
function estimateRows(dataset: AnyDataset, estimates: Incident["estimates"]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  fragment.append(
    html(
      "thead",
      {},
      html(
        "tr",
        {},
        ...["Losses of", "Category", "Low", "Best", "High", "Claimants", "Best rests on"].map((text) =>
          html("th", { scope: "col", text }),
        ),
      ),
    ),
  );
  const body = html("tbody");
  for (const estimate of estimates) {
    for (const category of CATEGORIES) {
      const range = estimate[category];
      if (!range) continue;
      const best = `${range.bestBound === "lower" ? "at least " : range.bestBound === "approximate" ? "about " : ""}${range.best}`;
      body.append(
        html(
          "tr",
          {},
          html("th", { scope: "row", text: partyLabel(dataset, estimate.losses) }),
          html("td", { text: category }),
          html("td", { class: "figure", text: String(range.low) }),
          html("td", { class: "figure", text: best }),
          html("td", { class: "figure", text: String(range.high) }),
          html("td", { class: "figure", text: String(range.claimants) }),
          html("td", { text: range.basis ? (ESTIMATE_BASIS_WORDS[range.basis] ?? range.basis) : "" }),
        ),
      );
    }
  }
  fragment.append(body);
  return fragment;
}

export function renderIncident(dataset: AnyDataset, incident: Incident, language: Language): HTMLElement {
  const headingId = `incident-${incident.id}`;
  const article = html("article", { "aria-labelledby": headingId, "data-incident": incident.id });
  article.append(
    html("h2", { id: headingId, tabindex: -1, text: incident.title }),
    html(
      "dl",
      { class: "facts" },
      html("dt", { text: "When" }),
      html("dd", {
        text: `${spanText(incident)}${incident.span.precision !== "day" ? ` (known to the ${incident.span.precision})` : ""}${incident.time ? `, ${incident.time} local time` : ""}`,
      }),
      html("dt", { text: "Type" }),
      html("dd", { text: incident.types.map((type) => type.replaceAll("-", " ")).join(", ") }),
      html("dt", { text: "Sides" }),
      html("dd", { text: incident.sides.map(sideName).join(", ") }),
      html("dt", { text: "Verification" }),
      html("dd", { text: incident.verification.replaceAll("-", " ") }),
      html("dt", { text: "Actors" }),
      html("dd", { text: incident.actors.map((id) => partyLabel(dataset, id)).join("; ") }),
      html("dt", { text: "Id" }),
      html("dd", {}, html("code", { text: incident.id })),
    ),
  );

  const places = html("ul", { class: "places" });
  for (const location of incident.locations) {
    const place: Place = dataset.getPlace(location.place);
    const chain = dataset
      .ancestorsOf(place.id)
      .map((ancestor) => placeName(ancestor, language))
      .join(", ");
    places.append(
      html(
        "li",
        {},
        `${location.relation} `,
        html("span", { lang: placeNameLang(place, language), text: placeName(place, language) }),
        chain ? ` (${chain})` : "",
        place.coordinates ? "" : " (no coordinates recorded)",
      ),
    );
  }
  article.append(
    html("h3", { text: "Places" }),
    places,
    html("h3", { text: "Summary" }),
    html("p", { class: "summary", text: incident.summary }),
  );

  // Claims, grouped by whose losses they are: each claimant's figures in a row, so the accounts sit side by side.
  article.append(html("h3", { text: "Casualty claims, side by side" }));
  if (incident.casualties.length === 0) article.append(html("p", { text: "No casualty claims recorded." }));
  else article.append(scrollBox("Claims compared", comparison(dataset, incident)));
  const byLosses = new Map<string, (typeof incident.casualties)[number][]>();
  for (const claim of incident.casualties) {
    const group = byLosses.get(claim.losses) ?? [];
    group.push(claim);
    byLosses.set(claim.losses, group);
  }
  for (const [losses, claims] of byLosses) {
    const table = html("table", { class: "claims", "data-testid": "claims" });
    table.append(
      html("caption", { text: `Losses of ${partyLabel(dataset, losses)}` }),
      html(
        "thead",
        {},
        html(
          "tr",
          {},
          html("th", { scope: "col", text: "Claimant" }),
          html("th", { scope: "col", text: "Reported" }),
          ...CATEGORIES.map((category) => html("th", { scope: "col", text: category })),
        ),
      ),
    );
    const body = html("tbody");
    for (const claim of claims) {
      const figure = (category: (typeof CATEGORIES)[number]) => {
        const value = (claim as Partial<Record<(typeof CATEGORIES)[number], number | "unspecified">>)[category];
        const bound = claim.bounds?.[category];
        const words =
          bound === "lower" ? "at least " : bound === "upper" ? "up to " : bound === "approximate" ? "about " : "";
        return value === undefined ? "–" : value === "unspecified" ? "some (no number)" : `${words}${value}`;
      };
      const claimant = html("th", { scope: "row", text: partyLabel(dataset, claim.claimant) });
      if (claim.note) claimant.append(html("div", { class: "note", text: claim.note }));
      // The sources on a row of their own under the figures, across the table, so that long titles wrap there
      // instead of widening the table past the panel.
      claimant.rowSpan = 2;
      body.append(
        html(
          "tr",
          { class: "claim" },
          claimant,
          html("td", { text: claim.reported ?? "undated" }),
          ...CATEGORIES.map((category) => html("td", { class: "figure", text: figure(category) })),
        ),
        html(
          "tr",
          { class: "claim-sources" },
          html("td", { colspan: CATEGORIES.length + 1 }, "Sources: ", sourceLinks(dataset, claim.sources)),
        ),
      );
    }
    table.append(body);
    article.append(scrollBox(`Claims about losses of ${partyLabel(dataset, losses)}`, table));
  }

  // The derived range.
  if (incident.estimates.length) {
    const table = html("table", { class: "estimates" });
    table.append(
      html("caption", {
        text: "Derived estimates: low, best (the losing side's own latest figure, else the lower median) and high",
      }),
    );
    table.append(estimateRows(dataset, incident.estimates));
    article.append(scrollBox("Derived estimates", table));
  }

  // The episodes the incident belongs to, with their running totals (which count this incident's losses too).
  for (const id of incident.episodes ?? []) {
    const episode = dataset.getEpisode(id);
    article.append(html("h3", { text: `Part of: ${episode.title}` }));
    if (episode.estimates.length === 0) {
      article.append(html("p", { text: "The record holds no running totals for this episode." }));
      continue;
    }
    const table = html("table", { class: "estimates", "data-testid": "episode-estimates" });
    table.append(
      html("caption", {
        text: `Running totals for the whole episode (${episode.span.start} to ${episode.span.end}), from its own claims; they include this incident's losses`,
      }),
    );
    table.append(estimateRows(dataset, episode.estimates));
    article.append(scrollBox(`Running totals of ${episode.title}`, table));
  }

  article.append(html("h3", { text: "Accusations" }));
  if (incident.accusations.length === 0) article.append(html("p", { text: "None recorded." }));
  else {
    const list = html("ul", { class: "accusations" });
    for (const accusation of incident.accusations) {
      list.append(
        html(
          "li",
          {},
          html("strong", { text: partyLabel(dataset, accusation.claimant) }),
          ` accuses ${partyLabel(dataset, accusation.accused)}: ${accusation.allegation}`,
          sourceLinks(dataset, accusation.sources),
        ),
      );
    }
    article.append(list);
  }
  article.append(html("h3", { text: "Denials" }));
  if (incident.denials.length === 0) article.append(html("p", { text: "None recorded." }));
  else {
    const list = html("ul", { class: "denials" });
    for (const denial of incident.denials) {
      list.append(
        html(
          "li",
          {},
          html("strong", { text: partyLabel(dataset, denial.claimant) }),
          `: ${denial.denial}`,
          sourceLinks(dataset, denial.sources),
        ),
      );
    }
    article.append(list);
  }
  article.append(html("h3", { text: "All sources of this record" }), sourceLinks(dataset, incident.sources));
  return article;
}

/** Several incidents at one place: a list to choose from. */
/** One list item per incident: a button with its dates and title that opens it. */
function incidentItems(incidents: readonly Incident[], open: (id: string) => void): HTMLElement[] {
  return incidents.map((incident) => {
    const button = html("button", {
      type: "button",
      class: "link",
      "data-incident": incident.id,
      text: `${spanText(incident)}: ${incident.title}`,
    });
    button.addEventListener("click", () => open(incident.id));
    return html("li", {}, button);
  });
}

export function renderPlaceList(
  place: Place,
  incidents: readonly Incident[],
  language: Language,
  open: (id: string) => void,
): HTMLElement {
  const section = html("div", { class: "place-list" });
  const headingId = `place-${place.id}`;
  section.append(
    html(
      "h2",
      { id: headingId, tabindex: -1 },
      "Incidents at ",
      html("span", { lang: placeNameLang(place, language), text: placeName(place, language) }),
    ),
  );
  const list = html("ul", { "aria-labelledby": headingId }, ...incidentItems(incidents, open));
  section.append(list);
  return section;
}

/**
 * One episode (a war, an escalation, a blockade): each side's totals as each side gave them, side by side (the
 * package's casualtyTotals over every incident of the episode, so the episode's own figures stand for its
 * incidents' where the parties gave some), who said what, and the incidents inside it.
 */
export function renderEpisode(dataset: AnyDataset, id: string, open: (id: string) => void): HTMLElement {
  const episode = dataset.getEpisode(id);
  const inside = dataset.filterIncidents({ episode: [id] });
  const headingId = `episode-${id}`;
  const section = html("article", { class: "episode", "aria-labelledby": headingId, "data-episode": id });
  section.append(
    html("h2", { id: headingId, tabindex: -1, text: episode.title }),
    html("p", {
      class: "hint",
      text: `${episode.span.start === episode.span.end ? episode.span.start : `${episode.span.start} to ${episode.span.end}`}; ${inside.length} incident${inside.length === 1 ? "" : "s"} in the record.`,
    }),
    html("p", { class: "summary", text: episode.summary }),
    html("h3", { text: "Each side's figures, as each side gave them" }),
  );
  const totals = dataset.casualtyTotals(inside, { by: "all" });
  const cell = (value: number | null) => html("td", { class: "figure", text: value === null ? "–" : String(value) });
  const table = html("table", { class: "episode-totals", "data-testid": "episode-totals" });
  table.append(
    html("caption", {
      text: "Losses of each side: the figure its own camp gave, beside the highest figure the other camp claimed (each claimant's latest; an upper bound never counts). – : no claim gives a number.",
    }),
    html(
      "thead",
      {},
      html(
        "tr",
        {},
        html("th", { scope: "col", rowspan: 2, text: "Losses of" }),
        html("th", { scope: "colgroup", colspan: CATEGORIES.length, text: "its own side says" }),
        html("th", { scope: "colgroup", colspan: CATEGORIES.length, text: "the other side says" }),
      ),
      html(
        "tr",
        {},
        ...CATEGORIES.map((category) => html("th", { scope: "col", text: category })),
        ...CATEGORIES.map((category) => html("th", { scope: "col", text: category })),
      ),
    ),
    html(
      "tbody",
      {},
      ...totals.map((total) =>
        html(
          "tr",
          { "data-side": total.side },
          html("th", { scope: "row", text: sideName(total.side) }),
          ...CATEGORIES.map((category) => cell(total.own[category])),
          ...CATEGORIES.map((category) => cell(total.other[category])),
        ),
      ),
    ),
  );
  section.append(scrollBox(`Each side's figures for ${episode.title}`, table));
  if (episode.casualties.length) {
    section.append(
      html("h3", { text: "Who said what about the whole episode" }),
      scrollBox(`Claims about ${episode.title}`, comparison(dataset, episode)),
      html("h3", { text: "Sources of the episode's figures" }),
      sourceLinks(dataset, [...new Set(episode.casualties.flatMap((claim) => claim.sources))]),
    );
  }
  const list = html(
    "ul",
    { class: "episode-incidents", "aria-label": `Incidents of ${episode.title}` },
    ...incidentItems(inside, open),
  );
  section.append(html("h3", { text: `The incidents inside it (${inside.length})` }), list);
  return section;
}
