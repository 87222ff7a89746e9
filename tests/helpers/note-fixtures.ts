import type { LiveSession, SessionNote } from '@alongside/shared';
import type { SignedInPerson, TestApp } from './test-app.js';

/** A session of `specialist` with `participant`, joined by the participant and ended, without a note yet. */
export async function endedSession(t: TestApp, specialist: SignedInPerson, participant: SignedInPerson) {
  const started = await t.request({
    method: 'POST',
    url: '/api/live-sessions',
    as: specialist,
    body: { participantId: participant.me.id, mode: 'phone' },
  });
  if (started.statusCode !== 201) throw new Error(`session not started: ${started.statusCode} ${started.body}`);
  const id = started.json<LiveSession>().id;
  await t.request({ method: 'POST', url: `/api/live-sessions/${id}/join`, as: participant });
  await t.request({ method: 'POST', url: `/api/live-sessions/${id}/end`, as: specialist });
  return id;
}

/** A draft note by `specialist` on a new ended session with `participant`. */
export async function draftNote(
  t: TestApp,
  specialist: SignedInPerson,
  participant: SignedInPerson,
  text = { workedOn: 'Mornings', chosen: 'A walk', nextSteps: 'Tuesday' },
): Promise<SessionNote> {
  const liveSessionId = await endedSession(t, specialist, participant);
  const res = await t.request({
    method: 'POST',
    url: `/api/live-sessions/${liveSessionId}/note`,
    as: specialist,
    body: text,
  });
  if (res.statusCode !== 201) throw new Error(`note not drafted: ${res.statusCode} ${res.body}`);
  return res.json<SessionNote>();
}
