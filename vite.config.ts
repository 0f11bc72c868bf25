import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The built app may load nothing but its own files: plans never leave the browser. Inline styles
 * set through the DOM (React's style prop, Recharts) are not affected by style-src.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Puts the policy in the built index.html (the dev server needs inline scripts for hot reload). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'replica-planner-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
    },
  };
}

/**
 * Files in public/ that configure a server rather than belong to the app: copied to dist/ but never
 * stored for offline use (IIS refuses to serve web.config, which would fail the worker's install).
 */
const SERVER_CONFIG_FILES = new Set(['web.config']);

/** The service worker's placeholder that the build fills in (public/sw.js). */
const SERVICE_WORKER = 'sw.js';
const SERVICE_WORKER_PLACEHOLDER = "{ version: 'development', files: [] }";

/** Every file under `dir`, as paths relative to it with forward slashes. */
function listFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name), root) : [relative(root, join(dir, entry.name)).split(sep).join('/')],
  );
}

/**
 * Offline use: writes into the built sw.js the list of files to store (every chunk, lazily loaded
 * or not, the workers, index.html as the app's root, the public files) and a version hashed from
 * their contents, so each build with a change is a new service worker with a new cache.
 */
function serviceWorkerPrecache(): Plugin {
  let publicDir = '';
  return {
    name: 'replica-planner-service-worker',
    apply: 'build',
    configResolved: (config) => {
      publicDir = config.publicDir;
    },
    writeBundle: {
      order: 'post',
      sequential: true,
      handler(options, bundle) {
        const outDir = options.dir;
        if (!outDir) return;
        const published = publicDir ? listFiles(publicDir) : [];
        if (!published.includes(SERVICE_WORKER)) this.error(`${SERVICE_WORKER} is missing from the public folder`);
        const files = [...new Set([...Object.keys(bundle), ...published])]
          .filter((file) => file !== SERVICE_WORKER && !SERVER_CONFIG_FILES.has(file) && !file.endsWith('.map') && !file.split('/').some((part) => part.startsWith('.')))
          .sort();
        const hash = createHash('sha256');
        let bytes = 0;
        for (const file of files) {
          const content = readFileSync(join(outDir, file));
          hash.update(`${file}\0`).update(content);
          bytes += content.length;
        }
        const build = { version: hash.digest('hex').slice(0, 16), files: files.map((file) => (file === 'index.html' ? './' : file)) };
        const workerPath = join(outDir, SERVICE_WORKER);
        const source = readFileSync(workerPath, 'utf8');
        if (!source.includes(SERVICE_WORKER_PLACEHOLDER)) this.error(`${SERVICE_WORKER} lost its placeholder ${SERVICE_WORKER_PLACEHOLDER}`);
        writeFileSync(workerPath, source.replace(SERVICE_WORKER_PLACEHOLDER, JSON.stringify(build)));
        this.info(`service worker: ${files.length} files (${(bytes / 1024).toFixed(0)} KiB) stored for offline use, version ${build.version}`);
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), serviceWorkerPrecache()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  // The header too: it also forbids framing, which a meta tag cannot.
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: { 'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'` } },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Whole-screen jsdom tests render the 40-VM example; shared CI machines can be slow.
    testTimeout: 30_000,
  },
});
