// The explorer's speed, in Debian's chromium: `npm run site:bench` (builds first). Measures
//   - interactive: from navigation start to the first complete render of the shipped data (performance mark
//     "explorer-ready"), median of 5 loads; budget 1000 ms;
//   - filter redraw: from a filter change (a side, a type, a date) to the next painted frame, over 10,000
//     synthetic incidents made with createDataset (bench.html), median and worst of 20 changes; budget 100 ms.
// Prints the results beside the committed baseline (site/bench-baseline.json) and exits 1 when a budget is
// exceeded. `npm run site:bench -- --update` rewrites the baseline's measurements.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { serveSite } from "./serve.js";

const BASELINE = path.join(import.meta.dirname, "bench-baseline.json");
const RESULTS = path.resolve(import.meta.dirname, "../.tmp/site/bench.json");
const COUNT = 10_000;
const executablePath = [process.env["CHROMIUM_PATH"], "/usr/bin/chromium", "/usr/bin/chromium-browser"].find(
  (candidate) => candidate && existsSync(candidate),
);
if (!executablePath) {
  console.error("NO BROWSER: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH");
  process.exit(1);
}

interface Results {
  interactiveMs: { median: number; runs: number[] };
  syntheticIncidents: number;
  syntheticDatasetMs: number;
  syntheticInteractiveMs: number;
  filterRedrawMs: { median: number; worst: number; runs: number[] };
  filterRenderJsMs: { median: number; worst: number };
  /** Median of each part of a render: filterIncidents, map, timeline, table. */
  renderStagesMs: Record<string, number>;
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
const round = (value: number) => Math.round(value * 10) / 10;

const { server, url } = await serveSite();
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const loads: number[] = [];
  for (let run = 0; run < 5; run++) {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector("#app[data-ready=true]");
    loads.push(await page.evaluate(() => performance.getEntriesByName("explorer-ready")[0]!.startTime));
    await page.close();
  }

  const page = await context.newPage();
  await page.goto(`${url}bench.html?n=${COUNT}`);
  await page.waitForSelector("#app[data-ready=true]", { timeout: 180_000 });
  const synthetic = (await page.evaluate(`({
    incidents: Number(document.querySelector("[data-testid=incident-count]").textContent),
    datasetMs: performance.getEntriesByName("synthetic-dataset")[0].duration,
    readyMs: performance.getEntriesByName("explorer-ready")[0].startTime,
  })`)) as { incidents: number; datasetMs: number; readyMs: number };
  // Each change: set a control, let its change handler render, and wait for the next painted frame.
  // A string, not a function: it runs in the page, which has none of this file's helpers (tsx adds some).
  const changes = (await page.evaluate(`(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const box = (selector) => () => {
      const input = document.querySelector(selector);
      input.checked = !input.checked;
      input.dispatchEvent(new Event("change"));
    };
    const month = (value) => () => {
      const input = document.querySelector("#f-from");
      input.value = value;
      input.dispatchEvent(new Event("change"));
    };
    const controls = [];
    for (let round = 0; round < 4; round++) {
      controls.push(box("#f-side-azerbaijan"), box("#f-side-azerbaijan"), box("#f-type-shelling"), month("2019-06"), box("#f-type-shelling"));
    }
    controls.push(month(""));
    const wall = [];
    const js = [];
    const stages = [];
    await frame();
    for (const change of controls) {
      const started = performance.now();
      change();
      js.push(window.explorer.lastRenderMs);
      stages.push(window.explorer.timings);
      await frame();
      wall.push(performance.now() - started);
    }
    return { wall, js, stages };
  })()`)) as { wall: number[]; js: number[]; stages: Record<string, number>[] };
  const results: Results = {
    interactiveMs: { median: round(median(loads)), runs: loads.map(round) },
    syntheticIncidents: synthetic.incidents,
    syntheticDatasetMs: round(synthetic.datasetMs),
    syntheticInteractiveMs: round(synthetic.readyMs),
    filterRedrawMs: {
      median: round(median(changes.wall)),
      worst: round(Math.max(...changes.wall)),
      runs: changes.wall.map(round),
    },
    filterRenderJsMs: { median: round(median(changes.js)), worst: round(Math.max(...changes.js)) },
    renderStagesMs: Object.fromEntries(
      Object.keys(changes.stages[0] ?? {}).map((stage) => [
        stage,
        round(median(changes.stages.map((row) => row[stage] ?? 0))),
      ]),
    ),
  };
  mkdirSync(path.dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);

  const baseline = JSON.parse(readFileSync(BASELINE, "utf8")) as {
    budgets: { interactiveMs: number; filterRedrawMs: number };
    measured?: Results;
  };
  const line = (name: string, now: number, before: number | undefined, budget?: number) =>
    console.log(
      `${name.padEnd(44)} ${String(now).padStart(8)} ms   baseline ${before === undefined ? "-" : `${before} ms`}${budget ? `   budget ${budget} ms` : ""}`,
    );
  line(
    "interactive, shipped data (median of 5)",
    results.interactiveMs.median,
    baseline.measured?.interactiveMs.median,
    baseline.budgets.interactiveMs,
  );
  line(
    `filter redraw, ${results.syntheticIncidents} incidents (median)`,
    results.filterRedrawMs.median,
    baseline.measured?.filterRedrawMs.median,
    baseline.budgets.filterRedrawMs,
  );
  line("filter redraw, worst of 21", results.filterRedrawMs.worst, baseline.measured?.filterRedrawMs.worst);
  line(
    "  of which filter + render JS (median)",
    results.filterRenderJsMs.median,
    baseline.measured?.filterRenderJsMs.median,
  );
  line(
    `createDataset of ${results.syntheticIncidents} (not budgeted)`,
    results.syntheticDatasetMs,
    baseline.measured?.syntheticDatasetMs,
  );
  console.log(
    `  by stage (median): ${Object.entries(results.renderStagesMs)
      .map(([stage, ms]) => `${stage} ${ms} ms`)
      .join(", ")}`,
  );
  console.log(`results: ${path.relative(process.cwd(), RESULTS)}`);
  if (process.argv.includes("--update")) {
    writeFileSync(
      BASELINE,
      `${JSON.stringify({ ...baseline, machine: `${os.cpus()[0]?.model ?? "?"} ×${os.cpus().length}, ${process.platform}, Node ${process.version}`, measured: results }, null, 2)}\n`,
    );
    console.log(`baseline updated: ${path.relative(process.cwd(), BASELINE)}`);
  }
  const over = [
    results.interactiveMs.median > baseline.budgets.interactiveMs && "interactive",
    results.filterRedrawMs.median > baseline.budgets.filterRedrawMs && "filter redraw",
  ].filter(Boolean);
  if (over.length) {
    console.error(`over budget: ${over.join(", ")}`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  server.close();
}
