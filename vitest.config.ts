import { defineConfig } from 'vitest/config';
import { zodWithoutJsonSchema } from './web/zod-without-json-schema.js';

/**
 * `npm test`: the shared schemas, then the server suite on PGlite — and the same server suite
 * again on PostgreSQL whenever DATABASE_URL is set (a fresh database per test file, cloned from
 * a template migrated once per run, all dropped at the end).
 */
const sourceConditions = { resolve: { conditions: ['source'] }, ssr: { resolve: { conditions: ['source'] } } };
const serverSuite = ['tests/server/**/*.test.ts'];
// Projects do not inherit the root `test` options, so the server suite's timeouts are given to each.
const serverTimeouts = { testTimeout: 30_000, hookTimeout: 60_000 };

export default defineConfig({
  test: {
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { ...sourceConditions, test: { name: 'shared', include: ['tests/shared/**/*.test.ts'] } },
      {
        ...sourceConditions,
        test: {
          name: 'server:pglite',
          include: serverSuite,
          env: { TEST_DB: 'pglite' },
          ...serverTimeouts,
          globalSetup: ['tests/helpers/pglite-global-setup.ts'],
        },
      },
      // The web app's parts below the browser suite: router, live plan, feature elements' contracts.
      // zod goes through the web build's stand-in for its JSON Schema modules (inlined, so Vite's
      // plugins see it), so these tests parse with the same zod the browser gets.
      {
        ...sourceConditions,
        plugins: [zodWithoutJsonSchema()],
        test: {
          name: 'web',
          include: ['tests/web/**/*.test.ts'],
          environment: 'happy-dom',
          setupFiles: ['tests/web/happy-dom-setup.ts'],
          server: { deps: { inline: ['zod'] } },
        },
      },
      // Deployment files (docker-compose.yml, Dockerfile) checked statically: no Docker engine runs here.
      { test: { name: 'repo', include: ['tests/repo/**/*.test.ts'] } },
      ...(process.env.DATABASE_URL
        ? [
            {
              ...sourceConditions,
              test: {
                name: 'server:postgres',
                include: serverSuite,
                env: { TEST_DB: 'postgres' },
                ...serverTimeouts,
                globalSetup: ['tests/helpers/postgres-global-setup.ts'],
              },
            },
          ]
        : []),
    ],
  },
});
