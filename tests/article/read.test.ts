// readArticle: dates resolved against the publication date, places in any script or spelling, figures with whose
// losses and who says so, numbers in words.
import { describe, expect, it } from "vitest";
import { readArticle, readArticleIn } from "../../src/article.js";
import { release } from "../../src/index.js";
import { makeFixture } from "../fixtures/dataset.js";

const dateOf = (text: string, published: string) => readArticle(text, { published }).date;

describe("readArticle: dates", () => {
  it("resolves weekdays to the latest such day up to the publication date, and says how", () => {
    expect(dateOf("Two soldiers were killed on Tuesday.", "2023-04-13")).toMatchObject({
      date: "2023-04-11",
      how: "weekday",
      text: "on Tuesday",
      reference: { date: "2023-04-13", from: "published" },
    });
    expect(dateOf("Shelling went on overnight into Saturday, killing one soldier.", "2023-04-16")?.date).toBe(
      "2023-04-15",
    );
    expect(dateOf("Во вторник погибли двое военнослужащих.", "2023-04-13")?.date).toBe("2023-04-11");
    expect(dateOf("В ночь на вторник начался обстрел позиций.", "2022-09-14")?.date).toBe("2022-09-13");
  });

  it("takes the day of the events over the day of a statement, and a day fighting began as the span's start", () => {
    const reading = readArticle(
      "Fighting has gone on since Thursday. Two soldiers were killed on Saturday, the ministry said on Sunday.",
      { published: "2023-04-16" },
    );
    expect(reading.date?.date).toBe("2023-04-15");
    expect(reading.span).toEqual({ start: "2023-04-13", end: "2023-04-15" });
  });

  it("reads a date line as the publication date, and an explicit date without one", () => {
    expect(readArticle("date 2023-09-02 Three soldiers were wounded on Friday.").date?.date).toBe("2023-09-01");
    expect(readArticle("On 4 July 2017 two civilians were killed by shelling.").date).toMatchObject({
      date: "2017-07-04",
      how: "explicit",
    });
    expect(readArticle("Two civilians were killed on Tuesday.").date).toBeUndefined(); // nothing to resolve it against
  });
});

describe("readArticle: places", () => {
  it("finds places through the gazetteer in any script or spelling, with the words matched", () => {
    const found = (text: string) => readArticle(text).places.map((p) => [p.text, p.place.id]);
    expect(found("Fire near Digh and Zod")).toEqual([
      ["Digh", "tegh"],
      ["Zod", "sotk"],
    ]);
    expect(found("positions in Kelbajar")).toContainEqual(["Kelbajar", "kalbajar-district"]);
    expect(found("a blast outside Khankendi")).toEqual([["Khankendi", "stepanakert"]]);
    expect(found("обстрел окрестностей Джермука")).toEqual([["Джермука", "jermuk"]]);
    expect(readArticle("shots near the village of Tekh").places[0]).toMatchObject({ near: true, name: "Tekh" });
  });
});

