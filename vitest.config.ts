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
// Files that replace a module with vi.mock need a module graph of their own.
const ownModuleGraph = ['tests/server/route-access.test.ts'];

/**
 * The server suite on one database, as two projects. Most files share their worker's module graph
 * (`isolate: false`): each still opens its own database and app, but the server's modules are
 * imported once per worker instead of once per file — that import was most of a file's time.
 * The few files that mock a module run isolated, under the same name with `:isolated`.
 */
function serverProjects(db: 'pglite' | 'postgres') {
  const shared = {
    env: { TEST_DB: db },
    ...serverTimeouts,
    globalSetup: [`tests/helpers/${db}-global-setup.ts`],
  };
  return [
    {
      ...sourceConditions,
      test: { name: `server:${db}`, include: serverSuite, exclude: ownModuleGraph, isolate: false, ...shared },
    },
    { ...sourceConditions, test: { name: `server:${db}:isolated`, include: ownModuleGraph, ...shared } },
  ];
}

export default defineConfig({
  test: {
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { ...sourceConditions, test: { name: 'shared', include: ['tests/shared/**/*.test.ts'] } },
      ...serverProjects('pglite'),
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
      ...(process.env.DATABASE_URL ? serverProjects('postgres') : []),
    ],
  },
});
