// @ts-check
/**
 * typescript-eslint, strict and type-checked, for src/ and tests/; ESLint's
 * recommended rules for the plain JavaScript (bench/, scripts/, bin/).
 * Formatting is Prettier's job (`.prettierrc`): no stylistic rules here.
 *
 * Why type-checked rather than Biome (measured on this code base: Biome 0.9 s,
 * typescript-eslint 16 s): the rules that need the type checker are the ones
 * that catch bugs here — a promise nobody awaits (no-floating-promises), a
 * condition that is always true or false once the types are known
 * (no-unnecessary-condition), an object printed as "[object Object]"
 * (no-base-to-string). Biome has no type information.
 */
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    'dist/',
    'bench/out/',
    '.tmp/',
    // Data, not code: golden outputs, fixtures, the example and template orgs.
    'tests/golden/',
    'tests/fixtures/',
    'examples/',
    'templates/',
  ]),
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.strictTypeChecked],
    languageOptions: {
      parserOptions: {
        // One program for src/ and tests/ (tsconfig.json builds src/ only).
        project: './tsconfig.test.json',
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // With noUncheckedIndexedAccess every `xs[i]` and `map.get(k)` is `T | undefined`; where the
      // code knows the element exists (an index inside the loop bound, a key just set), `!` is the
      // explicit, greppable "checked here" marker. Banning it would push that knowledge into casts
      // or dead `if (!x) throw` branches, which say less.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Counts, line numbers and sizes are interpolated into messages everywhere; a number prints
      // as itself. Objects, undefined, null, booleans and unions with them stay reported (the real
      // bugs), so the strict preset's other options are restated: the rule's own defaults allow them.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowAny: false, allowBoolean: false, allowNever: false, allowNullish: false, allowRegExp: false },
      ],
      // `_name` marks a binding kept on purpose: a property dropped by a rest destructuring, a
      // callback parameter before the one used.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // Tests take JSON.parse output and reach into it; typing every report shape in every test
      // would restate the formats' types. The type-checked rules on `any` stay on in src/.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      // The escaping tests look for control characters in the output on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },
  {
    // The interactive chart's script runs in the browser (embedded by src/chart/interactive/page.ts).
    files: ['src/chart/interactive/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
);
