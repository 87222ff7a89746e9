import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiveTestClient } from '../helpers/live-client.js';
import { createCast, createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let baseUrl: string;
beforeAll(async () => {
  t = await createTestApp();
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await t.close();
});

describe('live smoke', () => {
  it('a suggestion made on one socket reaches the other; ack comes after commit, with the event already sent', async () => {
    const { specialist, participant } = await createCast(t);
    const pid = participant.me.id;
    const s = await LiveTestClient.connect(baseUrl, specialist);
    const p = await LiveTestClient.connect(baseUrl, participant);
    s.send({ type: 'subscribe', participantId: pid });
    p.send({ type: 'subscribe', participantId: pid });
    await s.waitFor('subscribed');
    await p.waitFor('subscribed');
    s.send({
      type: 'command',
      participantId: pid,
      clientOpId: 'op-live-0001',
      command: {
        type: 'suggestion.create',
        proposal: { kind: 'goal', title: 'Call my sister', lifeArea: 'community' },
      },
    });
    const ack = await s.waitFor('ack');
    expect(ack.seq).toBe(1);
    // On the sender's own instance its event comes first: acknowledged means already shown.
    const ownEvent = s.received.findIndex((m) => m.type === 'events' && m.events.some((e) => e.seq === 1));
    expect(ownEvent).toBeGreaterThanOrEqual(0);
    expect(ownEvent).toBeLessThan(s.received.indexOf(ack));
    const events = await p.waitFor('events');
    expect(events.events[0]?.command.type).toBe('suggestion.create');
    // What arrives live is, whole, the event the history keeps.
    const history = await t.request({ method: 'GET', url: `/api/participants/${pid}/plan/history`, as: participant });
    expect(history.statusCode, history.body).toBe(200);
    expect(events.events).toEqual(history.json<{ events: unknown[] }>().events);
    const presence = await p.waitFor('presence', (m) => m.members.length === 2);
    expect(presence.members.map((m) => m.role).sort()).toEqual(['participant', 'specialist']);
    s.close();
    p.close();
  });

  it('refuses an upgrade without a session or from a foreign origin', async () => {
    await expect(LiveTestClient.connect(baseUrl, undefined)).rejects.toThrow(/401/);
    const { participant } = await createCast(t, 'Org Two');
    await expect(LiveTestClient.connect(baseUrl, participant, 'https://evil.example')).rejects.toThrow(/403/);
  });
});
