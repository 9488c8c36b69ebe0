// Layering: data walks hear -> understand -> act; surfaces sit on top. The rules below make
// a wrong-way import a lint error instead of a review comment.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const surfaceImports = [
  {
    group: ['electron', 'electron/*'],
    message: 'Only src-main/surfaces/electron may import Electron.',
  },
  {
    group: ['**/surfaces/**'],
    message: 'Pipeline code must not depend on a surface (CLI, hub, Electron).',
  },
  { group: ['**/src-renderer/**'], message: 'Pipeline code must not depend on the UI.' },
];
const stageImports = [
  {
    group: ['**/assistant/**'],
    message: 'Stages must not depend on the assistant that composes them.',
  },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'out/', '.test-artifacts/', 'scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src-main/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...surfaceImports,
            ...stageImports,
            {
              group: ['node:*', 'fs', 'net', 'http', 'child_process'],
              message: 'core/ does no I/O.',
            },
            { group: ['../*'], message: 'core/ imports nothing internal outside core/.' },
          ],
        },
      ],
    },
  },
  {
    files: [
      'src-main/home/**',
      'src-main/hear/**',
      'src-main/understand/**',
      'src-main/act/**',
      'src-main/models/**',
    ],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...surfaceImports, ...stageImports] }],
    },
  },
  {
    files: ['src-main/assistant/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: surfaceImports }] },
  },
  {
    files: ['src-renderer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src-main/**'],
              allowTypeImports: true,
              message: 'The renderer may import only types from src-main.',
            },
          ],
        },
      ],
    },
  },
);
