import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The command-line tool as one self-contained file for Node (`dist-cli/replica-planner.mjs`):
 * engine, plan schema and zod bundled in, so it starts without compiling the source tree and runs
 * from a packed tarball without dependencies. Built by `npm run build:cli` (and on first use of
 * `npm run plan` when the source changed).
 */
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  logLevel: 'warn',
  publicDir: false,
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: { output: { entryFileNames: 'replica-planner.mjs', banner: '#!/usr/bin/env node' } },
  },
});
