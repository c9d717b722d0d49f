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

// Russian cardinals in every case (один, двух, трём, пятью…) and the collective numerals (двое, трое… десятеро, in
// every case too: троих, четверым), folded as the reader folds tokens: lower case, ё as е.
const RU_FORMS: [number, string[]][] = [
  [1, ["один", "одна", "одно", "одного", "одной", "одному", "одним", "одном", "одну"]],
  [2, ["два", "две", "двух", "двум", "двумя", "двое", "двоих", "двоим", "двоими"]],
  [3, ["три", "трех", "трем", "тремя", "трое", "троих", "троим", "троими"]],
  [4, ["четыре", "четырех", "четырем", "четырьмя", "четверо", "четверых", "четверым", "четверыми"]],
  [5, ["пять", "пяти", "пятью", "пятеро", "пятерых", "пятерым", "пятерыми"]],
  [6, ["шесть", "шести", "шестью", "шестеро", "шестерых", "шестерым", "шестерыми"]],
  [7, ["семь", "семи", "семеро", "семерых", "семерым", "семерыми"]],
  [8, ["восемь", "восьми", "восемью", "восьмью", "восьмеро", "восьмерых"]],
  [9, ["девять", "девяти", "девятью", "девятеро", "девятерых"]],
  [10, ["десять", "десяти", "десятью", "десятеро", "десятерых"]],
  [11, ["одиннадцать", "одиннадцати"]],
  [12, ["двенадцать", "двенадцати", "дюжина", "дюжины"]],
  [13, ["тринадцать", "тринадцати"]],
  [14, ["четырнадцать", "четырнадцати"]],
  [15, ["пятнадцать", "пятнадцати"]],
  [16, ["шестнадцать", "шестнадцати"]],
  [17, ["семнадцать", "семнадцати"]],
  [18, ["восемнадцать", "восемнадцати"]],
  [19, ["девятнадцать", "девятнадцати"]],
  [20, ["двадцать", "двадцати"]],
  [30, ["тридцать", "тридцати"]],
  [40, ["сорок", "сорока"]],
  [50, ["пятьдесят", "пятидесяти"]],
  [100, ["сто"]],
];
const RU = new Map(RU_FORMS.flatMap(([n, forms]) => forms.map((form) => [form, n] as const)));

/** The collective numerals (двое, трое, четверо…): they count people, with or without a noun after them. */
export const RU_COLLECTIVE =
  /^(двое|двоих|трое|троих|четверо|четверых|пятеро|пятерых|шестеро|шестерых|семеро|семерых|восьмеро|восьмерых|девятеро|девятерых|десятеро|десятерых)$/u;

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
