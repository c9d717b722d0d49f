// The working tree's state with the API as built in dist/: what the next release would ship.
import { loadRawData } from "../data/load.js";
import { ROOT } from "../data/paths.js";
import { currentApi } from "./api.js";
import { type DataState, recordsFromRaw } from "./state.js";

export async function currentState(root: string = ROOT): Promise<DataState> {
  return { records: recordsFromRaw(loadRawData(root)), api: await currentApi() };
}
