// `npm run release:api`: rewrites release/api.json from the built package (run after an API change).
import { currentApi } from "./api.js";
import { writeApi } from "./manifest.js";

writeApi(await currentApi());
console.log("release/api.json updated");
