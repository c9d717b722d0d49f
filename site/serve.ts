// Serves the built explorer (site/dist/) on localhost: `npm run site` (PORT=… to choose the port).
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const SITE_DIST = path.join(import.meta.dirname, "dist");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".geojson": "application/geo+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

/** Starts a static server over `dir`; port 0 picks a free one. Resolves to the server and its address. */
export function serveSite(dir = SITE_DIST, port = 0, host = "127.0.0.1"): Promise<{ server: Server; url: string }> {
  if (!existsSync(path.join(dir, "index.html"))) {
    return Promise.reject(new Error(`${dir} has no index.html: run \`npm run site:build\` first`));
  }
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    let file = path.normalize(path.join(dir, pathname));
    if (!file.startsWith(dir)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
    if (!existsSync(file)) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    response.writeHead(200, {
      "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
      "cache-control": "no-cache",
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === "object" && address ? address.port : port;
      resolve({ server, url: `http://${host === "127.0.0.1" ? "localhost" : host}:${actual}/` });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const port = Number(process.env["PORT"] ?? 4173);
  serveSite(SITE_DIST, port).then(
    ({ url }) => console.log(`Explorer: ${url}  (Ctrl-C stops it)`),
    (error: Error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
