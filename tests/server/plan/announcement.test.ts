import { describe, expect, it } from 'vitest';
import { decodeAnnouncement, encodeAnnouncement } from '../../../server/src/modules/plan/plan.announcement.js';

/**
 * The notification every instance reads when a plan event commits. Instances of different
 * versions may run side by side during a deploy, so what one writes the other must read, and a
 * payload it cannot read is refused rather than misread.
 */
const participantId = '3f0c1c9e-8a4b-4c39-9f1e-2b1d7b6a0c11';
const eventOf = (why: string) =>
  JSON.stringify({ seq: 7, at: '2026-11-21T10:00:00.000Z', command: { type: 'goal.create', why }, effects: [] });

describe('plan event announcements', () => {
  it('carry the event text unchanged when it fits', () => {
    const eventText = eventOf('Cuidar mi salud — "paso a paso" \\ {}');
    const payload = encodeAnnouncement({ participantId, seq: 7, eventText });
    expect(JSON.parse(payload)).toEqual({ participantId, seq: 7, event: JSON.parse(eventText) });
    expect(decodeAnnouncement(payload)).toEqual({ participantId, seq: 7, eventText });
  });

  it('leave out an event over 7,000 bytes, counting bytes not characters', () => {
    // 2,400 characters, 7,200 bytes: it would not fit although its length is well under 7,000.
    const eventText = eventOf('目'.repeat(2400));
    const payload = encodeAnnouncement({ participantId, seq: 7, eventText });
    expect(Buffer.byteLength(payload)).toBeLessThan(8000);
    expect(decodeAnnouncement(payload)).toEqual({ participantId, seq: 7 });
    // The same number of plain characters fits.
    const plain = eventOf('a'.repeat(2400));
    expect(decodeAnnouncement(encodeAnnouncement({ participantId, seq: 7, eventText: plain }))?.eventText).toBe(plain);
  });

  it('read anything else as unreadable', () => {
    for (const payload of [
      '',
      'not json',
      '{"seq":7,"participantId":"x"}',
      `{"participantId":"${participantId}","seq":7`,
      `{"participantId":"${participantId}","seq":7,"other":1}`,
      `{"participantId":"${participantId}\\"","seq":7}`,
    ]) {
      expect(decodeAnnouncement(payload), payload).toBeUndefined();
    }
  });
});
