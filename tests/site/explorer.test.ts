// The explorer page (site/), in a real browser: Debian's chromium driven by playwright-core. One build, one
// server and one browser for the whole file. Without a browser this file FAILS: install one with
// `apt-get install -y chromium` (.ci/run does), or point CHROMIUM_PATH at one.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveSite } from "../../site/serve.js";
import {
  casualtyTotals,
  filterIncidents,
  getIncident,
  getPlace,
  getSource,
  incidents,
  type IncidentQuery,
  toCSV,
  toGeoJSON,
} from "../../src/index.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SCREENSHOT = path.join(ROOT, ".tmp/site/explorer-default.png");
const require = createRequire(import.meta.url);
const CANDIDATES = [
  process.env["CHROMIUM_PATH"],
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
].filter((candidate): candidate is string => typeof candidate === "string" && candidate !== "");

let server: Server | undefined;
let browser: Browser | undefined;
let context: BrowserContext;
let base = "";

beforeAll(async () => {
  const executablePath = CANDIDATES.find((candidate) => existsSync(candidate));
  if (!executablePath) {
    const message =
      "\n\n*** NO BROWSER: the explorer's browser tests cannot run. ***\n" +
      `None of ${CANDIDATES.join(", ")} exists. Install Debian's chromium (apt-get install -y chromium; .ci/run does) ` +
      "or set CHROMIUM_PATH. These tests fail rather than skip, so a run without a browser is never green.\n";
    console.error(message);
    throw new Error(message);
  }
  await build({ configFile: path.join(ROOT, "site/vite.config.ts"), logLevel: "error" });
  const served = await serveSite(path.join(ROOT, "site/dist"), 0);
  server = served.server;
  base = served.url;
  browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
  context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, acceptDownloads: true });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

