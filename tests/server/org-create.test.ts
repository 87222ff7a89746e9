import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Me } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../server/src/db/client.js';
import { buildTestApp, cookieOf, publicUrl, strongPassword, type TestApp } from '../helpers/test-app.js';
import { createTestDatabase, type TestDatabase, testDatabaseKind } from '../helpers/test-database.js';

/**
 * An operator hosting several organisations runs `npm run org:create -- --name "…"`: the real
 * command, in its own process, on the embedded database's folder or on PostgreSQL. The link it
 * prints is then opened through the API, as the new organisation's first admin would.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = join(root, 'node_modules/.bin/tsx');

let dataDir: string;
let pg: TestDatabase | undefined;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'alongside-org-create-'));
  if (testDatabaseKind === 'postgres') pg = await createTestDatabase();
});
afterAll(async () => {
  await pg?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function orgCreate(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = {
    ...process.env,
    PUBLIC_URL: publicUrl,
    DATA_DIR: dataDir,
    DATABASE_URL: pg?.url ?? '',
    LOG_LEVEL: 'silent',
  };
  try {
    const { stdout, stderr } = await promisify(execFile)(
      tsx,
      ['--conditions=source', 'server/src/cli/org-create.ts', ...args],
      { cwd: root, env },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** The app on the database the command wrote to (opened after the command has let go of it). */
async function openApp(): Promise<TestApp> {
  if (pg) return buildTestApp(pg, pg.database);
  const database: Database = await openDatabase({ dataDir });
  return buildTestApp({ database, url: undefined, drop: () => database.close() }, database);
}

const linkIn = (stdout: string) => new RegExp(`${publicUrl}/setup#([A-Za-z0-9_-]{40,})`).exec(stdout)?.[1];

describe('npm run org:create', () => {
  it('refuses an unusable name or option, saying how to call it', async () => {
    // Each run is a process of its own (seconds): one name too short, one misspelt option.
    for (const args of [
      ['--name', 'x'],
      ['--nmae', 'Riverside'],
    ]) {
      const run = await orgCreate(...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain('npm run org:create -- --name');
    }
  }, 60_000);

  it('creates the organisation and prints a one-time link that makes its first admin', async () => {
    const run = await orgCreate('--name', 'Riverside Recovery');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Riverside Recovery');
    const token = linkIn(run.stdout);
    expect(token).toBeDefined();

    const t = await openApp();
    try {
      const preview = await t.request({ method: 'POST', url: '/api/setup/link', body: { token } });
      expect(preview.json()).toEqual({ organisationName: 'Riverside Recovery' });
      const admin = { token, adminName: 'Rae Admin', email: 'rae@riverside.example.org', password: strongPassword };
      const created = await t.request({ method: 'POST', url: '/api/setup/admin', body: admin });
      expect(created.statusCode).toBe(200);
      const me = created.json<Me>();
      expect(me).toMatchObject({ name: 'Rae Admin', role: 'admin', organisation: { name: 'Riverside Recovery' } });
      const cookie = cookieOf(created);
      const org = await t.request({ method: 'GET', url: '/api/organisation', as: cookie });
      expect(org.json()).toMatchObject({ name: 'Riverside Recovery' });

      // The link is spent: a second opener cannot become admin of the same organisation.
      const again = { ...admin, email: 'someone@else.example.org' };
      expect((await t.request({ method: 'POST', url: '/api/setup/admin', body: again })).statusCode).toBe(410);
      expect((await t.request({ method: 'POST', url: '/api/setup/link', body: { token } })).statusCode).toBe(410);
    } finally {
      await t.app.close();
      if (!pg) await t.testDb.drop();
    }
  }, 60_000);

  it('a link expires after 7 days', async () => {
    const run = await orgCreate('--name', 'Lakeside Peers');
    const token = linkIn(run.stdout);
    const t = await openApp();
    try {
      t.clock.advance(7 * 24 * 3600_000 + 1000);
      const body = { token, adminName: 'Lee Admin', email: 'lee@lakeside.example.org', password: strongPassword };
      const late = await t.request({ method: 'POST', url: '/api/setup/admin', body });
      expect(late.statusCode).toBe(410);
      expect(late.json()).toMatchObject({ error: 'setup_link_invalid' });
    } finally {
      await t.app.close();
      if (!pg) await t.testDb.drop();
    }
  }, 60_000);

  it.runIf(testDatabaseKind === 'pglite')(
    'refuses to open the embedded database while a server holds it, naming what to do',
    async () => {
      const database = await openDatabase({ dataDir });
      try {
        const run = await orgCreate('--name', 'Hillside Hope');
        expect(run.code).toBe(1);
        expect(run.stderr).toContain('Stop the Alongside server first');
      } finally {
        await database.close();
      }
    },
    60_000,
  );
});
