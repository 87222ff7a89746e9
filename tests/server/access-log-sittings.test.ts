import type { AccessSitting, AccessSittingsPage } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessLog } from '../../server/src/db/schema/index.js';
import { createCast, createTestApp, invitePerson, type SignedInPerson, type TestApp } from '../helpers/test-app.js';

/**
 * "Who looked at my record" as sittings: the same person, the same outcome, rows at most 30 minutes
 * apart make one line; refusals are their own lines; "others only" hides the person's own actions;
 * pages never split a sitting and never repeat a row.
 */
let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
let participant: SignedInPerson;
// After the account's own creation row (written at the database's now), as the log always runs.
const base = Math.ceil(Date.now() / 60_000) * 60_000 + 24 * 60 * 60_000;
const at = (minutes: number) => new Date(base + minutes * 60_000);

beforeAll(async () => {
  t = await createTestApp();
  cast = await createCast(t);
  // A participant of their own, so the rows below are the whole of their record (after its creation).
  participant = await invitePerson(t, cast.specialist, 'participant', { name: 'Rae Record' });
});
afterAll(async () => {
  await t.close();
});

/** Rows written as the audit writes them, at chosen times (the log is append-only: inserts only). */
async function logRows(rows: { by: SignedInPerson; action: string; minute: number; outcome?: 'allowed' | 'denied' }[]) {
  // In time order, as the audit appends them: ids and times rise together.
  const inOrder = [...rows].sort((a, b) => a.minute - b.minute);
  await t.testDb.database.db.insert(accessLog).values(
    inOrder.map((r) => ({
      organisationId: r.by.me.organisation.id,
      actorUserId: r.by.me.id,
      actorRole: r.by.me.role,
      action: r.action,
      participantId: participant.me.id,
      outcome: r.outcome ?? 'allowed',
      requestId: 'test',
      at: at(r.minute),
    })),
  );
}

async function sittings(query = ''): Promise<AccessSittingsPage> {
  const res = await t.request({ method: 'GET', url: `/api/access-log/sittings${query}`, as: participant });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<AccessSittingsPage>();
}

/** Only the sittings made from the rows of this file's morning (the account's creation is older). */
const morning = (page: AccessSittingsPage) => page.sittings.filter((s) => s.from >= at(0).toISOString());

describe('the access log read as sittings', () => {
  beforeAll(async () => {
    const sam = cast.specialist;
    await logRows([
      // Sam reads plan and notes from 9:12 to 9:40, 14 times, with gaps under 30 minutes.
      ...Array.from({ length: 12 }, (_, i) => ({ by: sam, action: 'plan.read.goals', minute: i * 2 })),
      { by: sam, action: 'note.read', minute: 25 },
      { by: sam, action: 'note.list', minute: 28 },
      // The person's own change in between does not split Sam's sitting.
      { by: participant, action: 'plan.goal.create', minute: 10 },
      // Sam tries to co-sign a note: refused, its own line.
      { by: sam, action: 'note.co-signed', minute: 20, outcome: 'denied' },
      // Back after lunch: more than 30 minutes later, a new sitting.
      { by: sam, action: 'plan.read', minute: 28 + 31 },
      // The supervisor reaching for the plan, refused.
      { by: cast.supervisor, action: 'plan.read', minute: 120, outcome: 'denied' },
    ]);
  });

  it('groups one person’s reads within 30 minutes into one line, with the span and the count', async () => {
    const lines = morning(await sittings());
    const samMorning = lines.find((s) => s.actor.id === cast.specialist.me.id && s.from === at(0).toISOString());
    expect(samMorning).toMatchObject({
      to: at(28).toISOString(),
      count: 14,
      outcome: 'allowed',
      actor: { name: 'Sam Specialist', role: 'specialist' },
      self: false,
      looked: true,
      changed: false,
    });
    expect(new Set(samMorning?.areas)).toEqual(new Set(['plan', 'notes']));
    // One line, but nothing hidden: each action with its count, the most frequent first.
    expect(samMorning?.actions).toEqual([
      { action: 'plan.read.goals', count: 12 },
      { action: 'note.list', count: 1 },
      { action: 'note.read', count: 1 },
    ]);
    // After a gap of more than 30 minutes, the next read is a line of its own.
    expect(lines.find((s) => s.from === at(59).toISOString())).toMatchObject({ count: 1, outcome: 'allowed' });
  });

  it('keeps refused attempts apart, as changes that were tried, newest first', async () => {
    const lines = morning(await sittings());
    const refused = lines.filter((s) => s.outcome === 'denied');
    expect(refused.map((s) => [s.actor.role, s.count, s.changed, s.areas])).toEqual([
      ['supervisor', 1, false, ['plan']],
      ['specialist', 1, true, ['notes']],
    ]);
    const tos = lines.map((s) => s.to);
    expect(tos).toEqual([...tos].sort().reverse());
  });

  it('“others only” hides the person’s own actions and nothing else', async () => {
    const all = morning(await sittings());
    const others = morning(await sittings('?others=true'));
    expect(all.some((s) => s.self && s.changed)).toBe(true);
    expect(others.some((s) => s.self)).toBe(false);
    expect(others.reduce((n, s) => n + s.count, 0)).toBe(all.filter((s) => !s.self).reduce((n, s) => n + s.count, 0));
  });

  it('pages end between sittings: each row is counted once, whatever the page size', async () => {
    const whole = await sittings('?limit=50');
    const paged: AccessSitting[] = [];
    let before: string | null = '';
    while (before !== null) {
      const page: AccessSittingsPage = await sittings(`?limit=1${before ? `&before=${before}` : ''}`);
      paged.push(...page.sittings);
      before = page.nextBefore;
    }
    expect(paged).toEqual(whole.sittings);
    expect(whole.nextBefore).toBeNull();
  });

  it('names the field of a bad query, and is the participant’s alone', async () => {
    const bad = await t.request({ method: 'GET', url: '/api/access-log/sittings?limit=500', as: participant });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ field: 'limit' });
    const specialist = await t.request({ method: 'GET', url: '/api/access-log/sittings', as: cast.specialist });
    expect(specialist.statusCode).toBe(403);
  });
});
