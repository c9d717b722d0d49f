// The `armenia-azerbaijan-incidents` command. Without a command it prints an overview of the dataset.
import { run } from "./run.js";

const result = run(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
