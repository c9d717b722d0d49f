// Numbers written in words, in English and Russian, as news articles write casualty figures.

const EN: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
};

const RU_STEMS: [string, number][] = [
  ["одн", 1],
  ["один", 1],
  ["два", 2],
  ["двое", 2],
  ["двух", 2],
  ["двоих", 2],
  ["две", 2],
  ["три", 3],
  ["трое", 3],
  ["трех", 3],
  ["троих", 3],
  ["четыре", 4],
  ["четверо", 4],
  ["четырех", 4],
  ["четверых", 4],
  ["пять", 5],
  ["пятеро", 5],
  ["пяти", 5],
  ["шесть", 6],
  ["шестеро", 6],
  ["шести", 6],
  ["семь", 7],
  ["семеро", 7],
  ["семи", 7],
  ["восемь", 8],
  ["восьми", 8],
  ["девять", 9],
  ["девяти", 9],
  ["десять", 10],
  ["десяти", 10],
  ["десятеро", 10],
  ["одиннадцать", 11],
  ["двенадцать", 12],
  ["пятнадцать", 15],
  ["двадцать", 20],
];
const RU = new Map(RU_STEMS);

/** The number a token stands for (a figure, or a number word), or undefined. Folded (lower-case, ё as е) tokens. */
export function numberOf(token: string): number | undefined {
  const first = token.charCodeAt(0);
  if (first >= 48 && first <= 57)
    return /^\d{1,3}(,\d{3})*$|^\d+$/.test(token) ? Number(token.replace(/,/g, "")) : undefined;
  if (Object.hasOwn(EN, token)) return EN[token];
  if (first >= 0x400 && first <= 0x4ff) return RU.get(token.replace(/ё/g, "е"));
  if (!token.includes("-")) return undefined;
  const hyphen =
    /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/.exec(
      token,
    );
  if (hyphen) return (EN[hyphen[1]!] ?? 0) + (EN[hyphen[2]!] ?? 0);
  return undefined;
}
