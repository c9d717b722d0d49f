// Command-line arguments: parsing with node:util parseArgs, and the mistakes a user can make, as UsageError.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { INCIDENT_FORMAT_NAMES, type IncidentFormatName } from "../formats/registry.js";
import type { NearQuery, PlaceId } from "armenia-azerbaijan-incidents";

/** A mistake in the command line: printed without a stack trace, exit status 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** Every output format: a table for terminals, and the incident formats of the registry. */
export const FORMATS = ["table", ...INCIDENT_FORMAT_NAMES] as const;
export type Format = "table" | IncidentFormatName;

type Options = NonNullable<ParseArgsConfig["options"]>;

const HELP_OPTION = { help: { type: "boolean", short: "h" } } as const;

export function parse<O extends Options>(argv: readonly string[], options: O, positionals = 0) {
  const config = { args: [...argv], options: { ...HELP_OPTION, ...options }, strict: true, allowPositionals: true } as const;
  let parsed: ReturnType<typeof parseArgs<typeof config>>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    // parseArgs's own messages name the option; drop its advice about "--", which does not apply here.
    throw new UsageError((error as Error).message.replace(/ To specify a positional argument.*$/s, ""));
  }
  if (parsed.positionals.length > positionals) throw new UsageError(`unexpected argument "${parsed.positionals[positionals]}"`);
  return parsed;
}

/** Repeated or comma-separated values: `--party armenia --party azerbaijan` or `--party armenia,azerbaijan`. */
export function listOption(values: string[] | undefined): string[] | undefined {
  if (values === undefined) return undefined;
  const list = values.flatMap((value) => value.split(",")).map((value) => value.trim()).filter(Boolean);
  if (list.length === 0) throw new UsageError("an empty value was given");
  return list;
}

/** `--near tegh:25` (a place and kilometres) or `--near 39.56,46.48:25` (latitude, longitude and kilometres). */
export function nearOption(value: string | undefined): NearQuery | undefined {
  if (value === undefined) return undefined;
  const at = value.lastIndexOf(":");
  const km = Number(value.slice(at + 1));
  if (at <= 0 || value.slice(at + 1).trim() === "" || !Number.isFinite(km)) {
    throw new UsageError(`--near takes <place>:<km> or <lat>,<lon>:<km>, such as tegh:25 or 39.56,46.48:25 (got "${value}")`);
  }
  const where = value.slice(0, at);
  const point = /^(-?\d+(?:\.\d+)?),\s*(-?\d+(?:\.\d+)?)$/.exec(where);
  if (point) return { lat: Number(point[1]), lon: Number(point[2]), km };
  return { place: where as PlaceId, km };
}

export function formatOption(value: string | undefined, fallback: Format, allowed: readonly Format[] = FORMATS): Format {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--format must be one of ${allowed.join(", ")} (got "${value}")`);
  }
  return value as Format;
}
