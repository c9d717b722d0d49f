// The dataset the command line works on: the shipped release by default; tests pass a fixture dataset.
import type { Dataset } from "armenia-azerbaijan-incidents";

export type CliDataset = Dataset;
export type CliIncident = CliDataset["incidents"][number];
export type CliPlace = CliDataset["places"][number];
export type CliSource = CliDataset["sources"][number];
