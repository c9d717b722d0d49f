// `npm run bench:article`: the time to read and match a 1,000-word article (the project's test articles joined),
// median of 31 runs after 20 warm-up runs, as processor time and wall time. A speed goal, so a benchmark with a
// committed baseline (scripts/bench/baseline.md), not a timed unit test.
import { matchArticle } from "../../src/article.js";
import { ARTICLES } from "../../tests/article/articles.js";

const text = ARTICLES.map((article) => article.text)
  .join("\n\n")
  .split(/\s+/)
  .slice(0, 1000)
  .join(" ");
// Warm up until the optimising compiler has settled: its background threads count as processor time too.
for (let i = 0; i < 20; i++) matchArticle(text, { published: "2023-09-02" });
const wall: number[] = [];
const cpu: number[] = [];
for (let i = 0; i < 31; i++) {
  const start = performance.now();
  const used = process.cpuUsage();
  matchArticle(text, { published: "2023-09-02" });
  const { user, system } = process.cpuUsage(used);
  cpu.push((user + system) / 1000);
  wall.push(performance.now() - start);
}
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
console.log(
  `1,000 words, matchArticle (reads, then matches): median ${median(cpu).toFixed(1)} ms processor time, ` +
    `${median(wall).toFixed(1)} ms wall time (Node ${process.version})`,
);
