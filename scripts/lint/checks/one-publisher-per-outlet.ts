// One spelling per outlet: two spellings of one publisher (or agency) would let two pages of one outlet pass as
// independent sources.
import type { Problem } from "../../data/parse.js";
import type { LintCheck } from "./types.js";

/** Leading host labels that name a language edition, a mobile copy or a section of one site. */
const EDITION = /^(www|m|amp|mobile|en|eng|english|ru|rus|ar|de|es|fr|az|hy|am|old|video|static|news)\./;

/** The site an address belongs to, without the labels of an edition: `en.trend.az` and `trend.az` are one. */
export function siteOf(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  let host = new URL(url).hostname.toLowerCase().replace(/\.$/, "");
  while (EDITION.test(host) && host.split(".").length > 2) host = host.replace(EDITION, "");
  return host;
}

/**
 * The name an outlet is known by, for comparison: case, accents, punctuation, a parenthesised remark, a leading
 * "The", a trailing domain (".am", ".com.tr") and a trailing "News Agency", "Information Agency", "Agency" or
 * "News" are ignored; "+" reads as "plus".
 */
export function outletKey(name: string): string {
  const key = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\([^)]*\)/g, " ")
    .replace(/\+/g, "plus")
    .trim()
    .replace(/^the\s+/, "")
    .replace(/\.[a-z]{2,6}(\.[a-z]{2})?$/, "")
    .replace(/\s+(news agency|information agency|agency|news)$/, "");
  return key.replace(/[^\p{L}\p{N}]+/gu, "");
}

export const onePublisherPerOutlet: LintCheck = {
  name: "one-publisher-per-outlet",
  description:
    "an outlet is spelled one way in `publisher` and `agency`: two spellings that differ only in case, punctuation, " +
    "a remark in brackets or a suffix, or two publishers at one site, are reported",
  run: ({ records }) => {
    const sites = new Map<string, Set<string>>();
    const firstUse = new Map<string, { file: string; id: string; field: "publisher" | "agency" }>();
    for (const { file, record } of records.sources) {
      const uses = [
        ["publisher", record.publisher],
        ["agency", record.agency],
      ] as const;
      for (const [field, name] of uses) {
        if (typeof name !== "string" || name === "") continue;
        if (!firstUse.has(name)) firstUse.set(name, { file, id: record.id, field });
        if (!sites.has(name)) sites.set(name, new Set());
      }
      const site = typeof record.url === "string" ? siteOf(record.url) : undefined;
      if (typeof record.publisher === "string" && site !== undefined) sites.get(record.publisher)?.add(site);
    }
    // In the order first met: each later spelling is reported against the earlier one.
    const names = [...firstUse.keys()];
    const problems: Problem[] = [];
    for (const [index, a] of names.entries()) {
      for (const b of names.slice(index + 1)) {
        const sitesA = sites.get(a) ?? new Set<string>();
        const sitesB = sites.get(b) ?? new Set<string>();
        const shared = [...sitesA].find((site) => sitesB.has(site));
        // Alike names at different sites are different outlets (NEWS.am, News.Az); a name used only as an agency
        // has no site to tell it apart.
        const apart = sitesA.size > 0 && sitesB.size > 0 && shared === undefined;
        const alike = outletKey(a) !== "" && outletKey(a) === outletKey(b) && !apart;
        if (!alike && shared === undefined) continue;
        const use = firstUse.get(b);
        if (use === undefined) continue;
        problems.push({
          file: use.file,
          check: "one-publisher-per-outlet",
          path: [use.id, use.field],
          message:
            `"${b}" and "${a}" name one outlet` +
            (shared === undefined ? "" : ` (both publish at ${shared})`) +
            ": spell it one way in every source",
        });
      }
    }
    return problems;
  },
};
