import type { ErrorBody } from '@alongside/shared';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { LiveTestClient } from '../../helpers/live-client.js';
import { type SignedInPerson, signIn } from '../../helpers/test-app.js';
import { eventually, goal, liveAppForFile, restCommand, subscribe } from './live-fixtures.js';

/**
 * One sign-in holds at most 20 sockets on an instance (the production default); the next upgrade
 * is refused before it happens, in the product's error shape, and a socket that closes frees its
 * slot.
 */
const file = liveAppForFile();

async function openMany(person: SignedInPerson, count: number): Promise<LiveTestClient[]> {
  const { baseUrl } = file.app;
  const opened = await Promise.all(Array.from({ length: count }, () => LiveTestClient.connect(baseUrl, person)));
  file.sockets.push(...opened);
  return opened;
}

/** Asks for one more socket and expects the upgrade to be refused: its status and body. */
function refusedUpgrade(person: SignedInPerson): Promise<{ status: number; body: ErrorBody }> {
  const { baseUrl } = file.app;
  const socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/api/live`, {
    headers: { origin: baseUrl, cookie: `alongside_session=${person.cookie}` },
  });
  return new Promise((resolve, reject) => {
    socket.once('open', () => {
      socket.close();
      reject(new Error('the upgrade was accepted'));
    });
    socket.once('unexpected-response', (req, res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as ErrorBody });
      });
    });
    socket.once('error', reject);
  });
}

describe('sockets per sign-in', () => {
  it('the 21st socket is refused with 429 too_many_sockets; the 20 keep working; closing one lets a new one in', async () => {
    const { t, cast } = file.app;
    const pid = cast.participant.me.id;
    const before = t.app.liveHub.connectionCount;
    const twenty = await openMany(cast.specialist, 20);

    const refused = await refusedUpgrade(cast.specialist);
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual({
      error: 'too_many_sockets',
      message: expect.stringContaining('20 live connections'),
      requestId: expect.any(String),
    });
    expect(t.app.liveHub.connectionCount).toBe(before + 20);

    // Each of the twenty follows the plan and hears the next change.
    for (const s of twenty) await subscribe(s, pid);
    const { seq } = await restCommand(t, cast.participant, pid, goal('Heard on every tab'));
    await Promise.all(twenty.map((s) => s.waitFor('events', (m) => m.events.some((e) => e.seq === seq))));

    // The cap is per sign-in: the same person signed in on another device is not affected.
    const elsewhere = await signIn(t, cast.specialist.email, cast.specialist.password);
    const [other] = await openMany(elsewhere, 1);
    await other?.sync();

    // A socket that closes frees its slot (once the server has seen it close).
    const [first] = twenty;
    first?.close();
    await first?.waitForClose();
    await eventually(() => expect(t.app.liveHub.connectionCount).toBe(before + 20));
    const [replacement] = await openMany(cast.specialist, 1);
    if (!replacement) throw new Error('no replacement socket');
    await subscribe(replacement, pid);
    expect((await refusedUpgrade(cast.specialist)).status).toBe(429);

    for (const s of twenty.slice(1)) await s.sync();
    expect(twenty.slice(1).every((s) => s.closed === undefined)).toBe(true);
  });

  it('upgrades arriving together cannot go past the cap', async () => {
    const { t, baseUrl, cast } = file.app;
    const person = await signIn(t, cast.participant.email, cast.participant.password);
    const attempts = await Promise.allSettled(
      Array.from({ length: 30 }, () => LiveTestClient.connect(baseUrl, person)),
    );
    const opened = attempts.flatMap((a) => (a.status === 'fulfilled' ? [a.value] : []));
    file.sockets.push(...opened);
    const refusals = attempts.flatMap((a) => (a.status === 'rejected' ? [String(a.reason)] : []));
    expect(opened).toHaveLength(20);
    expect(refusals).toEqual(Array(10).fill('Error: upgrade refused: 429'));
  });

  it('a socket the server closes frees its slot too', async () => {
    const { t, cast } = file.app;
    const person = await signIn(t, cast.participant.email, cast.participant.password);
    const twenty = await openMany(person, 20);
    const [broken] = twenty;
    if (!broken) throw new Error('no socket');
    // A message over the 64 KiB cap: the server closes that socket (1009).
    broken.send(JSON.stringify({ type: 'ping', pad: 'x'.repeat(64 * 1024) }));
    expect((await broken.waitForClose()).code).toBe(1009);
    const [next] = await eventually(() => openMany(person, 1));
    await next?.sync();
    expect((await refusedUpgrade(person)).status).toBe(429);
  });
});
