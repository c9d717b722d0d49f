// `prepare`: an install from git gets no dist/, so it builds one. An install in a working copy that already has a
// build skips it: `npm start` and `npm test` rebuild anyway.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

if (!existsSync(new URL("../../dist/index.cjs", import.meta.url))) {
  execSync("npm run build --silent", { stdio: "inherit", cwd: new URL("../..", import.meta.url) });
}
