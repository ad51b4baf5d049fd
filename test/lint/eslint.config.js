// Lint for the whole project: `npm run lint`. Besides the usual TypeScript and React-hooks rules,
// it enforces the architecture's boundaries (../shared/design/architecture.md, "Rules of the house").
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const NODE_AND_NATIVE = [
  { group: ['node:*'], message: 'Pure code: no Node built-ins here.' },
  { group: ['fs', 'path', 'os', 'crypto', 'child_process', 'http', 'url', 'util', 'stream', 'events', 'fs/*'], message: 'Pure code: no Node built-ins here.' },
  { group: ['electron', 'electron/*'], message: 'Only src-main/electron may import electron.' },
  { group: ['sqlite3'], message: 'Only src-main/db talks to SQLite.' },
  { group: ['drizzle-orm', 'drizzle-orm/*'], message: 'Only src-main/db and services use drizzle.' },
];
const TRANSPORTS = [
  { group: ['**/electron/*', '**/electron'], message: 'Nothing below the API knows which transport called it.' },
  { group: ['**/host/*', '**/host'], message: 'Nothing below the API knows which transport called it.' },
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'out/**', 'release/**', 'test-results/**', 'test/tmp/**', '**/*.generated.*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // the ideographic space (U+3000) is ordinary punctuation in Chinese text
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipJSXText: true }],
      'no-console': 'off',
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...NODE_AND_NATIVE,
            {
              group: ['**/src-main/*', '!**/src-main/domain', '**/src-main/!(domain)/**'],
              allowTypeImports: true,
              message: 'The renderer may import src-main/domain; from the rest only types.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-renderer/vite.config.ts', 'src-renderer/styles/extract-antd.tsx'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src-main/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...NODE_AND_NATIVE,
            {
              group: ['**/db', '**/db/*', '**/services/*', '**/api/*', '**/app/*', '**/electron/*', '**/host/*', '**/cli/*', '**/launcher/*', '**/documents/*'],
              message: 'src-main/domain is pure: it imports only itself and libraries without I/O.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/{api,services,db,documents,app}/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Only src-main/electron may import electron.' }], patterns: TRANSPORTS },
      ],
    },
  },
);
