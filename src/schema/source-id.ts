// The convention of source ids, shared by everything that proposes one (`npm run data:add`, the article draft):
// `publisher-YYYY-MM-DD-subject`, ASCII kebab-case, the day left out where the page shows none.

/** Letters that Unicode does not decompose into a base letter and a mark. */
const FOLDED: Record<string, string> = { ə: "e", ı: "i", ø: "o", đ: "d", ł: "l" };

/** How many words of a publisher's name or a subject an id keeps. */
const WORDS = 6;
/** The longest id proposed. */
const LONGEST = 90;

/** Text as ASCII kebab-case: diacritics and apostrophes dropped, other runs of non-letters a hyphen, 6 words at most. */
export function idSlug(text: string, words = WORDS): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[əıøđł]/g, (letter) => FOLDED[letter] ?? letter)
    .replace(/['’ʼʻ`´]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .split("-")
    .slice(0, words)
    .join("-");
}

/**
 * A source id by the convention: `publisher-YYYY-MM-DD-subject` (`armenpress-2023-04-11-four-soldiers-killed-near-tegh`).
 * `fallback` stands in for a publisher or subject with no ASCII letter or digit.
 */
export function sourceIdOf(
  { publisher, published, subject }: { publisher: string; published?: string | undefined; subject: string },
  fallback: { publisher: string; subject: string } = { publisher: "source", subject: "page" },
): string {
  const parts = [idSlug(publisher) || fallback.publisher, published, idSlug(subject) || fallback.subject];
  return parts
    .filter((part) => part !== undefined && part !== "")
    .join("-")
    .slice(0, LONGEST)
    .replace(/-+$/, "");
}
