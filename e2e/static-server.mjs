#!/usr/bin/env node
/**
 * Serves a built planner (dist/) the way a plain web server does — no Vite — with the headers
 * README "Deploying the built planner" documents for nginx and public/web.config sets for IIS:
 * the Content-Security-Policy, immutable caching for the hashed files under /assets/, revalidation
 * (no-cache) for everything else, explicit MIME types. The `static-dist` Playwright project runs
 * the privacy and offline specs against it (e2e/static-deploy.spec.ts checks the headers).
 *
 *   node e2e/static-server.mjs --port 4183 --root dist
 *
 * Files are read per request, so the server may start before the build has written dist/.
 */
import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The page may load, connect to, run and frame nothing but its own files (same text as the docs). */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Sent with every response, errors included (nginx: `add_header … always`). */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** Hashed build output: a changed file gets a new name, so a copy never needs checking again. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html, sw.js, the manifest, icons, examples: keep a copy but ask the server before using it. */
export const REVALIDATE = 'no-cache';

/** Every extension the build writes; module scripts and workers are refused under any other type. */
export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ps1': 'text/plain; charset=utf-8',
};

/** Never served: server configuration that only rides along in dist/ (nginx: `location = /web.config`). */
const HIDDEN = new Set(['/web.config']);

function send(res, status, headers, body) {
  res.writeHead(status, { ...SECURITY_HEADERS, ...headers });
  res.end(body);
}

/** The file under `root` a request path names, or null (outside root, hidden, dotfile, missing). */
function fileFor(root, pathname) {
  if (HIDDEN.has(pathname) || pathname.split('/').some((part) => part.startsWith('.'))) return null;
  const file = resolve(root, `.${pathname.endsWith('/') ? `${pathname}index.html` : pathname}`);
  if (file !== root && !file.startsWith(root + sep)) return null;
  try {
    const stat = statSync(file);
    return stat.isFile() ? { file, stat } : null;
  } catch {
    return null;
  }
}

/** A request handler serving `root`. */
export function staticHandler(root) {
  const base = resolve(root);
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }, 'Method not allowed\n');
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return send(res, 400, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Bad request\n');
    }
    const found = fileFor(base, pathname);
    if (!found) return send(res, 404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': REVALIDATE }, 'Not found\n');
    const { file, stat } = found;
    const etag = `"${createHash('sha1').update(`${stat.size}-${stat.mtimeMs}`).digest('hex').slice(0, 16)}"`;
    const headers = {
      'Content-Type': MIME_TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': pathname.startsWith('/assets/') ? IMMUTABLE : REVALIDATE,
      'Last-Modified': stat.mtime.toUTCString(),
      ETag: etag,
    };
    if (req.headers['if-none-match'] === etag) return send(res, 304, headers);
    res.writeHead(200, { ...SECURITY_HEADERS, ...headers, 'Content-Length': stat.size });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  };
}

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const port = Number(option('port', '4183'));
  const root = resolve(option('root', 'dist'));
  const host = option('host', '127.0.0.1');
  createServer(staticHandler(root)).listen(port, host, () => {
    console.log(`Serving ${join(root, sep)} on http://${host}:${port}/`);
  });
}
