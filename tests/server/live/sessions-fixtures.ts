import type { LiveSession } from '@alongside/shared';
import { afterAll, expect } from 'vitest';
import { appForFile } from '../../helpers/app-for-file.js';
import type { LiveTestClient } from '../../helpers/live-client.js';
import { createCast, invitePerson, type SignedInPerson } from '../../helpers/test-app.js';
import { TestClock } from '../../helpers/test-clock.js';
import { connectAndSubscribe, startLiveApp } from './live-fixtures.js';

/** Minutes without activity after which a session ends by itself, in these tests. */
export const idleMinutes = 10;
export const sessionUrl = (id: string, action = '') => `/api/live-sessions/${id}${action}`;

/**
 * For a sessions test file: the live app on a clock the tests move, with a cast, started before the
 * file's tests and closed after them (the sockets opened with `watchBoth` too); the shared steps.
 */
export function sessionsAppForFile() {
  const clock = new TestClock();
  const sockets: LiveTestClient[] = [];
  const app = appForFile(async () => {
    const { t, baseUrl } = await startLiveApp({ clock, env: { LIVE_SESSION_IDLE_MINUTES: String(idleMinutes) } });
    return { t, baseUrl, cast: await createCast(t) };
  });
  afterAll(() => {
    for (const s of sockets) s.close();
  });
  return {
    current: app,
    clock,
    post: (as: SignedInPerson, url: string, body?: unknown) => app().t.request({ method: 'POST', url, as, body }),
    async getSession(as: SignedInPerson, id: string): Promise<LiveSession> {
      const res = await app().t.request({ method: 'GET', url: sessionUrl(id), as });
      expect(res.statusCode, res.body).toBe(200);
      return res.json<LiveSession>();
    },
    /** A new participant partnered with the cast's specialist. */
    newPartner: (name: string) => invitePerson(app().t, app().cast.specialist, 'participant', { name }),
    /** The specialist and the person, each with a socket on the person's plan. */
    async watchBoth(participant: SignedInPerson) {
      const { baseUrl, cast } = app();
      const pid = participant.me.id;
      const { client: specialistSocket } = await connectAndSubscribe(baseUrl, cast.specialist, pid);
      const { client: participantSocket } = await connectAndSubscribe(baseUrl, participant, pid);
      sockets.push(specialistSocket, participantSocket);
      return { specialistSocket, participantSocket };
    },
  };
}
