// Folds a place name to a comparable key: case, diacritics, apostrophes and punctuation do not matter.

// Letters that Unicode does not decompose into a base letter and a mark.
const FOLDED: Record<string, string> = { ə: "e", ı: "i", ø: "o", đ: "d", ł: "l" };

export function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[əıøđł]/g, (letter) => FOLDED[letter] ?? letter)
    .replace(/['’ʼʻ`´]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
