import type { AccessLogEntry, Partnership } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCast, createTestApp, invitePerson, type SignedInPerson, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
beforeAll(async () => {
  t = await createTestApp();
  cast = await createCast(t);
});
afterAll(async () => {
  await t.close();
});

async function logOf(participant: SignedInPerson): Promise<AccessLogEntry[]> {
  const res = await t.request({ method: 'GET', url: '/api/access-log?limit=200', as: participant });
  expect(res.statusCode).toBe(200);
  return res.json<{ entries: AccessLogEntry[] }>().entries;
}
const newestOf = async (participant: SignedInPerson, action: string) =>
  (await logOf(participant)).find((e) => e.action === action);

/** Every message from the error and the errors it wraps (drizzle wraps the driver's). */
function messages(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error; e instanceof Error; e = e.cause) parts.push(e.message);
  return parts.join(' | ');
}

describe('who has looked at my record', () => {
  it('an admin listing accounts shows up in the participant’s log, with name, role and action', async () => {
    const before = (await logOf(cast.participant)).length;
    expect((await t.request({ method: 'GET', url: '/api/users', as: cast.admin })).statusCode).toBe(200);
    const entries = await logOf(cast.participant);
    expect(entries).toHaveLength(before + 1);
    expect(entries[0]).toMatchObject({
      action: 'account.list',
      outcome: 'allowed',
      actor: { id: cast.admin.me.id, name: cast.admin.me.name, role: 'admin' },
    });
  });

  it('a specialist listing partnerships shows up, for their partners only', async () => {
    const other = await invitePerson(t, cast.admin, 'participant');
    const otherBefore = (await logOf(other)).length;
    await t.request({ method: 'GET', url: '/api/partnerships', as: cast.specialist });
    expect(await newestOf(cast.participant, 'partnership.list')).toMatchObject({
      actor: { id: cast.specialist.me.id, name: 'Sam Specialist', role: 'specialist' },
    });
    // A participant who is not their partner was not looked at.
    expect(await logOf(other)).toHaveLength(otherBefore);
  });

  it('creating and ending a partnership are both logged for the participant', async () => {
    const specialist = await invitePerson(t, cast.admin, 'specialist', { name: 'Robin Specialist' });
    const created = await t.request({
      method: 'POST',
      url: '/api/partnerships',
      as: cast.admin,
      body: { specialistId: specialist.me.id, participantId: cast.participant.me.id },
    });
    expect(created.statusCode).toBe(201);
    expect(await newestOf(cast.participant, 'partnership.create')).toMatchObject({
      actor: { name: cast.admin.me.name, role: 'admin' },
      outcome: 'allowed',
    });
    const partnership = created.json<Partnership>();
    const ended = await t.request({ method: 'POST', url: `/api/partnerships/${partnership.id}/end`, as: cast.admin });
    expect(ended.statusCode).toBe(200);
    expect(ended.json<Partnership>().endedAt).not.toBeNull();
    expect(await newestOf(cast.participant, 'partnership.end')).toMatchObject({
      actor: { name: cast.admin.me.name, role: 'admin' },
    });
  });

  it('the account being created from an invitation is the first entry', async () => {
    const participant = await invitePerson(t, cast.specialist, 'participant');
    const entries = await logOf(participant);
    expect(entries.at(-1)).toMatchObject({ action: 'account.create', actor: { id: null, role: null } });
  });

  it('the participant’s own reads of partnerships are not logged as someone looking at them', async () => {
    const before = (await logOf(cast.participant)).length;
    await t.request({ method: 'GET', url: '/api/partnerships', as: cast.participant });
    expect(await logOf(cast.participant)).toHaveLength(before);
  });
});

describe('the access log is append-only', () => {
  it.each([
    ['update', "update access_log set action = 'nothing.happened'"],
    ['delete', 'delete from access_log'],
    ['truncate', 'truncate access_log'],
  ])('%s through the application’s own connection fails, and the rows stay', async (_name, statement) => {
    const before = await logOf(cast.participant);
    expect(before.length).toBeGreaterThan(0);
    const failure = await t.testDb.database.db.execute(statement).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(Error);
    expect(messages(failure)).toContain('append-only');
    expect(await logOf(cast.participant)).toEqual(before);
  });
});
