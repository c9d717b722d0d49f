// The README's screenshots of the explorer, at a laptop's width (1366) and a phone's (390): `npm run
// site:screenshots` (builds first). Writes site/screenshots/explorer-1366.png and explorer-390.png (the first screen
// a reader sees, not the whole page) and prints how wide each page is, so sideways scrolling shows at once.
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { serveSite } from "./serve.js";

const OUT = path.resolve(import.meta.dirname, "screenshots");
const VIEWS = [
  { name: "explorer-1366.png", width: 1366, height: 900, query: "" },
  { name: "explorer-390.png", width: 390, height: 1100, query: "" },
];
const executablePath = [process.env["CHROMIUM_PATH"], "/usr/bin/chromium", "/usr/bin/chromium-browser"].find(
  (candidate) => candidate && existsSync(candidate),
);
if (!executablePath) {
  console.error("NO BROWSER: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH");
  process.exit(1);
}

const { server, url } = await serveSite();
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
try {
  mkdirSync(OUT, { recursive: true });
  for (const view of VIEWS) {
    const page = await browser.newPage({ viewport: { width: view.width, height: view.height } });
    await page.goto(`${url}${view.query}`);
    await page.waitForSelector("#app[data-ready=true]");
    const width = (await page.evaluate("document.documentElement.scrollWidth")) as number;
    const file = path.join(OUT, view.name);
    await page.screenshot({ path: file });
    console.log(`${path.relative(process.cwd(), file)}: viewport ${view.width}, page ${width} px wide`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
