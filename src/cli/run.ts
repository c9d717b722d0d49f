// The command line as a function of its arguments, so tests can run it without a process.
import { parseArgs } from "node:util";
import { dataset } from "armenia-azerbaijan-incidents";
import { overview } from "./overview.js";

const HELP = `Usage: armenia-azerbaijan-incidents [options]

Prints an overview of the dataset: counts, the span it covers and the latest incidents.

Options:
  -n, --latest <count>  how many of the latest incidents to show (default 5)
  -v, --version         print the package and data version
  -h, --help            print this help
`;

export function run(argv: readonly string[]): { code: number; stdout: string; stderr: string } {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        latest: { type: "string", short: "n" },
        version: { type: "boolean", short: "v" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { code: 2, stdout: "", stderr: `${(error as Error).message}\n\n${HELP}` };
  }
  if (values.help) return { code: 0, stdout: HELP, stderr: "" };
  if (values.version) return { code: 0, stdout: `${dataset.version}\n`, stderr: "" };
  const latest = values.latest === undefined ? 5 : Number(values.latest);
  if (!Number.isInteger(latest) || latest < 0) {
    return { code: 2, stdout: "", stderr: `--latest must be a whole number, zero or more (got "${values.latest}")\n` };
  }
  return { code: 0, stdout: `${overview(latest)}\n`, stderr: "" };
}
