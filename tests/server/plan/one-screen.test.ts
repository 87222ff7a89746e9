import type { CommandResult, ErrorBody, LiveSession, PlanCommand } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planUrl, readAccessLog, readHistory, readPlan, run, runForId } from '../../helpers/plan-api.js';
import { createCast, createTestApp, invitePerson, type SignedInPerson, type TestApp } from '../../helpers/test-app.js';

/**
 * At one screen: the person sits at their specialist's screen and makes their own decisions
 * there. The server accepts a decision in the person's voice from the specialist's device only
 * while a session of that pair is live and the person confirmed they are there with the code
 * from their own phone; it records the decision in the person's voice, marked as made at one
 * screen, and access-logs it. Anything else stays refused, as the partnership rules say.
 */
let t: TestApp;
let admin: SignedInPerson;
let specialist: SignedInPerson;
beforeAll(async () => {
  t = await createTestApp();
  ({ admin, specialist } = await createCast(t));
});
afterAll(async () => {
  await t.close();
});

const post = (as: SignedInPerson, url: string, body?: unknown) => t.request({ method: 'POST', url, as, body });

/** Sends a command marked as the person's decision at one screen. */
const atOneScreen = (as: SignedInPerson, pid: string, command: PlanCommand) =>
  post(as, `${planUrl(pid)}/commands`, { command, atOneScreen: true });

async function personWithSuggestion() {
  const p = await invitePerson(t, specialist, 'participant', { name: 'Ona Screen' });
  const pid = p.me.id;
  const suggestionId = await runForId(t, specialist, pid, {
    type: 'suggestion.create',
    proposal: { kind: 'goal', title: 'Call my brother', why: 'He misses me', lifeArea: 'community' },
  });
  return { p, pid, suggestionId };
}

async function startSession(pid: string): Promise<LiveSession> {
  const res = await post(specialist, '/api/live-sessions', { participantId: pid, mode: 'in-person' });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<LiveSession>();
}

/** The person shows the code on their own phone; it is typed in at the specialist's screen. */
async function confirmAtOneScreen(p: SignedInPerson, session: LiveSession): Promise<void> {
  const { code } = (await post(p, `/api/live-sessions/${session.id}/presence-code`)).json<{ code: string }>();
  const res = await post(specialist, `/api/live-sessions/${session.id}/confirm-presence`, { code });
  expect(res.statusCode, res.body).toBe(200);
}

async function expectRefused(res: Awaited<ReturnType<typeof post>>, status: number, code: string) {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.json<ErrorBody>().error).toBe(code);
}

