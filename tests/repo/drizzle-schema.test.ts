import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/**
 * Every index and table the migrations make is declared in the drizzle schema, so the next
 * `npm run db:generate` writes only what its author changed — never a DROP of an index drizzle-kit
 * did not know, nor a second CREATE of one a migration wrote by hand. drizzle-kit runs on a copy of
 * the migrations folder, so a failure leaves the repository as it was.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));

describe('the drizzle schema and the migrations', () => {
  it('agree: drizzle-kit finds nothing to migrate', async () => {
    const out = mkdtempSync(join(tmpdir(), 'alongside-migrations-'));
    try {
      cpSync(join(root, 'migrations'), out, { recursive: true });
      const before = readdirSync(out).sort();
      const { stdout, stderr } = await promisify(execFile)(
        join(root, 'node_modules/.bin/drizzle-kit'),
        [
          'generate',
          '--dialect=postgresql',
          '--schema=server/src/db/schema/index.ts', // drizzle-kit reads its folders relative to where it runs.
          `--out=${relative(root, out)}`,
        ],
        { cwd: root },
      );
      expect(stderr).toBe('');
      expect(stdout).toContain('No schema changes');
      expect(readdirSync(out).sort()).toEqual(before);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
