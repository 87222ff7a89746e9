import type { AccessLogEntry, MyOverview } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftNote } from '../helpers/note-fixtures.js';
import { run, runForId } from '../helpers/plan-api.js';
import { createResource, suggestGoal } from '../helpers/plan-fixtures.js';
import { createCast, createTestApp, type SignedInPerson, type TestApp } from '../helpers/test-app.js';
import { TestClock } from '../helpers/test-clock.js';

/**
 * The person's home says what is waiting for them: how many suggestions to decide, the session
 * notes waiting for their view, a few open steps, and referral follow-ups due. One read, the
 * person's own (logged as them looking at their plan), and no one else's.
 */
let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
let me: SignedInPerson;
const today = '2026-06-15';

beforeAll(async () => {
  t = await createTestApp({ clock: new TestClock(Date.parse(`${today}T12:00:00Z`)) });
  cast = await createCast(t);
  me = cast.participant;
});
afterAll(async () => {
  await t.close();
});

async function home(as: SignedInPerson = me) {
  return t.request({ method: 'GET', url: '/api/people/overview/mine', as });
}

describe('the participant’s home', () => {
  it('is empty when nothing is waiting', async () => {
    const res = await home();
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<MyOverview>()).toEqual({
      suggestionsWaiting: 0,
      notesWaiting: [],
      notesWaitingCount: 0,
      nextSteps: [],
      followUps: [],
    });
  });

  it('says what is waiting: suggestions, a draft note, open steps, follow-ups due or coming up', async () => {
    const pid = me.me.id;
    const goalId = await runForId(t, me, pid, { type: 'goal.create', title: 'Sleep better', lifeArea: 'health' });
    for (const text of ['Lights out by 11', 'No phone in bed', 'Walk after dinner', 'Keep a diary']) {
      await run(t, me, pid, { type: 'step.create', goalId, text });
    }
    await suggestGoal(t, cast.specialist, pid, 'Walk every morning');
    await suggestGoal(t, cast.specialist, pid, 'Call my sister');
    await draftNote(t, cast.specialist, me, { workedOn: 'Sleep', chosen: 'Lights out', nextSteps: 'Diary' });
    const pantry = await createResource(t, cast.specialist, 'Harbor food pantry');
    const clinic = await createResource(t, cast.specialist, 'Riverside clinic');
    const later = await createResource(t, cast.specialist, 'Next month group');
    for (const [resourceId, followUpOn] of [
      [pantry, '2026-06-14'],
      [clinic, '2026-06-20'],
      [later, '2026-07-30'],
    ] as const) {
      const referralId = await runForId(t, me, pid, { type: 'referral.create', resourceId });
      await run(t, me, pid, { type: 'referral.update', referralId, status: 'chosen', followUpOn });
    }

    const mine = (await home()).json<MyOverview>();
    expect(mine.suggestionsWaiting).toBe(2);
    expect(mine.notesWaitingCount).toBe(1);
    expect(mine.notesWaiting).toMatchObject([{ specialistName: 'Sam Specialist' }]);
    expect(mine.nextSteps.map((s) => s.text)).toEqual(['Lights out by 11', 'No phone in bed', 'Walk after dinner']);
    expect(mine.nextSteps[0]?.goalTitle).toBe('Sleep better');
    expect(mine.followUps).toEqual([
      expect.objectContaining({ resourceName: 'Harbor food pantry', followUpOn: '2026-06-14', due: true }),
      expect.objectContaining({ resourceName: 'Riverside clinic', followUpOn: '2026-06-20', due: false }),
    ]);
  });

  it('is logged as the person looking at their own plan', async () => {
    await home();
    const log = await t.request({ method: 'GET', url: '/api/access-log?limit=5', as: me });
    expect(log.json<{ entries: AccessLogEntry[] }>().entries[0]).toMatchObject({
      action: 'plan.overview',
      outcome: 'allowed',
      actor: { id: me.me.id },
    });
  });

  it('is the participant’s alone', async () => {
    for (const who of [cast.specialist, cast.supervisor, cast.admin]) {
      expect((await home(who)).statusCode).toBe(403);
    }
  });
});
