import type { AccessSittingsPage } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAccessLog } from '../../helpers/plan-api.js';
import { recordUrl } from '../../helpers/record-fixtures.js';
import { createCast, createTestApp, invitePerson, type SignedInPerson, type TestApp } from '../../helpers/test-app.js';

/**
 * Who may download a person's record: the person alone (their right of access). Everyone else —
 * their partnered specialist included, who reads the plan inside Alongside — gets 404, as for any
 * participant data they may not reach, and the attempt is in the person's access log.
 */
let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
let others: Record<string, SignedInPerson>;

beforeAll(async () => {
  t = await createTestApp();
  cast = await createCast(t);
  const elsewhere = await createCast(t, 'Another Program');
  others = {
    'partnered specialist': cast.specialist,
    'unpartnered specialist': await invitePerson(t, cast.admin, 'specialist', { name: 'Uma Unpartnered' }),
    supervisor: cast.supervisor,
    admin: cast.admin,
    'another participant': await invitePerson(t, cast.specialist, 'participant', { name: 'Omar Other' }),
    'another organisation’s specialist': elsewhere.specialist,
    'another organisation’s participant': elsewhere.participant,
  };
}, 60_000);
afterAll(async () => {
  await t.close();
});

const files = ['export.json', 'export.fhir.json'] as const;
const actions = { 'export.json': 'record.export.json', 'export.fhir.json': 'record.export.fhir' } as const;

describe('downloading the record', () => {
  it.each(files)('%s: the person gets it, and sees the download in their access log', async (file) => {
    const me = cast.participant;
    const res = await t.request({ method: 'GET', url: recordUrl(me.me.id, file), as: me });
    expect(res.statusCode).toBe(200);
    const [latest] = await readAccessLog(t, me);
    expect(latest).toMatchObject({ action: actions[file], outcome: 'allowed', actor: { id: me.me.id } });
  });

  it('shows in the person’s sittings as them looking at a download of their record', async () => {
    const res = await t.request({ method: 'GET', url: '/api/access-log/sittings?limit=5', as: cast.participant });
    const mine = res.json<AccessSittingsPage>().sittings.find((s) => s.self && s.areas.includes('record'));
    expect(mine).toMatchObject({ looked: true, outcome: 'allowed' });
    expect(mine?.actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['record.export.json', 'record.export.fhir']),
    );
  });

  it.each(files)('%s: nobody else gets it — 404, the same as a record that does not exist', async (file) => {
    const pid = cast.participant.me.id;
    for (const [who, person] of Object.entries(others)) {
      const res = await t.request({ method: 'GET', url: recordUrl(pid, file), as: person });
      expect(res.statusCode, who).toBe(404);
      expect(res.body, who).not.toContain(cast.participant.me.name);
    }
    const anonymous = await t.request({ method: 'GET', url: recordUrl(pid, file) });
    expect(anonymous.statusCode).toBe(404);
  });

  it('logs every refused attempt from the person’s own organisation where the person sees it', async () => {
    const log = await readAccessLog(t, cast.participant);
    // Refused by role (`record.own`, the capability) or, for another participant, by the service (`record.export.…`).
    const refused = log.filter((e) => e.outcome === 'denied' && e.action.startsWith('record.'));
    const sameOrganisation = [
      'partnered specialist',
      'unpartnered specialist',
      'supervisor',
      'admin',
      'another participant',
    ];
    for (const who of sameOrganisation) {
      const id = others[who]?.me.id;
      expect(refused.filter((e) => e.actor.id === id).length, who).toBeGreaterThanOrEqual(2);
    }
    // Another organisation's attempts stay in that organisation: never shown to this person.
    for (const who of ['another organisation’s specialist', 'another organisation’s participant']) {
      expect(
        log.some((e) => e.actor.id === others[who]?.me.id),
        who,
      ).toBe(false);
    }
  });
});
