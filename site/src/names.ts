// Place names in the reader's language: English (the data's label), Armenian, Azerbaijani or Russian.
import type { Place } from "./model.js";

export const LANGUAGES = [
  { code: "en", label: "English" },
  { code: "hy", label: "Հայերեն (Armenian)" },
  { code: "az", label: "Azərbaycanca (Azerbaijani)" },
  { code: "ru", label: "Русский (Russian)" },
] as const;
export type Language = (typeof LANGUAGES)[number]["code"];

export function isLanguage(value: string): value is Language {
  return LANGUAGES.some((language) => language.code === value);
}

/** The place's name in a language, falling back to its English label where the gazetteer has no such name. */
export function placeName(place: Place, language: Language): string {
  if (language === "en") return place.label;
  const names = place.names as Partial<Record<string, string>> | undefined;
  return names?.[language] ?? place.label;
}

/** The language tag of the name shown, so screen readers pronounce it in the right language. */
export function placeNameLang(place: Place, language: Language): string {
  if (language === "en") return "en";
  const names = place.names as Partial<Record<string, string>> | undefined;
  return names?.[language] ? language : "en";
}
