// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      'no-console': ['error', { allow: ['error'] }],
    },
  },
  {
    ...tseslint.configs.disableTypeChecked,
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {
      parserOptions: { projectService: false, project: null },
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' },
    },
  },
  {
    files: ['__tests__/**', 'bench/**', 'scripts/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // Only the runner adapter talks to the runner and spawns processes; modes and cores receive ports.
    files: ['src/**/*.ts'],
    ignores: ['src/main.ts', 'src/index.ts', 'src/runner/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@actions/core',
              message: 'Only src/main.ts and src/runner/ talk to @actions/core; take a port instead.',
            },
            {
              name: '@actions/exec',
              message: 'Child processes go through the RunCommand port (src/runner/command.ts).',
            },
            {
              name: 'node:child_process',
              message: 'Child processes go through the RunCommand port (src/runner/command.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    // The metadata engine is pure: what it needs from outside reaches it through the port in
    // src/meta/resolve.ts, so it imports no adapter, mode or runner module and does no I/O.
    files: ['src/meta/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../*', '!../base'],
              message: 'src/meta/ imports only src/base/; take a port (src/meta/resolve.ts) instead.',
            },
            { group: ['node:*', '@actions/*'], message: 'src/meta/ does no I/O; take a port instead.' },
          ],
        },
      ],
    },
  },
);
