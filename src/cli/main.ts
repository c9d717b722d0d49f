// The `armenia-azerbaijan-incidents` (and `aa-incidents`) command.
import { run } from "./run.js";

// A reader that goes away (`aa-incidents list | head -n 1`) is not an error: stop quietly, as Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(0);
  });
}

try {
  const result = run(process.argv.slice(2), {
    isTTY: process.stdout.isTTY === true,
    columns: process.stdout.columns ?? 100,
  });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
} catch (error) {
  // Not a user mistake: a bug. Say so briefly; the stack is for the report.
  process.stderr.write(
    `armenia-azerbaijan-incidents: internal error: ${(error as Error).message}\nPlease report it with this output:\n${(error as Error).stack ?? ""}\n`,
  );
  process.exitCode = 1;
}
