import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * `npm run test:e2e`: the built app (server + web) in real Chromium. The script builds first;
 * each test file starts its own server on a free port with a fresh data folder, copied from a
 * template migrated once per run.
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  // The global setup migrates with the server's source, which reads the shared package's source.
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/harness/migrated-template.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    // The flow is one story told in steps: after the first failure the rest only add noise.
    bail: 1,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
