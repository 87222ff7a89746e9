import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiveTestClient } from '../../helpers/live-client.js';
import { createCast, invitePerson, signIn, type TestApp } from '../../helpers/test-app.js';
import {
  connectAndSubscribe,
  goal,
  newOpId,
  restCommand,
  socketCommand,
  startLiveApp,
  subscribe,
} from './live-fixtures.js';

/**
 * Traffic a browser of ours would never send — or an attacker would. Each kind is refused or
 * answered as the protocol says, and the server carries on serving everyone else. These run with
 * the production limits (64 KiB messages, burst 60, 20/s, 10 strikes a minute).
 */
let t: TestApp;
let baseUrl: string;
let cast: Awaited<ReturnType<typeof createCast>>;
const sockets: LiveTestClient[] = [];
const open = async (person = cast.participant) => {
  const c = await LiveTestClient.connect(baseUrl, person);
  sockets.push(c);
  return c;
};

beforeAll(async () => {
  ({ t, baseUrl } = await startLiveApp());
  cast = await createCast(t);
});
afterAll(async () => {
  for (const s of sockets) s.close();
  await t.close();
});

describe('refused before the upgrade', () => {
  it('no sign-in, or a signed-out cookie: 401 and no socket', async () => {
    const before = t.app.liveHub.connectionCount;
    await expect(LiveTestClient.connect(baseUrl, undefined)).rejects.toThrow(/upgrade refused: 401/);

    const again = await signIn(t, cast.specialist.email, cast.specialist.password);
    const out = await t.request({ method: 'POST', url: '/api/auth/sign-out', as: again });
    expect(out.statusCode).toBeLessThan(300);
    await expect(LiveTestClient.connect(baseUrl, again)).rejects.toThrow(/upgrade refused: 401/);
    expect(t.app.liveHub.connectionCount).toBe(before);
  });

  it('a page on another origin cannot open the channel with our cookie: 403', async () => {
    const before = t.app.liveHub.connectionCount;
    await expect(LiveTestClient.connect(baseUrl, cast.participant, 'https://evil.example')).rejects.toThrow(
      /upgrade refused: 403/,
    );
    await expect(
      LiveTestClient.connect(baseUrl, cast.participant, 'http://alongside.test.evil.example'),
    ).rejects.toThrow(/upgrade refused: 403/);
    expect(t.app.liveHub.connectionCount).toBe(before);
  });
});

describe('bad messages on an open socket', () => {
  it('a message over 64 KiB closes the socket with 1009; one of exactly 64 KiB is only answered', async () => {
    const c = await open();
    // Exactly at the cap: not JSON, so an error — but it was read, and the socket stays.
    c.send('x'.repeat(64 * 1024));
    expect((await c.waitFor('error')).code).toBe('bad_json');
    await c.sync();
    c.send(JSON.stringify({ type: 'ping', pad: 'x'.repeat(64 * 1024) }));
    expect((await c.waitForClose()).code).toBe(1009);
  });

  it('malformed JSON and schema-invalid messages get an error naming the problem; the socket stays open', async () => {
    const c = await open();
    const next = () => c.waitForNext('error');

    let error = next();
    c.send('{"type": "ping"');
    expect(await error).toMatchObject({ code: 'bad_json' });

    error = next();
    c.send({ type: 'subscribe', participantId: 'not-a-uuid' });
    expect(await error).toMatchObject({ code: 'bad_message', field: 'participantId' });

    error = next();
    c.send({ type: 'dance' });
    expect(await error).toMatchObject({ code: 'bad_message', field: 'type' });

    error = next();
    c.send({
      type: 'command',
      participantId: cast.participant.me.id,
      clientOpId: newOpId(),
      command: { type: 'goal.create', title: '', lifeArea: 'community' },
    });
    const invalidCommand = await error;
    expect(invalidCommand).toMatchObject({ code: 'bad_message', field: 'command.title' });
    expect(invalidCommand.message).toContain('command.title');

    error = next();
    c.send({ type: 'ping', extra: true });
    expect(await error).toMatchObject({ code: 'bad_message' });

    error = next();
    c.socket.send(Buffer.from([1, 2, 3]), { binary: true });
    expect(await error).toMatchObject({ code: 'bad_message' });

    // Still open and answering; nothing was applied to the plan.
    await c.sync();
    expect(c.closed).toBeUndefined();
    expect(c.all('ack')).toEqual([]);
  });

  it('ten bad messages are tolerated; the eleventh in a minute closes the socket with 1008', async () => {
    const c = await open();
    for (let i = 0; i < 10; i++) c.send(`not json ${i}`);
    await c.sync();
    expect(c.all('error')).toHaveLength(10);
    expect(c.closed).toBeUndefined();
    c.send('not json, once too often');
    expect((await c.waitForClose()).code).toBe(1008);
  });

  it('flooding beyond the rate limit gets rate_limited errors instead of answers', async () => {
    const c = await open();
    for (let i = 0; i < 65; i++) c.send({ type: 'ping' });
    await c.waitFor('error', (m) => m.code === 'rate_limited');
    // The token bucket refills at 20 a second: a moment later the socket is served again.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await c.sync();
    const pongs = c.all('pong').length;
    const limited = c.all('error').filter((m) => m.code === 'rate_limited').length;
    // Every message got exactly one answer, and no more of them were served than the burst allows.
    expect(pongs + limited).toBe(66);
    expect(pongs).toBeLessThanOrEqual(64);
    expect(c.closed).toBeUndefined();

    // Keeping it up turns into strikes, and the socket is closed (1008).
    for (let i = 0; i < 80; i++) c.send({ type: 'ping' });
    expect((await c.waitForClose()).code).toBe(1008);
  });
});

