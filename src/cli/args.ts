// Command-line arguments: parsing with node:util parseArgs, and the mistakes a user can make, as UsageError.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { INCIDENT_FORMAT_NAMES, type IncidentFormatName } from "../formats/registry.js";
import { closest } from "../lookup/suggest.js";
import type { NearQuery, PlaceId } from "armenia-azerbaijan-incidents";
import { describe } from "../errors.js";

/** A mistake in the command line: printed without a stack trace, exit status 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** The formats of list: a table for terminals, and the incident formats of the registry. */
export const FORMATS = ["table", ...INCIDENT_FORMAT_NAMES] as const;
/** Every output format a command may take: the registry's, a table, or text (one record described). */
export type Format = "table" | "text" | IncidentFormatName;

type Options = NonNullable<ParseArgsConfig["options"]>;

const HELP_OPTION = { help: { type: "boolean", short: "h" } } as const;

export function parse<O extends Options>(argv: readonly string[], options: O, positionals = 0) {
  const config = {
    args: [...argv],
    options: { ...HELP_OPTION, ...options },
    strict: true,
    allowPositionals: true,
  } as const;
  // Every string option is read as repeatable, so that a repeat of a single-valued one is refused rather than
  // silently replacing the first value.
  const lenient = {
    ...config,
    options: Object.fromEntries(
      Object.entries(config.options).map(([name, option]) => [
        name,
        option.type === "string" ? { ...option, multiple: true } : option,
      ]),
    ),
  };
  let parsed: ReturnType<typeof parseArgs<typeof lenient>>;
  try {
    parsed = parseArgs(lenient);
  } catch (error) {
    throw new UsageError(describeParseError(error as Error & { code?: string }, Object.keys(config.options)));
  }
  const values: Record<string, unknown> = { ...parsed.values };
  for (const [name, option] of Object.entries(config.options)) {
    const given = values[name];
    if (option.type !== "string" || option.multiple === true || !Array.isArray(given)) continue;
    if (given.length > 1) throw new UsageError(`--${name} was given ${given.length} times; it takes one value`);
    values[name] = given[0];
  }
  if (parsed.positionals.length > positionals)
    throw new UsageError(`unexpected argument ${describe(parsed.positionals[positionals])}`);
  return { values, positionals: parsed.positionals } as unknown as ReturnType<typeof parseArgs<typeof config>>;
}

/** parseArgs's messages name the option; an unknown one gets a suggestion, and its advice about "--" is dropped. */
function describeParseError(error: Error & { code?: string }, known: readonly string[]): string {
  const message = error.message.replace(/ To specify a positional argument.*$/s, "");
  if (error.code !== "ERR_PARSE_ARGS_UNKNOWN_OPTION") return message;
  const name = /'(-{1,2}[^']*)'/.exec(message)?.[1] ?? "";
  const [suggestion] = closest(name.replace(/^-+/, "").split("=")[0] ?? "", known, 1);
  return suggestion === undefined ? `unknown option ${name}` : `unknown option ${name} (did you mean --${suggestion}?)`;
}

/** Repeated or comma-separated values: `--party armenia --party azerbaijan` or `--party armenia,azerbaijan`. */
export function listOption(values: string[] | undefined): string[] | undefined {
  if (values === undefined) return undefined;
  const list = values
    .flatMap((value) => value.split(","))
    .map((value) => value.trim())
    .filter(Boolean);
  if (list.length === 0) throw new UsageError("an empty value was given");
  return list;
}

/**
 * `--near tegh:25` or `--near "Davit Bek:10"` (a place id or name, resolved by the command, and kilometres) or
 * `--near 39.56,46.48:25` (latitude, longitude and kilometres).
 */
export function nearOption(value: string | undefined): NearQuery | undefined {
  if (value === undefined) return undefined;
  const at = value.lastIndexOf(":");
  const km = Number(value.slice(at + 1));
  if (at <= 0 || value.slice(at + 1).trim() === "" || !Number.isFinite(km)) {
    throw new UsageError(
      `--near takes <place>:<km> or <lat>,<lon>:<km>, such as tegh:25 or 39.56,46.48:25 (got ${describe(value)})`,
    );
  }
  const where = value.slice(0, at);
  const point = /^(-?\d+(?:\.\d+)?),\s*(-?\d+(?:\.\d+)?)$/.exec(where);
  if (point) {
    const [lat, lon] = [Number(point[1]), Number(point[2])];
    if (Math.abs(lat) > 90 && Math.abs(lon) <= 90)
      throw new UsageError(swapped(lat, lon, km, `${lat} is not a latitude (-90 to 90)`));
    return { lat, lon, km };
  }
  return { place: where as PlaceId, km };
}

/** The message for a `--near` point that makes sense only with latitude and longitude swapped. */
export function swapped(lat: number, lon: number, km: number, why: string): string {
  return `--near ${lat},${lon}:${km}: ${why}; latitude comes first. Did you mean --near ${lon},${lat}:${km}?`;
}

/** The one check of `--format`, for every command: one of the formats the command allows, or its default. */
export function formatOption<F extends Format = (typeof FORMATS)[number]>(
  value: string | undefined,
  fallback: NoInfer<F>,
  allowed: readonly F[] = FORMATS as readonly Format[] as readonly F[],
): F {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--format must be one of ${allowed.join(", ")} (got ${describe(value)})`);
  }
  return value as F;
}
