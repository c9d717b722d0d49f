// The explorer over the shipped release: the package's main entry, no zod, no validation at load.
import { dataset, release } from "armenia-azerbaijan-incidents";
import { mountExplorer } from "./app.js";
import type { AnyDataset } from "./model.js";
import "./style.css";

mountExplorer(document.getElementById("app")!, release as unknown as AnyDataset, {
  title: "Armenia–Azerbaijan incidents: explorer",
  note: `${dataset.counts.incidents} incidents from ${dataset.span.start} to ${dataset.span.end}, data version ${dataset.version}. Every figure is a claim by someone; the record keeps each account side by side. Absence from the data says nothing about whether something happened.`,
});
