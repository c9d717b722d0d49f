// The explorer over a synthetic dataset, for the benchmark: bench.html?n=10000.
import { mountExplorer } from "./app.js";
import { syntheticDataset } from "./synthetic.js";
import "./style.css";

const count = Number(new URLSearchParams(location.search).get("n") ?? "10000");
const made = performance.now();
const dataset = syntheticDataset(Number.isFinite(count) && count > 0 ? count : 10_000);
performance.measure("synthetic-dataset", { start: made, end: performance.now() });
mountExplorer(document.getElementById("app")!, dataset, {
  title: "Explorer benchmark: synthetic incidents",
  note: `${dataset.incidents.length} synthetic incidents made with createDataset from copies of the shipped records. Not data.`,
});