describe('reaching for plans that are not yours', () => {
  it('another organisation’s or an unpartnered participant’s plan: not_found, no events, no presence', async () => {
    const other = await createCast(t, 'Other Org');
    const unpartnered = await invitePerson(t, cast.admin, 'participant', { name: 'Una Partnered' });

    for (const target of [other.participant, unpartnered]) {
      const pid = target.me.id;
      const { client: owner } = await connectAndSubscribe(baseUrl, target, pid);
      sockets.push(owner);
      const intruder = await open(cast.specialist);

      const refused = intruder.waitForNext('error');
      intruder.send({ type: 'subscribe', participantId: pid });
      expect(await refused).toMatchObject({ code: 'not_found', field: 'participantId' });
      expect(intruder.all('subscribed')).toEqual([]);
      expect(intruder.all('snapshot')).toEqual([]);

      const notSubscribed = intruder.waitForNext('error');
      intruder.send({ type: 'presence', participantId: pid, focus: { kind: 'goal' } });
      expect(await notSubscribed).toMatchObject({ code: 'not_subscribed' });

      const nack = await socketCommand(intruder, pid, {
        type: 'suggestion.create',
        proposal: { kind: 'goal', title: 'Let me in', lifeArea: 'home' },
      });
      expect(nack).toMatchObject({ type: 'nack', status: 404, error: { code: 'not_found' } });

      // The owner changes their plan; the owner's socket hears it, the intruder's never does.
      const { seq } = await restCommand(t, target, pid, goal('Private goal'));
      await owner.waitFor('events', (m) => m.events.some((e) => e.seq === seq));
      await intruder.sync();
      expect(intruder.all('events')).toEqual([]);
      expect(intruder.all('presence')).toEqual([]);
      await owner.sync();
      for (const p of owner.all('presence'))
        expect(p.members.map((m) => m.userId)).not.toContain(cast.specialist.me.id);
      expect(
        (await t.request({ method: 'GET', url: `/api/participants/${pid}/plan`, as: target })).json(),
      ).toMatchObject({
        seq,
        suggestions: [],
      });
    }
  });
});

describe('afterwards', () => {
  it('the server is still serving: health, REST, and a fresh socket', async () => {
    const health = await fetch(`${baseUrl}/api/health`);
    expect(health.status).toBe(200);
    const pid = cast.participant.me.id;
    const { client } = await connectAndSubscribe(baseUrl, cast.specialist, pid);
    sockets.push(client);
    const { seq } = await restCommand(t, cast.participant, pid, goal('Still here'));
    await client.waitFor('events', (m) => m.events.some((e) => e.seq === seq));
    await client.sync();
    await subscribe(client, pid, seq);
  });
});
