// ESLint flat config: TypeScript, React hooks, and the one-way import flow of STYLE.md
// (engine and plan are pure leaves; shared code never reaches into features or the app shell).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const UI_AND_STATE = ['react', 'react-dom', 'react-dom/*', 'recharts', 'zustand', 'zustand/*', '@/store', '@/store/*', '@/features/*', '@/app/*', '@/components', '@/components/*', '@/worker/*'];

/** `no-restricted-imports` forbidding `groups`, with the reason shown in the message. */
const forbid = (groups, message) => ['error', { patterns: [{ group: groups, message }] }];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'test-artifacts', 'playwright-report', 'scratch', 'coverage'] },
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
    files: ['src/lib/**', 'src/components/**', 'src/store/**', 'src/worker/**'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': forbid(['@/features/*', '@/app/*'], 'Shared code does not import features or the app shell: imports flow shared → features → app.') },
  },
  {
    files: ['src/features/**'],
    ignores: ['**/*.test.{ts,tsx}', '**/testing/**'],
    rules: { 'no-restricted-imports': forbid(['@/app/*'], 'Features do not import the app shell: imports flow shared → features → app.') },
  },
  {
    files: ['*.{js,ts,mjs}', 'bench/**', 'e2e/**', 'src/cli/**', 'scripts/**'],
    languageOptions: { globals: { ...globals.node } },
  },
);
