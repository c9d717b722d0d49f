// Checks on the list of sources: each address cited once, clean, and credited to a publisher.
import { canonicalCollection } from "../../data/canonical.js";
import type { Problem } from "../../data/parse.js";
import type { LintCheck } from "./types.js";

/** Query parameters that track a click rather than identify a page. */
const TRACKING = /^(utm_.+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|yclid|igshid|linkid|ref_src|s_cid)$/i;

/** The address without its tracking parameters. */
export function withoutTracking(url: string): string {
  const parsed = new URL(url);
  for (const key of [...parsed.searchParams.keys()]) if (TRACKING.test(key)) parsed.searchParams.delete(key);
  return parsed.href;
}

/** The address a source is known by, for comparison: no scheme, no `www.`, no trailing slash, no fragment. */
export function addressKey(url: string): string {
  const parsed = new URL(url);
  const host = parsed.hostname.replace(/^www\./, "");
  const pathname = parsed.pathname.replace(/\/+$/, "");
  return `${host}${pathname}${parsed.search}`.toLowerCase();
}

export const oneSourcePerAddress: LintCheck = {
  name: "one-source-per-address",
  description: "two sources never share an address (ignoring scheme, www., a trailing slash and the fragment)",
  run: ({ records }) => {
    const first = new Map<string, string>();
    return records.sources.flatMap(({ file, record }): Problem[] => {
      if (record.url === undefined) return [];
      const key = addressKey(record.url);
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, record.id);
        return [];
      }
      return [
        {
          file,
          check: "one-source-per-address",
          path: [record.id, "url"],
          message: `the same address as source "${earlier}": merge them, keeping one id as an alias`,
        },
      ];
    });
  },
};

export const sourcePublisher: LintCheck = {
  name: "source-publisher",
  description: "every source names its publisher: the site or body at its address",
  run: ({ records }) =>
    records.sources
      .filter(({ record }) => record.publisher === undefined)
      .map(({ file, record }) => ({
        file,
        check: "source-publisher",
        path: [record.id, "publisher"],
        message: "names no publisher: give the site or body at the address",
      })),
};

export const noTrackingParameters: LintCheck = {
  name: "no-tracking-parameters",
  description: "addresses carry no click-tracking parameters (utm_*, fbclid, gclid…)",
  run: ({ records }) =>
    records.sources.flatMap(({ file, record }): Problem[] => {
      if (record.url === undefined) return [];
      const tracking = [...new URL(record.url).searchParams.keys()].filter((key) => TRACKING.test(key));
      return tracking.length === 0
        ? []
        : [
            {
              file,
              check: "no-tracking-parameters",
              path: [record.id, "url"],
              message: `remove the tracking parameter(s) ${tracking.join(", ")} from the address (npm run data:fix does)`,
            },
          ];
    }),
  fix: ({ raw }) =>
    raw.sources.flatMap((file) => {
      const sources = file.json as { url?: unknown }[];
      if (!Array.isArray(sources)) return [];
      let changed = false;
      const cleaned = sources.map((source) => {
        if (typeof source?.url !== "string" || !URL.canParse(source.url)) return source;
        const url = withoutTracking(source.url);
        if (url === source.url) return source;
        changed = true;
        return { ...source, url };
      });
      return changed ? [{ file: file.file, text: canonicalCollection(cleaned) }] : [];
    }),
};
