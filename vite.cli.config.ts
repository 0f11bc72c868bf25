import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * `dist-cli/inputs.json`: the source files the bundle was built from (relative to the checkout),
 * so the launcher's "is the bundle stale?" check stats exactly those instead of walking folders.
 */
function listInputs(): Plugin {
  return {
    name: 'replica-planner-cli-inputs',
    generateBundle() {
      const files = [...this.getModuleIds()]
        .filter((id) => id.startsWith(root) && !id.includes('/node_modules/'))
        .map((id) => relative(root, id.split('?')[0]!))
        .sort();
      this.emitFile({ type: 'asset', fileName: 'inputs.json', source: `${JSON.stringify(files)}\n` });
    },
  };
}

/**
 * The command-line tool as one self-contained file for Node (`dist-cli/replica-planner.cjs`):
 * engine, plan schema and zod bundled in, so it starts without compiling the source tree and runs
 * from a packed tarball without dependencies. CommonJS rather than a module so the launcher can
 * compile it through `vm.Script` with V8's code cache. Built by `npm run build:cli` (and on first
 * use of `npm run plan` when the source changed).
 */
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  logLevel: 'warn',
  publicDir: false,
  plugins: [listInputs()],
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: { output: { format: 'cjs', entryFileNames: 'replica-planner.cjs' } },
  },
});
