#!/usr/bin/env node
/*
 * `npm run standalone`: serves the built page (dist/web) on 127.0.0.1 only, so the standalone
 * TongHop works on a machine with nothing but a browser and Node. Builds first when dist/web
 * has no standalone.html. No dependencies: Node's http module and a fixed MIME table.
 *
 * PORT (default 3001; 0 = any free port). Prints "TongHop: http://127.0.0.1:PORT/standalone.html".
 */
"use strict";

const http = require("http");
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const WEB = path.join(ROOT, "dist", "web");

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

function ensureBuilt() {
  if (fs.existsSync(path.join(WEB, "standalone.html"))) return;
  console.error("Chưa có bản dựng dist/web: đang chạy webpack --mode production …");
  const result = spawnSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"],
    {
      cwd: ROOT,
      stdio: "inherit",
    },
  );
  if (result.status !== 0) {
    console.error("Dựng trang không thành công.");
    process.exit(2);
  }
}

/** Maps a URL path to a file inside `root`, or null when it would leave it. */
function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split("?")[0]);
  } catch {
    return null;
  }
  if (decoded === "/" || decoded === "") decoded = "/standalone.html";
  const file = path.normalize(path.join(root, decoded));
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  return file;
}

function createServer(root) {
  return http.createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    const file = resolveFile(root, req.url || "/");
    if (file === null) {
      res.writeHead(400).end();
      return;
    }
    fs.stat(file, (error, stat) => {
      if (error || !stat.isFile()) {
        res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Không tìm thấy.");
        return;
      }
      res.writeHead(200, {
        "Content-Type": MIME[path.extname(file).toLowerCase()] || "application/octet-stream",
        "Content-Length": stat.size,
        "Cache-Control": "no-cache",
        "X-Content-Type-Options": "nosniff",
      });
      if (req.method === "HEAD") res.end();
      else fs.createReadStream(file).pipe(res);
    });
  });
}

function main() {
  ensureBuilt();
  const port =
    process.env.PORT === undefined || process.env.PORT === "" ? 3001 : Number(process.env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT không hợp lệ: ${process.env.PORT}`);
    process.exit(2);
  }
  const server = createServer(WEB);
  server.on("error", (error) => {
    console.error(`Không mở được cổng ${port}: ${error.message}`);
    process.exit(2);
  });
  server.listen(port, "127.0.0.1", () => {
    const actual = server.address().port;
    console.log(`TongHop: http://127.0.0.1:${actual}/standalone.html`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

if (require.main === module) main();

module.exports = { createServer, resolveFile };
