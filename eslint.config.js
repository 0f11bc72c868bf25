// ESLint flat config: TypeScript, React hooks, and the one-way import flow of STYLE.md
// (engine and plan are pure leaves; shared code never reaches into features or the app shell).
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const UI_AND_STATE = ['react', 'react-dom', 'react-dom/*', 'recharts', 'zustand', 'zustand/*', '@/store', '@/store/*', '@/features/*', '@/app/*', '@/components', '@/components/*', '@/worker/*'];

/** `no-restricted-imports` forbidding `groups`, with the reason shown in the message. */
const forbid = (groups, message) => ['error', { patterns: [{ group: groups, message }] }];

const SRC = fileURLToPath(new URL('./src/', import.meta.url));
/** Layers every feature may use and that use no feature. */
const SHARED_LAYERS = new Set(['components', 'engine', 'lib', 'plan', 'results', 'scenario', 'store', 'worker']);

/** A path under src/ as its layer: `features/<name>` for a feature, else its top folder (`app`, `results`…). */
function layerOf(absolutePath) {
  const [top, name] = relative(SRC, absolutePath).split(sep);
  return top === 'features' && name !== undefined && !name.includes('.') ? `features/${name}` : top;
}

/**
 * The one-way flow shared → features → app, on where an import lands rather than how it is spelt:
 * `@/` alias or relative path, barrel or deep path, static, re-export or dynamic `import()` (which
 * `no-restricted-imports` does not see). A feature never imports another feature or the shell;
 * a shared layer imports no feature and not the shell.
 */
const importDirection = {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      otherFeature: 'A feature does not import another feature ({{to}}): move what they share to src/results, src/components or src/lib.',
      sharedToFeature: 'Shared code ({{from}}) does not import {{to}}: imports flow shared → features → app.',
      featureToApp: 'A feature does not import the app shell: imports flow shared → features → app.',
    },
  },
  create(context) {
    const from = layerOf(context.filename);
    const isFeature = from.startsWith('features/');
    if (!isFeature && !SHARED_LAYERS.has(from)) return {};
    const check = (node) => {
      const specifier = node.source?.type === 'Literal' ? node.source.value : null;
      if (typeof specifier !== 'string') return;
      const target = specifier.startsWith('@/') ? resolve(SRC, specifier.slice(2)) : specifier.startsWith('.') ? resolve(dirname(context.filename), specifier) : null;
      if (target === null) return;
      const to = layerOf(target);
      const intoFeature = to === 'features' || to.startsWith('features/');
      if (isFeature && to === 'app') context.report({ node: node.source, messageId: 'featureToApp' });
      else if (isFeature && intoFeature && to !== from) context.report({ node: node.source, messageId: 'otherFeature', data: { to } });
      else if (!isFeature && (intoFeature || to === 'app')) context.report({ node: node.source, messageId: 'sharedToFeature', data: { from, to } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export default tseslint.config(
  { ignores: ['dist', 'dist-cli', 'node_modules', '.bench-cache', 'test-results', 'test-artifacts', 'playwright-report', 'scratch', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/engine/**', 'src/plan/**', 'src/scenario/**'],
    ignores: ['**/*.test.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: { 'no-restricted-imports': forbid(UI_AND_STATE, 'The engine, the plan layer and the scenario module are pure: no UI, store, DOM or worker code (STYLE.md rule 1).') },
  },
  {
    // The engine also stays off the page's locale state (lib/format, lib/number-input) and off the
    // `@/plan` barrel, whose row codecs read it: warnings carry figures, the results layer words
    // them for the reader. src/engine/purity.test.ts checks the whole import graph.
    files: ['src/engine/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@/plan', message: "Import '@/plan/core': the '@/plan' barrel re-exports row codecs that read the page's display locale." }],
          patterns: [
            {
              group: [
                ...UI_AND_STATE,
                ...['@/lib/format', '@/lib/number-input', '**/lib/format', '**/lib/number-input'],
                ...['features', 'components', 'store', 'app', 'worker'].flatMap((dir) => [`**/${dir}`, `**/${dir}/**`]),
              ],
              message: 'The engine imports nothing that depends on the page: no locale state (format with locale-format.ts and an explicit locale), UI, store, feature, shell or worker code (STYLE.md rule 1).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/results/**'],
    ignores: ['**/*.test.{ts,tsx}'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': forbid(UI_AND_STATE, 'The results layer is pure and shared (UI, report, CLI): no UI, store, feature, DOM or worker code.'),
    },
  },
  // A feature never imports another feature: what two features share lives in a shared layer
  // (src/results, src/components, src/lib); and shared code never imports a feature or the shell.
  // Tests and test helpers may reach across (fixtures of another feature).
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', '**/testing/**'],
    plugins: { layers: { rules: { 'import-direction': importDirection } } },
    rules: { 'layers/import-direction': 'error' },
  },
  {
    files: ['*.{js,ts,mjs}', 'bin/**', 'bench/**', 'e2e/**', 'src/cli/**', 'scripts/**'],
    languageOptions: { globals: { ...globals.node } },
  },
);
