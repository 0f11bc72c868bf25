// ESLint flat config: TypeScript, React hooks, and the one-way import flow of STYLE.md
// (engine and plan are pure leaves; shared code never reaches into features or the app shell).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const UI_AND_STATE = ['react', 'react-dom', 'react-dom/*', 'recharts', 'zustand', 'zustand/*', '@/store', '@/store/*', '@/features/*', '@/app/*', '@/components', '@/components/*', '@/worker/*'];

/** Files that still import another feature (shared parts not yet moved out); nothing may join this list. */
const LEGACY_CROSS_FEATURE = [
  'src/features/files/file-actions.tsx', // results-context
  'src/features/report/report-charts.tsx', // results charts
  'src/features/report/report-view.tsx', // results-context
  'src/features/report/report-vm-table.tsx', // results vm-result rows and cells
];

/** `no-restricted-imports` forbidding `groups`, with the reason shown in the message. */
const forbid = (groups, message) => ['error', { patterns: [{ group: groups, message }] }];

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
    files: ['src/lib/**', 'src/components/**', 'src/store/**', 'src/worker/**', 'src/results/**'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': forbid(['@/features/*', '@/app/*'], 'Shared code does not import features or the app shell: imports flow shared → features → app.') },
  },
  {
    files: ['src/results/**'],
    ignores: ['**/*.test.{ts,tsx}'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': forbid(UI_AND_STATE, 'The results layer is pure and shared (UI, report, CLI): no UI, store, feature, DOM or worker code.'),
    },
  },
  {
    files: LEGACY_CROSS_FEATURE,
    rules: { 'no-restricted-imports': forbid(['@/app/*'], 'Features do not import the app shell: imports flow shared → features → app.') },
  },
  // A feature never imports another feature: what two features share lives in a shared layer
  // (src/results, src/components, src/lib). One block per feature, each forbidding the others.
  // LEGACY_CROSS_FEATURE lists the files that still do (known debt, to be moved), and no others.
  ...['editor', 'files', 'measured', 'report', 'results', 'share', 'options'].map((feature) => ({
    files: [`src/features/${feature}/**`],
    ignores: ['**/*.test.{ts,tsx}', '**/testing/**', ...LEGACY_CROSS_FEATURE],
    rules: {
      'no-restricted-imports': forbid(
        ['@/app/*', ...['editor', 'files', 'measured', 'report', 'results', 'share', 'options'].filter((f) => f !== feature).map((f) => `@/features/${f}/*`)],
        'A feature does not import the app shell or another feature: move what they share to src/results, src/components or src/lib.',
      ),
    },
  })),
  {
    files: ['*.{js,ts,mjs}', 'bin/**', 'bench/**', 'e2e/**', 'src/cli/**', 'scripts/**'],
    languageOptions: { globals: { ...globals.node } },
  },
);
