import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveTestClient } from '../../helpers/live-client.js';
import { createCast, type TestApp } from '../../helpers/test-app.js';
import { connectAndSubscribe, historyOf, socketCommand, startLiveApp } from './live-fixtures.js';

/**
 * A notification carries at most 8,000 bytes. Events are announced with their text when it fits
 * and read back from the log when it does not — counted in bytes, not characters: 2,000
 * characters of Japanese are 6,000 bytes, and a goal's words appear twice in its event (the
 * command and the goal it made).
 */
let t: TestApp;
let baseUrl: string;
const sockets: LiveTestClient[] = [];
beforeAll(async () => {
  ({ t, baseUrl } = await startLiveApp());
});
afterAll(async () => {
  for (const s of sockets) s.close();
  await t.close();
});

describe('large events', () => {
  it('a goal with 2,000 characters of multi-byte text is saved and reaches the other person whole', async () => {
    const { specialist, participant } = await createCast(t);
    const pid = participant.me.id;
    const { client: mine } = await connectAndSubscribe(baseUrl, participant, pid);
    const { client: theirs } = await connectAndSubscribe(baseUrl, specialist, pid);
    sockets.push(mine, theirs);
    const why = '目標に向かって毎日少しずつ進む。'.repeat(125); // 2,000 characters, 6,000 bytes
    const answer = await socketCommand(mine, pid, { type: 'goal.create', title: '毎日歩く', why, lifeArea: 'health' });
    expect(answer.type, JSON.stringify(answer)).toBe('ack');
    const seq = answer.type === 'ack' ? answer.seq : -1;
    const seen = await theirs.waitFor('events', (m) => m.events.some((e) => e.seq === seq));
    const event = seen.events.find((e) => e.seq === seq);
    expect(event?.command).toMatchObject({ why });
    expect(event?.effects[0]).toMatchObject({ kind: 'goal', value: { why } });
    const history = await historyOf(t, participant, pid);
    expect(history.find((e) => e.seq === seq)).toEqual(event);
  });
});
