import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { CliDataset } from "../../src/cli/dataset.js";
import { run } from "../../src/cli/run.js";
import { createDataset, DatasetError } from "../../src/create.js";
import { UnknownIdError } from "../../src/errors.js";
import { fixtureEpisodes, fixtureInput, makeFixture } from "../fixtures/dataset.js";

const data = makeFixture();

describe("episodes", () => {
  it("are published with sides and estimates derived as an incident's are", () => {
    const episode = data.getEpisode("summer-escalation");
    expect(episode.sides).toEqual(["armenia", "azerbaijan"]);
    expect(episode.estimates).toEqual([
      { losses: "am-army", side: "armenia", killed: { low: 10, best: 10, high: 40, claimants: 2, basis: "own-camp" } },
    ]);
    expect(data.getEpisode("july-escalation")).toBe(episode);
    expect(data.isEpisodeId("summer-escalation")).toBe(true);
    expect(data.info.counts.episodes).toBe(1);
  });

  it("filter incidents, one or many, aliases included; unknown ids throw with a suggestion", () => {
    expect(data.filterIncidents({ episode: "summer-escalation" }).map((i) => i.id)).toEqual(["2020-07-12-alpha"]);
    expect(data.filterIncidents({ episode: ["july-escalation"] }).map((i) => i.id)).toEqual(["2020-07-12-alpha"]);
    expect(data.incidents.filter(data.byEpisode("summer-escalation"))).toHaveLength(1);
    expect(() => data.filterIncidents({ episode: "summer-escalaton" })).toThrow(UnknownIdError);
    expect(() => data.filterIncidents({ episode: "summer-escalaton" })).toThrow('Did you mean "summer-escalation"?');
  });

  it("show in the incidents CSV (last column) and in the command line's list --episode", () => {
    const rows = parse(data.toCSV(data.incidents), { columns: true, record_delimiter: "\r\n" }) as Record<
      string,
      string
    >[];
    expect(rows.map((r) => r["episode"])).toEqual(["summer-escalation", "", ""]);
    const out = run(
      ["list", "--episode", "summer-escalation", "--format", "json"],
      { isTTY: false, columns: 80 },
      data as unknown as CliDataset,
    );
    expect(JSON.parse(out.stdout).map((i: { id: string }) => i.id)).toEqual(["2020-07-12-alpha"]);
  });

  it("are checked: references resolve, and an incident's span overlaps its episodes'", () => {
    const outside = { ...fixtureInput.incidents[2]!, episodes: ["summer-escalation"] };
    const unknown = { ...fixtureInput.incidents[1]!, episodes: ["no-such-episode"] };
    const badEpisode = { ...fixtureEpisodes[0]!, actors: ["nobody"] };
    let error: unknown;
    try {
      createDataset({
        ...fixtureInput,
        incidents: [fixtureInput.incidents[0]!, unknown, outside],
        episodes: [badEpisode],
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DatasetError);
    const messages = (error as DatasetError).issues.map((i) => `${i.collection} ${i.record}: ${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^episodes summer-escalation: .*unknown party id "nobody"/),
        expect.stringMatching(/^incidents 2021-05-gamma: .*unknown episode id "no-such-episode"/),
        expect.stringMatching(/^incidents 2023-04-11-beta: .*lies outside episode "summer-escalation"/),
      ]),
    );
  });

  it("are optional: a dataset without them has none", () => {
    const { episodes: _episodes, ...rest } = fixtureInput;
    const bare = createDataset({ ...rest, incidents: rest.incidents.map(({ episodes: _e, ...incident }) => incident) });
    expect(bare.episodes).toEqual([]);
  });
});
