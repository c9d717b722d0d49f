import { describe, expect, it } from "vitest";
import { formatProblem, lintData } from "../../../scripts/lint/run.js";
import { outletKey, siteOf } from "../../../scripts/lint/checks/one-publisher-per-outlet.js";
import { fixtureSources, makeDataFolder } from "../../fixtures/data-folder.js";

const TODAY = "2026-11-21";
const lint = async (root: string) => (await lintData(root, TODAY)).map(formatProblem);

const source = (id: string, publisher: string, url?: string, extra: Record<string, unknown> = {}) => ({
  id,
  publisher,
  language: "en",
  kind: "news-website",
  ...(url === undefined ? {} : { url }),
  ...extra,
});

describe("one-publisher-per-outlet", () => {
  it("reports two spellings of one outlet that differ in case, a suffix or a remark in brackets", async () => {
    const root = makeDataFolder({
      sources: [
        ...fixtureSources(),
        source("a", "Trend", "https://en.trend.az/a"),
        source("b", "Trend News Agency", "https://en.trend.az/b"),
        source("c", "NEWS.am", "https://news.am/eng/news/1.html"),
        source("d", "news.am (Armenian)", "https://news.am/arm/news/2.html"),
      ],
    });
    expect(await lint(root)).toEqual([
      'data/sources.json b.publisher: "Trend News Agency" and "Trend" name one outlet (both publish at trend.az): spell it one way in every source [one-publisher-per-outlet]',
      'data/sources.json d.publisher: "news.am (Armenian)" and "NEWS.am" name one outlet (both publish at news.am): spell it one way in every source [one-publisher-per-outlet]',
    ]);
  });

  it("reports two names of the publisher of one site", async () => {
    const root = makeDataFolder({
      sources: [
        ...fixtureSources(),
        source("a", "Radio Free Europe/Radio Liberty", "https://www.rferl.org/a/1.html"),
        source("b", "RFE/RL", "https://rferl.org/a/2.html"),
      ],
    });
    expect(await lint(root)).toEqual([
      'data/sources.json b.publisher: "RFE/RL" and "Radio Free Europe/Radio Liberty" name one outlet (both publish at rferl.org): spell it one way in every source [one-publisher-per-outlet]',
    ]);
  });

  it("reports an agency spelled otherwise than the outlet's own pages", async () => {
    const root = makeDataFolder({
      sources: [
        ...fixtureSources(),
        source("a", "Report.az", "https://report.az/en/1"),
        source("b", "Today.Az", "https://today.az/news/1.html", { agency: "Report" }),
      ],
    });
    expect(await lint(root)).toEqual([
      'data/sources.json b.agency: "Report" and "Report.az" name one outlet: spell it one way in every source [one-publisher-per-outlet]',
    ]);
  });

  it("keeps outlets with alike names at different sites apart, and passes one spelling used throughout", async () => {
    const root = makeDataFolder({
      sources: [
        ...fixtureSources(),
        source("a", "NEWS.am", "https://news.am/eng/news/1.html"),
        source("b", "News.Az", "https://news.az/news/2"),
        source("c", "A News", "https://anews.com.tr/world/3"),
        source("d", "Anews (anews.az)", "https://anews.az/en/4"),
        source("e", "Trend", "https://en.trend.az/5"),
        source("f", "AzerNews", "https://azernews.az/6", { agency: "Trend" }),
      ],
    });
    expect(await lint(root)).toEqual([]);
  });

  it("compares names and sites without their editions", () => {
    expect(outletKey("The Trend News Agency")).toBe("trend");
    expect(outletKey("A1+")).toBe(outletKey("A1plus"));
    expect(outletKey("Xebersaati.com")).toBe(outletKey("Xebersaati"));
    expect(outletKey("Hürriyet")).not.toBe(outletKey("Hürriyet Daily News"));
    expect(siteOf("https://www.en.trend.az/x")).toBe("trend.az");
    expect(siteOf("https://today.az./news/1")).toBe("today.az");
    expect(siteOf("https://news.am/eng")).toBe("news.am");
    expect(siteOf("not an address")).toBeUndefined();
  });
});
