// `npm start` builds first, quietly: the build's log is shown only when it fails. Usage:
// node scripts/build/quiet.mjs [command…] (by default `npm run build --silent`).
import { spawnSync } from "node:child_process";

const [command, ...args] = process.argv.length > 2 ? process.argv.slice(2) : ["npm", "run", "build", "--silent"];
const result = spawnSync(command, args, {
  encoding: "utf8",
  shell: process.platform === "win32",
  maxBuffer: 256 * 1024 * 1024,
});
if (result.error) {
  process.stderr.write(`${result.error.message}\n`);
  process.exit(1);
}
if (result.status !== 0) {
  process.stdout.write(result.stdout ?? "");
  process.stderr.write(result.stderr ?? "");
  process.stderr.write(`The build failed (exit status ${result.status ?? result.signal}).\n`);
  process.exit(result.status ?? 1);
}
