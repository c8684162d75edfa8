// @ts-check
/**
 * One lint for the repository: TypeScript with type information (typescript-eslint), the SDL with
 * @graphql-eslint (every public element described, federation-aware), and the direction of dependencies.
 * `npm run lint` runs it (cached); `npm run lint:fix` applies the safe fixes.
 */
import js from '@eslint/js';
import graphqlPlugin from '@graphql-eslint/eslint-plugin';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';

const subgraphs = readdirSync(new URL('./subgraphs/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Code that runs in production: it depends on the platform and its own folder, never on what only development needs. */
const runtime = ['subgraphs/*/src/**', 'packages/*/src/**', 'gateway/src/**'];
const developmentOnly = ['demo/**', 'identity/**', 'hub/**', 'test/**', 'subgraphs/*/demo/**', 'subgraphs/*/test/**'];

/**
 * Entity types a subgraph declares only to reference or extend another subgraph's entity. Composition takes a
 * type's (and its key's and @external fields') description from the subgraphs that give one, so these carry none:
 * the owner's description is the one the supergraph shows, and a second text would be an inconsistent one.
 */
const foreignEntities = {
  beneficiaries: ['IntegraCorner', 'Organisation', 'Service'],
  catalogue: ['Beneficiary', 'PlanAction', 'PersonalDataExport'],
  labour: ['Beneficiary', 'Organisation', 'PersonalDataExport'],
  housing: ['Beneficiary', 'Organisation', 'PersonalDataExport'],
};

/** The schema a subgraph's SDL files are checked against: the federation directives, the shared types, its modules. */
const subgraphSchema = (name) => [
  'schema/federation-directives.graphql',
  'packages/platform/src/graphql/common.graphql',
  `subgraphs/${name}/src/**/*.graphql`,
];

/** Every element a partner developer reads in the schema, not only types and root fields. */
const describeEverything = {
  types: true,
  rootField: true,
  DirectiveDefinition: true,
  FieldDefinition: true,
  InputValueDefinition: true,
  EnumValueDefinition: true,
};

const sdlRules = {
  ...graphqlPlugin.configs['flat/schema-recommended'].rules,
  '@graphql-eslint/require-description': ['error', describeEverything],
  // Value types (connections, edges, eligibility results, indicators) have no identity of their own; entities
  // keep `id: ID!`, which the federation keys rely on.
  '@graphql-eslint/strict-id-in-types': 'off',
  // It follows a root type's definition only, so in a subgraph that declares every root field with
  // `extend type Query` all types look unreachable; and an entity is reachable through `_entities` anyway.
  '@graphql-eslint/no-unreachable-types': 'off',
  '@graphql-eslint/require-deprecation-date': 'error',
};

export default defineConfig(
  globalIgnores([
    '**/node_modules/',
    '.data/',
    'coverage/',
    '**/dist/',
    '**/src/generated/',
    'console/src/graphql/generated/',
    'schema/supergraph.graphql',
    'schema/federation-directives.graphql',
  ]),

  // TypeScript (and the few JavaScript files) ------------------------------------------------------------------
  {
    files: ['**/*.{ts,js}'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      globals: globals.node,
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', 'test/*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Bugs the type checker alone lets through, beyond the recommended set: a non-exhaustive switch over a
      // union (a new enum value silently falls through), and a promise returned from inside try/catch (its
      // rejection escapes the catch).
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
      '@typescript-eslint/return-await': ['error', 'in-try-catch'],
      // A leading underscore marks a value dropped on purpose (`const { stacktrace: _stacktrace, ...rest }`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Apollo's plugin hooks and TypeORM's migration methods must be async by their interfaces, awaiting or not;
      // the bugs this rule stands in for are caught by no-floating-promises, no-misused-promises, await-thenable.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Tests read GraphQL answers as untyped JSON (`graphqlRequest` returns `any` data) and assert on them with
    // expect(): typing every answer would add casts, not safety. The promise rules stay on in tests, where a
    // forgotten await makes an assertion pass without running.
    files: ['**/*.test.ts', '**/test/**/*.ts', 'packages/platform/src/testing/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },

  // Which code may depend on which ------------------------------------------------------------------------------
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: import.meta.dirname,
          zones: [
            {
              target: runtime,
              from: developmentOnly,
              message:
                'Runtime code never imports demo data, tests or the development identity provider: move what both need to packages/platform.',
            },
            ...subgraphs.map((name) => ({
              target: `subgraphs/${name}/src/**`,
              from: subgraphs.filter((other) => other !== name).map((other) => `subgraphs/${other}/**`),
              message:
                'A subgraph never imports another subgraph: share through packages/platform, or across the graph through the gateway.',
            })),
            {
              target: 'packages/platform/src/**',
              from: ['subgraphs/**', 'gateway/**'],
              message: 'The platform knows no subgraph and no gateway: they depend on it, not the other way round.',
            },
          ],
        },
      ],
    },
  },

  // SDL ----------------------------------------------------------------------------------------------------------
  {
    files: ['subgraphs/*/src/**/*.graphql', 'packages/platform/src/graphql/*.graphql'],
    languageOptions: {
      parser: graphqlPlugin.parser,
      // One graphql-config for every file (the plugin loads a single one per process), a project per subgraph;
      // a file is checked against the first project whose schema holds it, so the shared types in
      // packages/platform (which have no root type of their own) are checked inside the first subgraph.
      parserOptions: {
        graphQLConfig: {
          projects: Object.fromEntries(subgraphs.map((name) => [name, { schema: subgraphSchema(name) }])),
        },
      },
    },
    plugins: { '@graphql-eslint': graphqlPlugin },
    rules: sdlRules,
  },
  ...subgraphs.map((name) => ({
    files: [`subgraphs/${name}/src/**/*.graphql`],
    rules: {
      '@graphql-eslint/require-description': [
        'error',
        { ...describeEverything, ignoredSelectors: foreignEntityStubSelectors(foreignEntities[name] ?? []) },
      ],
    },
  })),
);

/** The stub type itself, its key field and its @external fields; the fields a subgraph adds still need a text. */
function foreignEntityStubSelectors(types) {
  if (types.length === 0) return [];
  const stub = `ObjectTypeDefinition[name.value=/^(${types.join('|')})$/]`;
  // The key field: `id`, or `beneficiaryId` for the person's access export.
  return [stub, `${stub} > FieldDefinition[name.value=/^(id|beneficiaryId)$/]`, 'FieldDefinition:has(Directive[name.value="external"])'];
}