describe("readArticle: figures", () => {
  it("reads whose losses and who says so", () => {
    const { figures } = readArticle(
      "Baku said two Azerbaijani soldiers were wounded. Four Armenian servicemen were killed, the defence ministry in Yerevan said.",
    );
    expect(figures).toMatchObject([
      { count: 2, category: "wounded", side: "azerbaijan", claimant: "azerbaijan-government" },
      { count: 4, category: "killed", side: "armenia", claimant: "armenia-mod" },
    ]);
  });

  it("reads numbers in words, in English and Russian, and civilians", () => {
    expect(
      readArticle("Azerbaijan's defence ministry said seven of its servicemen were killed and 10 more were wounded.")
        .figures,
    ).toMatchObject([
      { count: 7, category: "killed", side: "azerbaijan", claimant: "azerbaijan-mod" },
      { count: 10, category: "wounded", side: "azerbaijan" },
    ]);
    expect(readArticle("Минобороны Армении сообщило, что погибли четверо военнослужащих.").figures).toMatchObject([
      { count: 4, category: "killed", claimant: "armenia-mod", side: "armenia" },
    ]);
    expect(
      readArticle("Twelve civilians were killed in Ganja, Azerbaijan's prosecutor general said.").figures[0],
    ).toMatchObject({ count: 12, civilians: true });
  });

  it("recognises claimants named with a verb of speech, by name or title too", () => {
    const claimant = (text: string) => readArticle(text).figures.map((f) => f.claimant);
    expect(claimant("Pashinyan told parliament that four soldiers were killed.")).toEqual(["armenia-government"]);
    expect(claimant("According to Pashinyan, four soldiers were killed.")).toEqual(["armenia-government"]);
    expect(claimant("Алиев заявил, что двое военнослужащих погибли.")).toEqual(["azerbaijan-government"]);
    expect(claimant("Минобороны Азербайджана заявило о гибели трёх своих военнослужащих.")).toEqual(["azerbaijan-mod"]);
    expect(claimant("The Armenian side said in a statement that three soldiers were wounded.")).toEqual([
      "armenia-government",
    ]);
  });

  it("names only claimants that are parties of the dataset", () => {
    const texts = [
      "Nagorno-Karabakh's foreign ministry said two civilians were killed.",
      "Karabakh's prosecutor said two civilians were killed.",
      "Armenia's foreign ministry said two soldiers were killed.",
      "Azerbaijan's border service said a soldier was wounded.",
      "Armenian border guards said two soldiers were wounded.",
      "Russia's defence ministry said a peacekeeper was wounded.",
    ];
    expect(readArticle(texts[0]!).figures[0]?.claimant).toBe("nagorno-karabakh-authorities");
    for (const data of [release, makeFixture()]) {
      const ids = new Set(data.parties.map((p) => p.id));
      for (const text of texts)
        for (const f of readArticleIn(data, text).figures)
          if (f.claimant !== undefined) expect(ids.has(f.claimant), `${f.claimant} from “${text}”`).toBe(true);
    }
    expect(readArticleIn(makeFixture(), texts[2]!).figures[0]?.claimant).toBeUndefined();
  });

  it("reads Russian collective numerals and cardinals in oblique cases", () => {
    const counts = (text: string) => readArticle(text).figures.map((f) => [f.count, f.category]);
    expect(counts("Шестеро получили ранения.")).toEqual([[6, "wounded"]]);
    expect(counts("Минобороны Азербайджана заявило о гибели трёх своих военнослужащих.")).toEqual([[3, "killed"]]);
    expect(counts("Сообщается о гибели трех и ранении четырёх военнослужащих.")).toEqual([
      [3, "killed"],
      [4, "wounded"],
    ]);
    expect(counts("Погибли пятеро военнослужащих, ранены семеро.")).toEqual([
      [5, "killed"],
      [7, "wounded"],
    ]);
    expect(counts("Трое военнослужащих погибли, двое ранены.")).toEqual([
      [3, "killed"],
      [2, "wounded"],
    ]);
  });

  it("reads English counts in words: two soldiers, a dozen, two dozen", () => {
    const counts = (text: string) => readArticle(text).figures.map((f) => [f.count, f.category]);
    expect(counts("Shelling killed two soldiers and wounded a dozen civilians.")).toEqual([
      [2, "killed"],
      [12, "wounded"],
    ]);
    expect(counts("A dozen civilians were wounded.")).toEqual([[12, "wounded"]]);
    expect(counts("Two dozen soldiers were injured.")).toEqual([[24, "wounded"]]);
  });

  it("names the parties and tells a report of violence from one without", () => {
    const reading = readArticle("Officials from Baku and Yerevan met in Almaty to talk about the border.");
    expect(reading.parties.sort()).toEqual(["armenia", "azerbaijan"]);
    expect(reading.violent).toBe(false);
  });
});
