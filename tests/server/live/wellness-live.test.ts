import type { LiveServerMessage } from '@alongside/shared';
import { describe, expect, it } from 'vitest';
import { connectAndSubscribe, liveAppForFile, restCommand, socketCommand } from './live-fixtures.js';

/**
 * A wellness-plan item the person accepts on their phone reaches their specialist's open screen
 * at once, through the same live channel as the rest of the plan — no reload.
 */
const live = liveAppForFile();

describe('the wellness plan, live', () => {
  it('an item accepted on the phone arrives on the specialist’s socket with the person’s voice', async () => {
    const { t, baseUrl, cast } = live.app;
    const pid = cast.participant.me.id;
    const { client: phone } = await connectAndSubscribe(baseUrl, cast.participant, pid);
    const { client: desk } = await connectAndSubscribe(baseUrl, cast.specialist, pid);
    live.sockets.push(phone, desk);
    const suggested = await restCommand(t, cast.specialist, pid, {
      type: 'suggestion.create',
      proposal: { kind: 'wellness-item', section: 'crisis-helps', text: 'Someone sitting with me' },
    });
    const arrived = desk.waitForNext('events', (m: Extract<LiveServerMessage, { type: 'events' }>) =>
      m.events.some((e) => e.command.type === 'suggestion.accept'),
    );
    const answer = await socketCommand(phone, pid, {
      type: 'suggestion.accept',
      suggestionId: suggested.ids[0] ?? '',
      edits: { text: 'My sister sitting with me' },
    });
    expect(answer.type).toBe('ack');
    const event = (await arrived).events.find((e) => e.command.type === 'suggestion.accept');
    expect(event?.voice).toBe('participant');
    expect(event?.effects).toContainEqual({
      kind: 'wellness-item',
      value: expect.objectContaining({
        text: 'My sister sitting with me',
        section: 'crisis-helps',
        voice: 'participant',
      }),
    });
  });
});
