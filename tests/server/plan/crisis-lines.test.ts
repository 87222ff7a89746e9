import type { ErrorBody } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlanCast, type PlanCast } from '../../helpers/plan-actors.js';
import { planUrl } from '../../helpers/plan-api.js';
import { createTestApp, type SignedInPerson, type TestApp } from '../../helpers/test-app.js';

/**
 * Crisis lines are an organisation setting, edited by its admin and read with the wellness plan
 * by the person and their specialist. An organisation that has set none shows the US line, 988.
 */
let t: TestApp;
let cast: PlanCast;
beforeAll(async () => {
  t = await createTestApp();
  cast = await createPlanCast(t);
});
afterAll(async () => {
  await t.close();
});

const wellness = (as: SignedInPerson, pid = cast.participant.me.id) =>
  t.request({ method: 'GET', url: `${planUrl(pid)}/wellness`, as });
const patch = (settings: Record<string, unknown>) =>
  t.request({ method: 'PATCH', url: '/api/organisation', as: cast.admin, body: { settings } });

const lifeline = {
  name: '988 Suicide & Crisis Lifeline',
  call: '988',
  text: '988',
  chat: 'https://988lifeline.org/chat',
};
const local = { name: 'Harbor warmline', call: '1-555-0100', chat: 'https://harbor.example.org/chat' };

describe('crisis lines', () => {
  it('an organisation that has set none shows 988 (call, text, chat) to the person and their specialist', async () => {
    for (const as of [cast.participant, cast.specialist]) {
      const res = await wellness(as);
      expect(res.statusCode).toBe(200);
      expect(res.json().crisisLines).toEqual([lifeline]);
    }
    expect(
      (await t.request({ method: 'GET', url: '/api/organisation', as: cast.admin })).json().settings,
    ).not.toHaveProperty('crisisLines');
  });

  it('refuses a chat address that is not https or has no full host name, naming the field, and changes nothing', async () => {
    const res = await patch({ crisisLines: [local, { name: 'Bad chat', chat: 'http://plain.example.org' }] });
    expect(res.statusCode).toBe(400);
    expect(res.json<ErrorBody>()).toMatchObject({ error: 'validation_failed', field: 'settings.crisisLines.1.chat' });
    const bare = await patch({ crisisLines: [{ name: 'Local chat', chat: 'https://localhost/chat' }] });
    expect(bare.json<ErrorBody>()).toMatchObject({ error: 'validation_failed', field: 'settings.crisisLines.0.chat' });
    expect((await wellness(cast.participant)).json().crisisLines).toEqual([lifeline]);
  });

  it('refuses a line with no way to reach it, more than six lines, and none at all', async () => {
    const noWay = await patch({ crisisLines: [{ name: 'Nobody home' }] });
    expect(noWay.json<ErrorBody>()).toMatchObject({ error: 'validation_failed', field: 'settings.crisisLines.0.call' });
    const seven = await patch({ crisisLines: Array.from({ length: 7 }, () => local) });
    expect(seven.json<ErrorBody>()).toMatchObject({ error: 'validation_failed', field: 'settings.crisisLines' });
    const none = await patch({ crisisLines: [] });
    expect(none.statusCode).toBe(400);
    const long = await patch({ crisisLines: [{ ...local, name: 'x'.repeat(81) }] });
    expect(long.json<ErrorBody>()).toMatchObject({ field: 'settings.crisisLines.0.name' });
  });

  it('the admin sets the organisation’s own lines; the person and their specialist read them with the plan', async () => {
    const res = await patch({ crisisLines: [local, lifeline] });
    expect(res.statusCode).toBe(200);
    expect(res.json().settings.crisisLines).toEqual([local, lifeline]);
    expect(res.json().settings.smallCellThreshold).toBe(11);
    for (const as of [cast.participant, cast.specialist]) {
      expect((await wellness(as)).json().crisisLines).toEqual([local, lifeline]);
    }
    // Another organisation keeps its own (here: the default).
    const other = await wellness(cast.otherOrgParticipant, cast.otherOrgParticipant.me.id);
    expect(other.json().crisisLines).toEqual([lifeline]);
  });

  it('supervisors, admins and other organisations cannot read them through someone’s plan', async () => {
    for (const as of [cast.supervisor, cast.admin, cast.otherOrgSpecialist, cast.unpartnered]) {
      expect((await wellness(as)).statusCode).toBe(404);
    }
  });
});
