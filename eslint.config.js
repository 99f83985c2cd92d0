// ESLint flat config: type-checked TypeScript, React hooks, strict jsx-a11y and the
// import boundaries of docs/STYLE (app → features → shared → engine).
import fs from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';

const features = fs.existsSync('src/features')
  ? fs
      .readdirSync('src/features', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
  : [];

const boundaryZones = [
  // The engine is pure: nothing outside itself.
  {
    target: './src/engine',
    from: './src',
    except: ['./engine'],
    message: 'src/engine must stay pure: import nothing outside src/engine.',
  },
  { target: './src/engine', from: './web', message: 'src/engine must stay pure.' },
  // shared never reaches up into features or app.
  {
    target: './src/shared',
    from: './src/features',
    message: 'src/shared must not import features.',
  },
  { target: './src/shared', from: './src/app', message: 'src/shared must not import app.' },
  { target: './src/features', from: './src/app', message: 'features must not import app.' },
  // A feature never imports another feature: compose them in src/app.
  ...features.map((f) => ({
    target: `./src/features/${f}`,
    from: './src/features',
    except: [`./${f}`],
    message:
      'A feature never imports another feature: compose in src/app or move the shared part to src/shared.',
  })),
  // The server may use the engine and the shared contracts only.
  {
    target: './web',
    from: './src',
    except: ['./engine', './shared/contracts'],
    message: 'web/ may import src/engine and src/shared/contracts only.',
  },
];

const noDsfrClasses = {
  selector: "JSXAttribute[name.name='className'] Literal[value=/(^|\\s)fr-/]",
  message: 'DSFR class names live in src/shared/ui only: use a wrapper component.',
};
const noDsfrTemplate = {
  selector: "JSXAttribute[name.name='className'] TemplateElement[value.raw=/(^|\\s)fr-/]",
  message: 'DSFR class names live in src/shared/ui only: use a wrapper component.',
};
const noJsxText = {
  selector: 'JSXText[value=/[A-Za-zÀ-ÿ]/]',
  message: 'User-visible text goes through i18next (t()), never a literal in JSX.',
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'var',
      'coverage',
      'test-results',
      'playwright-report',
      'docs',
      '.tmp',
      'public',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.js', '*.mjs', '*.ts', 'scripts/*.mjs', 'scripts/bench/*.mjs'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver': { typescript: true, node: true },
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: boundaryZones }],
      // Fastify plugins and route handlers are async by convention even without await.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/engine/cli/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-console': 'error' },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      'no-restricted-syntax': ['error', noJsxText, noDsfrClasses, noDsfrTemplate],
    },
  },
  {
    files: ['src/shared/ui/**/*.tsx'],
    rules: { 'no-restricted-syntax': ['error', noJsxText] },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'e2e/**/*.ts', 'src/test/**'],
    rules: {
      'no-restricted-syntax': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // expect.any()/stringMatching() matchers are typed any.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    files: [
      'web/**/*.ts',
      'scripts/**/*.{ts,mjs}',
      'e2e/**/*.ts',
      'src/engine/cli/**',
      '*.config.{js,ts}',
      '.ci/*.mjs',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
