// The gazetteer: places incidents happen in, with their names in every language and their hierarchy.
import { z } from "zod";
import {
  CountryCodeSchema,
  idRef,
  IsoDateSchema,
  uniqueList,
  type IdSchemas,
  NonEmptyTextSchema,
  stringIds,
  UrlSchema,
} from "./primitives.js";

/** The kinds of place: country, province, district, settlement, height, border section and so on. */
export const PlaceKindSchema = z.enum([
  "country",
  "province",
  "district",
  "settlement",
  "corridor",
  "border-section",
  "region",
  "water-body",
  "height",
]);

// Explicit code-point ranges rather than \p{Script=…}: the JSON Schemas built from these patterns must compile
// in every regex dialect validators use (ECMAScript, Python's re, PCRE), and Unicode property escapes do not.
const SEPARATORS = String.raw`\s\-'\u2019\u02BC.()`;
const SCRIPT_LETTERS = {
  /** Armenian block letters and punctuation inside words, and the Armenian ligatures. */
  Armenian: String.raw`\u0531-\u0556\u0559-\u058A\uFB13-\uFB17`,
  /** Basic Latin letters, Latin-1 and Extended-A/B letters (Ə, ğ, ı, ş…), schwa, and Latin Extended Additional. */
  Latin: String.raw`A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0259\u1E00-\u1EFF`,
  /** Cyrillic and its supplement. */
  Cyrillic: String.raw`\u0400-\u052F`,
} as const;
const inScript = (script: keyof typeof SCRIPT_LETTERS, label: string) =>
  NonEmptyTextSchema.regex(
    new RegExp(`^[${SCRIPT_LETTERS[script]}${SEPARATORS}]+$`),
    `must be written in the ${label} script`,
  );

/** The place's name in Armenian, Azerbaijani and Russian, each in its own script, where known. */
export const PlaceNamesSchema = z
  .object({
    hy: inScript("Armenian", "Armenian").optional(),
    az: inScript("Latin", "Latin (Azerbaijani)").optional(),
    ru: inScript("Cyrillic", "Cyrillic").optional(),
  })
  .strict();

/** The English names each side uses where they differ (Stepanakert / Khankendi): both are names, neither a variant. */
export const SideNamesSchema = z
  .object({ armenia: NonEmptyTextSchema, azerbaijan: NonEmptyTextSchema })
  .strict()
  .refine((names) => names.armenia !== names.azerbaijan, "side names are only given where the sides differ");

/** WGS84 coordinates in GeoJSON order. */
export const LonLatSchema = z
  .tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])
  .describe("[longitude, latitude] in WGS84 (GeoJSON order)");

/** Where the coordinates were copied from: a GeoNames record, or a public page that states them. */
export const CoordinateSourceSchema = z.union([
  z.object({ geonamesId: z.number().int().positive() }).strict(),
  z.object({ url: UrlSchema, note: NonEmptyTextSchema.optional() }).strict(),
]);

/**
 * Where each of a place's names was read, by language: a GeoNames record (its alternate names) or a page that
 * writes the name. Names recorded before sources were kept per name have none.
 */
export const NameSourcesSchema = z
  .object({
    hy: CoordinateSourceSchema.optional(),
    az: CoordinateSourceSchema.optional(),
    ru: CoordinateSourceSchema.optional(),
  })
  .strict()
  .describe("Where each name in `names` was read: `{ geonamesId }` or `{ url, note? }`, per language.");

/**
 * A line (a line of contact, a border section, a road, a corridor): two or more `[longitude, latitude]` points,
 * with where they come from: a page that states them, or the named places the line is drawn through (the honest
 * option where no source draws the line; the points are then those places' coordinates, in order).
 */
export function placeLineSchema<T extends IdSchemas>(ids: T) {
  return z
    .object({
      coordinates: z.array(LonLatSchema).min(2),
      source: z.union([
        z.object({ url: UrlSchema, note: NonEmptyTextSchema.optional() }).strict(),
        z.object({ throughPlaces: z.array(idRef(ids, "place")).min(2) }).strict(),
      ]),
    })
    .strict();
}

/**
 * One period of control of a place: the party that held it, from and to (first and last day, each left out where
 * the period is open), and the sources that date it (the day a side announced taking it, a handover).
 */
export function controlPeriodSchema<T extends IdSchemas>(ids: T) {
  return z
    .object({
      party: idRef(ids, "party"),
      from: IsoDateSchema.optional(),
      to: IsoDateSchema.optional(),
      sources: uniqueList(idRef(ids, "source")).min(1),
      note: NonEmptyTextSchema.optional(),
    })
    .strict()
    .refine((period) => period.from === undefined || period.to === undefined || period.from <= period.to, {
      message: "from is after to",
      path: ["to"],
    });
}

