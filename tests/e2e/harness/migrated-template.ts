import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../../server/src/db/client.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PGlite data folder already migrated; each e2e server starts from a copy of it. */
    e2eDataTemplate: string;
  }
}

/**
 * Once per e2e run: migrate a PGlite data folder, so each test file's server starts from a copy
 * instead of migrating for several seconds (the server still runs its migrations: none are left).
 */
export default async function setup(project: TestProject) {
  const root = await mkdtemp(join(tmpdir(), 'alongside-e2e-template-'));
  const dataDir = join(root, 'data');
  const database = await openDatabase({ dataDir });
  try {
    await database.migrate();
  } finally {
    await database.close();
  }
  project.provide('e2eDataTemplate', dataDir);
  return () => rm(root, { recursive: true, force: true });
}