/** Opens the page at a query string; collects console errors and uncaught exceptions. */
async function open(query = ""): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${base}${query}`);
  await page.waitForSelector("#app[data-ready=true]");
  return { page, errors };
}

const count = async (page: Page) => Number(await page.getByTestId("incident-count").textContent());
const renders = async (page: Page) => Number(await page.locator("#app").getAttribute("data-renders"));
const markers = async (page: Page) =>
  (
    await page
      .locator("[data-testid=map] .marker")
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-place")))
  ).sort();
/** The ids the table lists, all of them: a long selection is shown a page at a time until "Show all". */
async function tableIds(page: Page) {
  const rows = page.locator("[data-testid=table] tbody button[data-incident]");
  const more = page.getByRole("button", { name: /^Show all \d+ incidents$/ });
  if (await more.isVisible()) {
    const total = Number(/\d+/.exec((await more.textContent()) ?? "")?.[0]);
    await more.click();
    await page.waitForFunction(
      (n) =>
        (
          globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }
        ).document.querySelectorAll("[data-testid=table] tbody button[data-incident]").length === n,
      total,
    );
  }
  return rows.evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-incident")));
}
/** The page's view state, as it exposes it for tests (window.explorer). */
const viewState = async (page: Page) =>
  (await page.evaluate("window.explorer.state")) as Record<string, unknown> & { from: string; to: string };
const idsOf = (query: IncidentQuery) => filterIncidents(query).map((incident) => incident.id);
/** Waits for the render that follows an action. */
async function after(page: Page, action: () => Promise<unknown>) {
  const before = await renders(page);
  await action();
  await page.waitForFunction(`Number(document.getElementById("app").dataset.renders) > ${before}`);
}

describe("the explorer page", { timeout: 30_000 }, () => {
  it("loads with no console errors, shows every part, and writes a screenshot of the default view", async () => {
    const { page, errors } = await open();
    for (const id of ["map", "timeline", "filters", "incident-count", "incident-panel", "table"])
      await expect(page.getByTestId(id).count()).resolves.toBe(1);
    expect(await count(page)).toBe(incidents.length);
    // The default view as a reader first sees it, before the table is expanded below.
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 1600 } });
    console.log(`explorer screenshot: ${path.relative(ROOT, SCREENSHOT)}`);
    expect(await tableIds(page)).toEqual(incidents.map((incident) => incident.id));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows as many incidents as filterIncidents returns for the same filters", async () => {
    const views: [string, IncidentQuery][] = [
      [
        "?from=2023&party=azerbaijan&place=syunik-province",
        { from: "2023", party: "azerbaijan", place: "syunik-province" },
      ],
      ["?from=2022-09&to=2022-12", { from: "2022-09", to: "2022-12" }],
      ["?party=nagorno-karabakh,armenia-mod", { party: ["nagorno-karabakh", "armenia-mod"] }],
      ["?type=shelling,blockade", { type: ["shelling", "blockade"] }],
      ["?place=armenia", { place: "armenia" }],
    ];
    const page = await context.newPage();
    for (const [query, filters] of views) {
      await page.goto(`${base}${query}`);
      await page.waitForSelector("#app[data-ready=true]");
      expect(await count(page), query).toBe(filterIncidents(filters).length);
      expect(await tableIds(page), query).toEqual(idsOf(filters));
    }
    await page.close();
  });

  it("a date brush on the timeline sets the range and changes the map and the table", async () => {
    const { page } = await open();
    const before = { markers: await markers(page), rows: await tableIds(page) };
    const timeline = page.locator("[data-testid=timeline] svg.timeline-svg");
    await timeline.scrollIntoViewIfNeeded();
    const box = (await timeline.boundingBox())!;
    await after(page, async () => {
      await page.mouse.move(box.x + box.width * 0.88, box.y + box.height * 0.5);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.93, box.y + box.height * 0.5, { steps: 5 });
      await page.mouse.move(box.x + box.width * 0.995, box.y + box.height * 0.5, { steps: 5 });
      await page.mouse.up();
    });
    const state = await viewState(page);
    expect(state.from).toMatch(/^\d{4}-\d{2}$/);
    expect(state.to).toMatch(/^\d{4}-\d{2}$/);
    const expected = idsOf({ from: state.from, to: state.to });
    expect(expected.length).toBeLessThan(incidents.length);
    expect(await count(page)).toBe(expected.length);
    expect(await tableIds(page)).toEqual(expected);
    expect(await markers(page)).not.toEqual(before.markers);
    expect(new URL(page.url()).searchParams.get("from")).toBe(state.from);
    await expect(page.locator("#f-from").inputValue()).resolves.toBe(state.from);
    await page.close();
  });

  it("a side filter changes the map and the table", async () => {
    const { page } = await open();
    const before = await markers(page);
    await after(page, () => page.getByLabel("Nagorno-Karabakh", { exact: true }).check());
    const expected = idsOf({ party: "nagorno-karabakh" });
    expect(expected.length).toBeLessThan(incidents.length);
    expect(await count(page)).toBe(expected.length);
    expect(await tableIds(page)).toEqual(expected);
    expect(await markers(page)).not.toEqual(before);
    expect(new URL(page.url()).searchParams.get("party")).toBe("nagorno-karabakh");
    await page.close();
  });

  it('a place search finds Tegh by typing "Digh", and narrows the map and the table to it', async () => {
    const { page } = await open();
    await page.getByLabel("Place", { exact: true }).fill("Digh");
    await expect(page.locator(".place-results button").first().getAttribute("data-place")).resolves.toBe("tegh");
    await after(page, () => page.getByLabel("Place", { exact: true }).press("Enter"));
    const expected = idsOf({ place: "tegh" });
    expect(expected).toContain("2023-04-11-tegh");
    expect(await count(page)).toBe(expected.length);
    expect(await tableIds(page)).toEqual(expected);
    // The map shows every location of the incidents at Tegh, Tegh among them.
    expect(await markers(page)).toContain("tegh");
    // A province selects everything inside it.
    await after(page, () => page.getByRole("button", { name: "Remove place Tegh" }).click());
    await page.getByLabel("Place", { exact: true }).fill("Syunik");
    await after(page, () => page.getByLabel("Place", { exact: true }).press("Enter"));
    expect(await tableIds(page)).toEqual(idsOf({ place: "syunik-province" }));
    await page.close();
  });

  it("opens an incident from the map with the keyboard", async () => {
    const { page } = await open("?place=tegh");
    await page.locator("[data-testid=map] .marker[data-place=tegh]").focus();
    await after(page, () => page.keyboard.press("Enter"));
    // One incident there opens at once; several are listed to choose from (the record grows).
    if (filterIncidents({ place: "tegh" }).length > 1) {
      const choices = page.getByTestId("incident-panel").locator("button[data-incident]");
      expect(await choices.count()).toBe(filterIncidents({ place: "tegh" }).length);
      await choices.and(page.locator("[data-incident='2023-04-11-tegh']")).focus();
      await after(page, () => page.keyboard.press("Enter"));
    }
    await expect(page.getByTestId("incident-panel").locator("h2").textContent()).resolves.toBe(
      getIncident("2023-04-11-tegh").title,
    );
    expect(new URL(page.url()).searchParams.get("incident")).toBe("2023-04-11-tegh");
    await page.close();
  });

  it("round-trips a view through the URL", async () => {
    const { page } = await open();
    await after(page, () => page.getByLabel("Azerbaijan", { exact: true }).check());
    await after(page, () => page.getByLabel("exchange of fire", { exact: true }).check());
    await after(page, () => page.locator("#f-from").fill("2021-01"));
    await after(page, () => page.locator("#f-lang").selectOption("ru"));
    await after(page, () => page.locator("[data-testid=table] button[data-incident='2023-04-11-tegh']").click());
    const link = page.url();
    const state = await viewState(page);
    const shown = await count(page);
    const rows = await tableIds(page);
    const { page: second, errors } = await open(link.slice(base.length));
    expect(await viewState(second)).toEqual(state);
    expect(second.url()).toBe(link);
    expect(await count(second)).toBe(shown);
    expect(shown).toBe(filterIncidents({ party: "azerbaijan", type: "exchange-of-fire", from: "2021-01" }).length);
    expect(await tableIds(second)).toEqual(rows);
    await expect(second.getByLabel("Azerbaijan", { exact: true }).isChecked()).resolves.toBe(true);
    await expect(second.getByTestId("incident-panel").locator("h2").textContent()).resolves.toBe(
      getIncident("2023-04-11-tegh").title,
    );
    await expect(second.getByTestId("incident-panel").textContent()).resolves.toContain("Тех"); // Tegh, in Russian
    expect(errors).toEqual([]);
    await page.close();
    await second.close();
  });

  it("lists every claim of an incident side by side, with its sources as links", async () => {
    const { page } = await open("?incident=2023-04-11-tegh");
    const tegh = getIncident("2023-04-11-tegh");
    const panel = page.getByTestId("incident-panel");
    const claimRows = panel.locator("table[data-testid=claims] tbody tr.claim");
    expect(await claimRows.count()).toBe(tegh.casualties.length);
    // One table per party whose losses are claimed: each side's account next to the other's.
    expect(await panel.locator("table[data-testid=claims]").count()).toBe(
      new Set(tegh.casualties.map((claim) => claim.losses)).size,
    );
    // At a glance: one column per claimant, so each side's figures stand next to the other's.
    const claimants = new Set(tegh.casualties.map((claim) => claim.claimant));
    expect(await panel.locator("[data-testid=claims-comparison] thead th").count()).toBe(claimants.size + 3);
    const text = (await panel.textContent()) ?? "";
    for (const claim of tegh.casualties)
      if (typeof claim.killed === "number") expect(text).toContain(String(claim.killed));
    expect(text).toContain("Accusations");
    expect(text).toContain(tegh.accusations[0]!.allegation);
    const links = await panel
      .locator("table[data-testid=claims] a[data-source]")
      .evaluateAll((nodes) =>
        nodes.map((node) => ({ id: node.getAttribute("data-source")!, href: node.getAttribute("href")! })),
      );
    const cited = new Set(tegh.casualties.flatMap((claim) => claim.sources).filter((id) => getSource(id).url));
    expect(new Set(links.map((link) => link.id))).toEqual(cited);
    for (const link of links) {
      expect(link.href).toBe(getSource(link.id).url);
      expect(new URL(link.href).protocol).toMatch(/^https?:$/);
    }
    await page.close();
  });

  it("shows a bound as a bound, what each best figure rests on, and the incident's episodes with their totals", async () => {
    // Shusha, November 2020: Azerbaijan's "up to 800" Armenian dead, an incident of the 2020 war.
    const { page, errors } = await open("?incident=2020-11-04-shusha");
    const panel = page.getByTestId("incident-panel");
    const text = (await panel.textContent()) ?? "";
    expect(text).toContain("up to 800");
    expect(text).toContain("Part of: Second Nagorno-Karabakh War");
    const episodeRows = panel.locator("table[data-testid=episode-estimates] tbody tr");
    expect(await episodeRows.count()).toBeGreaterThanOrEqual(3);
    expect(await panel.locator("table[data-testid=episode-estimates]").textContent()).toContain(
      "the side's own figure",
    );
    // The map draws only each side's own figures, and says so.
    await expect(page.getByTestId("timeline").textContent()).resolves.toContain("each side's own figures");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("draws an incident's dead once, at its first place, and leaves out a figure only the other side gave", async () => {
    const { page } = await open("?from=2020-11-04&to=2020-11-04");
    const labels = await page
      .locator("[data-testid=map] .marker")
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("aria-label") ?? ""));
    // The Shusha record lists Shusha, Karin Tak and Lisagor: the other side's "up to 800" is drawn nowhere.
    for (const label of labels) expect(label).not.toMatch(/\b800 killed/);
    expect(labels.some((label) => label.includes("each side's own figures"))).toBe(true);
    await page.close();
  });

  it("downloads the selection as CSV and GeoJSON through the package's writers", async () => {
    const { page } = await open("?party=nagorno-karabakh");
    const selection = filterIncidents({ party: "nagorno-karabakh" });
    const read = async (name: string) => {
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name }).click()]);
      return readFileSync((await download.path())!, "utf8");
    };
    expect(await read("incidents CSV")).toBe(toCSV(selection));
    const geojson = JSON.parse(await read("GeoJSON")) as { features: { properties: { id: string } }[] };
    expect(new Set(geojson.features.map((feature) => feature.properties.id))).toEqual(
      new Set(selection.map((incident) => incident.id)),
    );
    await page.close();
  });

  it("draws a background tile layer only when asked, under the shipped outlines", async () => {
    const { page: plain } = await open();
    expect(await plain.locator("[data-testid=map] image").count()).toBe(0);
    await plain.close();
    // No network in tests: the fake tile server answers every tile with a 1×1 PNG.
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
      "base64",
    );
    const requested: string[] = [];
    await context.route("https://tiles.example/**", (route) => {
      requested.push(route.request().url());
      return route.fulfill({ status: 200, contentType: "image/png", body: png });
    });
    const { page, errors } = await open("?tiles=https://tiles.example/{z}/{x}/{y}.png");
    const hrefs = await page
      .locator("[data-testid=map] image")
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("href")!));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^https:\/\/tiles\.example\/\d+\/\d+\/\d+\.png$/);
    expect(await page.locator("[data-testid=map] .country").count()).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get("tiles")).toBe("https://tiles.example/{z}/{x}/{y}.png");
    await page.waitForLoadState("networkidle");
    expect(requested.length).toBe(hrefs.length);
    expect(errors).toEqual([]);
    await context.unroute("https://tiles.example/**");
    await page.close();
  });

  // One test per view: each runs axe over a whole page, which takes seconds on a busy machine.
  for (const [query, width] of [
    ["", 1280],
    ["?incident=2023-04-11-tegh&lang=hy", 1280],
    ["?episode=2020-war", 1366],
    ["?figures=other", 390],
    ["?incident=2020-11-04-shusha", 390],
  ] as const) {
    it(`has no serious or critical axe-core violations: ${query || "default view"} at ${width} pixels`, async () => {
      const axe = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
      const { page } = await open(query);
      await page.setViewportSize({ width, height: 900 });
      // The charts load once scrolled to: bring them in, so that they are checked too.
      await page.getByTestId("charts").scrollIntoViewIfNeeded();
      await page.waitForSelector("[data-testid=chart-yearly] svg");
      await page.addScriptTag({ content: axe });
      const violations =
        (await page.evaluate(`axe.run(document).then((result) => result.violations.map((violation) => ({
        id: violation.id, impact: violation.impact, help: violation.help,
        targets: violation.nodes.slice(0, 3).map((node) => node.target.join(" ")),
      })))`)) as { id: string; impact: string; help: string; targets: string[] }[];
      expect(
        violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical"),
        `${query || "default view"} at ${width} px`,
      ).toEqual([]);
      await page.close();
    });
  }

  // What a reader sees first, at a phone's width and a laptop's: the map above the fold, no sideways scrolling, and
  // no table cut off inside the incident panel or the episode view.
  for (const width of [390, 1366]) {
    it(`fits ${width} pixels: the map first, no sideways scrolling, no clipped table`, async () => {
      const page = await context.newPage();
      await page.setViewportSize({ width, height: 900 });
      for (const query of [
        "",
        "?incident=2020-11-04-shusha",
        "?incident=2023-04-11-tegh&lang=hy",
        "?episode=2020-war",
      ]) {
        await page.goto(`${base}${query}`);
        await page.waitForSelector("#app[data-ready=true]");
        await page.getByTestId("charts").scrollIntoViewIfNeeded();
        await page.waitForSelector("[data-testid=chart-yearly] svg");
        const layout = (await page.evaluate(`(() => {
          const map = document.querySelector("[data-testid=map] svg").getBoundingClientRect();
          const clipped = [...document.querySelectorAll("[data-testid=incident-panel] .scroll")]
            .filter((box) => box.scrollWidth > box.clientWidth + 1)
            .map((box) => box.getAttribute("aria-label"));
          return {
            pageWidth: document.documentElement.scrollWidth,
            mapTop: map.top + window.scrollY,
            mapWidth: map.width,
            panelWidth: document.querySelector("[data-testid=incident-panel]").getBoundingClientRect().width,
            clipped,
            // The panel's Close or All episodes button, and the heading it must not share a line with.
            closeBottom: document.querySelector("[data-testid=incident-panel] .close")?.getBoundingClientRect().bottom,
            headingTop: document.querySelector("[data-testid=incident-panel] h2")?.getBoundingClientRect().top,
          };
        })()`)) as {
          pageWidth: number;
          mapTop: number;
          mapWidth: number;
          panelWidth: number;
          clipped: string[];
          closeBottom?: number;
          headingTop?: number;
        };
        expect(layout.pageWidth, `${query || "default view"}: page width at ${width}`).toBeLessThanOrEqual(width);
        expect(layout.mapTop, `${query || "default view"}: the map starts on the first screen`).toBeLessThan(700);
        if (width >= 1366) expect(layout.clipped, `${query || "default view"}: tables cut off`).toEqual([]);
        if (query) {
          expect(layout.closeBottom, `${query}: the panel's button`).toBeDefined();
          expect(layout.closeBottom!, `${query}: the button stands above the heading`).toBeLessThanOrEqual(
            layout.headingTop!,
          );
        }
        // On a phone the map and the panel each take the page's width, one under the other.
        if (width < 900) {
          expect(layout.mapWidth, `${query || "default view"}: map width`).toBeGreaterThan(width - 48);
          expect(layout.panelWidth, `${query || "default view"}: panel width`).toBeGreaterThan(width - 48);
        }
      }
      await page.close();
    });
  }

  it("draws each incident's figures once: no incident is counted at two places", async () => {
    for (const [query, filters] of [
      ["", {}],
      ["?figures=other", {}],
      ["?from=2020-09&to=2020-11", { from: "2020-09", to: "2020-11" }],
    ] as const) {
      const { page } = await open(query);
      const byPlace = (await page.evaluate("window.explorer.counted")) as Record<string, string[]>;
      // Each place that counts an incident has its marker on the map.
      const drawnPlaces = await page
        .locator("[data-testid=map] .marker")
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-place")));
      expect(new Set(drawnPlaces), query || "default view").toEqual(new Set(Object.keys(byPlace)));
      const counted = Object.values(byPlace).flat();
      const duplicates = counted.filter((id, index) => counted.indexOf(id) !== index);
      expect(duplicates, query || "default view").toEqual([]);
      // Every incident the package's GeoJSON locates is on the map, its figures counted at exactly one place.
      const located = new Set(
        toGeoJSON(filterIncidents(filters))
          .features.filter((feature) => feature.geometry !== null)
          .map((feature) => String(feature.properties["id"])),
      );
      expect(new Set(counted), query || "default view").toEqual(located);
      await page.close();
    }
  });

  it("draws Karabakh, the line of contact and the border, and an incident on a line on that line", async () => {
    const { page, errors } = await open();
    const map = page.getByTestId("map");
    expect(await map.getByTestId("karabakh-outline").count()).toBe(1);
    expect(await map.getByTestId("am-az-border").count()).toBe(1);
    expect(await map.locator("path.gazetteer-line[data-line=nagorno-karabakh-line-of-contact]").count()).toBe(1);
    // The incidents on the line of contact: drawn on the line, their marker on one of its vertices, not at a country.
    const onLine = filterIncidents({ place: "nagorno-karabakh-line-of-contact" });
    expect(onLine.length).toBeGreaterThan(0);
    expect(await map.locator(".lines path[data-place=nagorno-karabakh-line-of-contact]").count()).toBe(1);
    const label = await map.locator(".marker[data-place=nagorno-karabakh-line-of-contact]").getAttribute("aria-label");
    expect(label).toContain("drawn on its line");
    expect(label).not.toContain("shown at");
    // The page says what the sketches are drawn through.
    const sources = (await page.locator(".map-sources").textContent()) ?? "";
    expect(sources).toContain("Natural Earth");
    const lineSource = getPlace("nagorno-karabakh-line-of-contact").line!.source;
    const through = "throughPlaces" in lineSource ? lineSource.throughPlaces : [];
    expect(through.length).toBeGreaterThan(1);
    for (const id of through) expect(sources).toContain(getPlace(id).label);
    // Names on the map never overlap.
    const overlaps = (await page.evaluate(`(() => {
      const boxes = [...document.querySelectorAll("[data-testid=map] .admin text")].map((node) => ({ id: node.textContent, box: node.getBBox() }));
      const hit = [];
      for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i].box, b = boxes[j].box;
        if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) hit.push(boxes[i].id + " / " + boxes[j].id);
      }
      return { count: boxes.length, hit };
    })()`)) as { count: number; hit: string[] };
    expect(overlaps.count).toBeGreaterThan(5);
    expect(overlaps.hit).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("switches from each side's own figures to the other side's claims, and says which it draws", async () => {
    const { page } = await open();
    await expect(page.getByTestId("figures-note").textContent()).resolves.toContain("each side's own figures");
    await after(page, () => page.getByLabel("the other side's claims").check());
    expect(new URL(page.url()).searchParams.get("figures")).toBe("other");
    await expect(page.getByTestId("timeline").textContent()).resolves.toContain("the other side's claims");
    await expect(page.getByTestId("figures-note").textContent()).resolves.toContain("the other side's claims");
    await page.close();
  });

  it("shows an episode: each side's totals as each side gave them, side by side, and the incidents inside it", async () => {
    const { page, errors } = await open();
    await after(page, () => page.getByTestId("incident-panel").locator("button[data-episode='2020-war']").click());
    expect(new URL(page.url()).searchParams.get("episode")).toBe("2020-war");
    const inside = filterIncidents({ episode: "2020-war" });
    const panel = page.getByTestId("incident-panel");
    expect(await panel.locator(".episode-incidents button[data-incident]").count()).toBe(inside.length);
    expect(await count(page)).toBe(inside.length);
    for (const total of casualtyTotals(inside, { by: "all" })) {
      const cells = await panel
        .locator(`[data-testid=episode-totals] tr[data-side=${total.side}] td`)
        .evaluateAll((nodes) => nodes.map((node) => node.textContent));
      // Own side's four categories, then the other side's.
      expect(cells[0], total.side).toBe(total.own.killed === null ? "–" : String(total.own.killed));
      expect(cells[4], total.side).toBe(total.other.killed === null ? "–" : String(total.other.killed));
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("moves the date range with the keyboard, and Back and Forward step through views", async () => {
    const { page } = await open();
    const timeline = page.locator("[data-testid=timeline] .timeline-frame");
    await timeline.focus();
    await after(page, () => page.keyboard.press("ArrowLeft"));
    const first = await viewState(page);
    expect(first.from).toMatch(/^\d{4}-\d{2}$/);
    expect(first.to).toMatch(/^\d{4}-\d{2}$/);
    await after(page, () => page.keyboard.press("ArrowLeft"));
    const moved = await viewState(page);
    const month = (value: string) => Number(value.slice(0, 4)) * 12 + Number(value.slice(5, 7));
    expect(month(moved.from)).toBe(month(first.from) - 1);
    expect(month(moved.to)).toBe(month(first.to) - 1);
    await after(page, () => page.keyboard.press("Shift+ArrowLeft"));
    const shorter = await viewState(page);
    expect(shorter.from).toBe(moved.from);
    expect(month(shorter.to)).toBe(month(moved.to) - 1);
    expect(await count(page)).toBe(filterIncidents({ from: shorter.from, to: shorter.to }).length);
    await after(page, () => page.keyboard.press("Escape"));
    expect((await viewState(page)).from).toBe("");
    // Back steps through the views in turn, Forward again.
    await after(page, () => page.goBack());
    expect(await viewState(page)).toMatchObject({ from: shorter.from, to: shorter.to });
    await after(page, () => page.goBack());
    expect(await viewState(page)).toMatchObject({ from: moved.from, to: moved.to });
    expect(await count(page)).toBe(filterIncidents({ from: moved.from, to: moved.to }).length);
    await after(page, () => page.goForward());
    expect(await viewState(page)).toMatchObject({ from: shorter.from, to: shorter.to });
    await page.close();
  });

  it("charts the record over time with the package's own totals", async () => {
    const { page, errors } = await open();
    await page.getByTestId("charts").scrollIntoViewIfNeeded();
    await page.waitForSelector("[data-testid=chart-monthly] svg");
    await page.waitForSelector("[data-testid=chart-yearly] svg");
    // One bar segment per year and side that the package's casualtyTotals gives a figure for.
    const expected = casualtyTotals(incidents).filter((total) => total.own.killed).length;
    expect(await page.locator("[data-testid=chart-yearly] svg g rect").count()).toBe(expected);
    expect(await page.getByTestId("chart-yearly").textContent()).toContain("each side's own figures");
    expect(errors).toEqual([]);
    await page.close();
  });
});