/** Periods of control in order, none overlapping: only the first may be open at its start, only the last at its end. */
function checkControl(
  control: readonly { from?: string | undefined; to?: string | undefined }[] | undefined,
  ctx: z.RefinementCtx,
) {
  (control ?? []).forEach((period, i) => {
    const previous = control?.[i - 1];
    if (previous === undefined) return;
    if (previous.to === undefined || period.from === undefined || period.from <= previous.to) {
      ctx.addIssue({
        code: "custom",
        message: "control periods must be sorted and must not overlap",
        path: ["control", i, "from"],
      });
    }
  });
}

export function placeRecordShape<T extends IdSchemas>(ids: T) {
  return {
    id: idRef(ids, "place"),
    /** Earlier ids of this record (merged or renamed), which still resolve to it. */
    aliases: uniqueList(idRef(ids, "place")).min(1).optional(),
    kind: PlaceKindSchema,
    country: CountryCodeSchema,
    /** The next place up in the administrative hierarchy; absent only for countries. */
    parent: idRef(ids, "place").optional(),
    /** The English name the data uses. */
    name: NonEmptyTextSchema,
    sideNames: SideNamesSchema.optional(),
    names: PlaceNamesSchema,
    nameSources: NameSourcesSchema.optional(),
    /** Other spellings seen in sources and gazetteers, so that a name found in an article resolves here. */
    variants: z.array(NonEmptyTextSchema),
    /** Absent where no gazetteer or public page states them: never estimated. */
    coordinates: LonLatSchema.optional(),
    coordinateSource: CoordinateSourceSchema.optional(),
    /** The place drawn as a line (border sections, roads, corridors, the line of contact). */
    line: placeLineSchema(ids).optional(),
    /** Who controlled the place when, where it changed hands; a place without it follows its nearest ancestor. */
    control: z.array(controlPeriodSchema(ids)).min(1).optional(),
    note: NonEmptyTextSchema.optional(),
  };
}

interface Checked {
  kind: string;
  names?: { hy?: string | undefined; az?: string | undefined; ru?: string | undefined } | undefined;
  nameSources?: { hy?: unknown; az?: unknown; ru?: unknown } | undefined;
  control?: readonly { from?: string | undefined; to?: string | undefined }[] | undefined;
  parent?: string | undefined;
  coordinates?: unknown;
  coordinateSource?: unknown;
}

const checkPlace = (place: Checked, ctx: z.RefinementCtx) => {
  checkControl(place.control, ctx);
  if ((place.coordinates === undefined) !== (place.coordinateSource === undefined)) {
    ctx.addIssue({
      code: "custom",
      message: "coordinates and coordinateSource come together",
      path: ["coordinateSource"],
    });
  }
  for (const language of Object.keys(place.nameSources ?? {}) as ("hy" | "az" | "ru")[]) {
    if (place.names?.[language] === undefined) {
      ctx.addIssue({
        code: "custom",
        message: `a source for the ${language} name, which the place does not have`,
        path: ["nameSources", language],
      });
    }
  }
  if (place.kind !== "country" && place.parent === undefined) {
    ctx.addIssue({ code: "custom", message: "every place but a country has a parent", path: ["parent"] });
  }
  if (place.kind === "country" && place.parent !== undefined) {
    ctx.addIssue({ code: "custom", message: "a country has no parent", path: ["parent"] });
  }
};

export function placeRecordSchema<T extends IdSchemas>(ids: T) {
  return z.object(placeRecordShape(ids)).strict().superRefine(checkPlace);
}

export function placeSchema<T extends IdSchemas>(ids: T) {
  return z
    .object({
      ...placeRecordShape(ids),
      /** The name to show: the English name, with the other side's name after a slash where the sides differ. */
      label: NonEmptyTextSchema,
      /** Parent, grandparent… up to the country, nearest first. */
      ancestors: z.array(idRef(ids, "place")),
    })
    .strict()
    .superRefine(checkPlace);
}

/** A place as stored in `data/places/`. */
export const PlaceRecordSchema = placeRecordSchema(stringIds);
/** A place as the package publishes it, with its label and ancestors derived. */
export const PlaceSchema = placeSchema(stringIds);

/** A period during which a party controlled a place, with sources. */
export const ControlPeriodSchema = controlPeriodSchema(stringIds);
/** The line a place is drawn as, and the page or the named places it is drawn from. */
export const PlaceLineSchema = placeLineSchema(stringIds);