describe('decisions at one screen', () => {
  it('are refused with no session, before the person confirmed, and when they joined from their own device', async () => {
    const { p, pid, suggestionId } = await personWithSuggestion();
    const accept: PlanCommand = { type: 'suggestion.accept', suggestionId };
    await expectRefused(await atOneScreen(specialist, pid, accept), 403, 'one_screen_required');

    const session = await startSession(pid);
    await expectRefused(await atOneScreen(specialist, pid, accept), 403, 'one_screen_required');

    expect((await post(p, `/api/live-sessions/${session.id}/join`)).statusCode).toBe(200);
    await expectRefused(await atOneScreen(specialist, pid, accept), 403, 'one_screen_required');

    // Nothing changed, and each refusal is in the person's access log.
    const plan = await readPlan(t, p, pid);
    expect(plan.goals).toEqual([]);
    expect(plan.suggestions[0]?.status).toBe('pending');
    const denied = (await readAccessLog(t, p)).filter(
      (e) => e.action === 'plan.suggestion.accept' && e.outcome === 'denied',
    );
    expect(denied).toHaveLength(3);
    expect(denied.every((e) => e.actor.id === specialist.me.id)).toBe(true);
  });

  it('once confirmed: accepted in the person’s words, marked at one screen, access-logged', async () => {
    const { p, pid, suggestionId } = await personWithSuggestion();
    const session = await startSession(pid);
    await confirmAtOneScreen(p, session);

    const res = await atOneScreen(specialist, pid, {
      type: 'suggestion.accept',
      suggestionId,
      edits: { title: 'Ring my brother on Sundays' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const { seq, ids } = res.json<CommandResult>();
    const plan = await readPlan(t, p, pid);
    expect(plan.goals.find((g) => g.id === ids[0])).toMatchObject({
      title: 'Ring my brother on Sundays',
      voice: 'participant',
      why: 'He misses me',
      whyVoice: 'specialist',
    });
    expect(plan.suggestions[0]?.status).toBe('edited');
    const event = (await readHistory(t, p, pid)).find((e) => e.seq === seq);
    expect(event).toMatchObject({
      actor: { id: specialist.me.id, role: 'specialist' },
      voice: 'participant',
      atOneScreen: true,
      liveSessionId: session.id,
    });
    const logged = (await readAccessLog(t, p)).find((e) => e.action === 'plan.suggestion.accept');
    expect(logged).toMatchObject({ outcome: 'allowed', actor: { id: specialist.me.id } });
  });

  it('once confirmed: decline and confidence are the person’s; anything else is still theirs alone', async () => {
    const { p, pid, suggestionId } = await personWithSuggestion();
    const goalId = await runForId(t, p, pid, { type: 'goal.create', title: 'Sleep well', lifeArea: 'health' });
    const session = await startSession(pid);
    await confirmAtOneScreen(p, session);

    const declined = await atOneScreen(specialist, pid, { type: 'suggestion.decline', suggestionId });
    expect(declined.statusCode, declined.body).toBe(200);
    const rated = await atOneScreen(specialist, pid, { type: 'check-in.record', goalId, confidence: 6 });
    expect(rated.statusCode, rated.body).toBe(200);
    const plan = await readPlan(t, p, pid);
    expect(plan.suggestions[0]?.status).toBe('declined');
    expect(plan.checkIns[0]).toMatchObject({ confidence: 6, recordedBy: 'participant', recordedTogether: true });
    const events = await readHistory(t, p, pid);
    expect(events.filter((e) => e.atOneScreen).map((e) => [e.command.type, e.voice])).toEqual([
      ['suggestion.decline', 'participant'],
      ['check-in.record', 'participant'],
    ]);

    // Not a decision the person makes at the screen: changing or deleting the plan stays theirs.
    await expectRefused(
      await atOneScreen(specialist, pid, { type: 'goal.delete', goalId }),
      403,
      'participant_decides',
    );
    await expectRefused(
      await atOneScreen(specialist, pid, { type: 'goal.create', title: 'Run', lifeArea: 'health' }),
      403,
      'participant_decides',
    );
    // Without the marker, the specialist's own device decides nothing, confirmed session or not.
    const another = await runForId(t, specialist, pid, {
      type: 'suggestion.create',
      proposal: { kind: 'step', goalId, text: 'No screens after ten' },
    });
    await expectRefused(
      await post(specialist, `${planUrl(pid)}/commands`, {
        command: { type: 'suggestion.accept', suggestionId: another },
      }),
      403,
      'participant_decides',
    );
    // An ordinary command from a specialist is still recorded as theirs, not at one screen.
    const events2 = await readHistory(t, p, pid);
    expect(events2.filter((e) => e.command.type === 'suggestion.create').every((e) => !e.atOneScreen)).toBe(true);
  });

  it('ends with the session, is not for the person’s own device, and reaches no other specialist', async () => {
    const { p, pid, suggestionId } = await personWithSuggestion();
    const session = await startSession(pid);
    await confirmAtOneScreen(p, session);
    await expectRefused(
      await atOneScreen(p, pid, { type: 'suggestion.decline', suggestionId }),
      403,
      'one_screen_not_needed',
    );
    const other = await invitePerson(t, admin, 'specialist', { name: 'Oli Other' });
    expect((await atOneScreen(other, pid, { type: 'suggestion.decline', suggestionId })).statusCode).toBe(404);

    expect((await post(specialist, `/api/live-sessions/${session.id}/end`)).statusCode).toBe(200);
    await expectRefused(
      await atOneScreen(specialist, pid, { type: 'suggestion.decline', suggestionId }),
      403,
      'one_screen_required',
    );
    // The person's own decision, on their own device, is as ever.
    await run(t, p, pid, { type: 'suggestion.decline', suggestionId });
    expect((await readHistory(t, p, pid)).at(-1)).toMatchObject({ atOneScreen: false, voice: 'participant' });
  });
});
