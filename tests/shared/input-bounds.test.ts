import {
  dayBounds,
  int4Max,
  zAccessLogQuery,
  zEditNote,
  zLiveClientMessage,
  zPastDay,
  zPlanCommand,
  zPlanEvent,
  zPlanHistoryQuery,
  zPlannedDay,
  zReportDay,
  zReportSummaryQuery,
  zResourceInput,
} from '@alongside/shared';
import { describe, expect, it } from 'vitest';

/** The day after (or, with -1, before) an ISO day. */
const shift = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('how far a date may reach, by what it means', () => {
  const now = new Date('2026-12-04T23:30:00Z');

  it('a day something happened: from 2000 to two days after today (UTC)', () => {
    expect(dayBounds('past', now)).toEqual({ earliest: '2000-01-01', latest: '2026-12-06' });
  });

  it('a day planned ahead: up to ten years on; a report: up to a year on', () => {
    expect(dayBounds('planned', now)).toEqual({ earliest: '2000-01-01', latest: '2036-12-04' });
    expect(dayBounds('report', now)).toEqual({ earliest: '2000-01-01', latest: '2027-12-04' });
  });

  it.each([
    ['past', zPastDay],
    ['planned', zPlannedDay],
    ['report', zReportDay],
  ] as const)(
    'a %s day is accepted at both ends and refused one day past either, with the range in its issue',
    (kind, schema) => {
      const { earliest, latest } = dayBounds(kind);
      expect(schema.safeParse(earliest).success).toBe(true);
      expect(schema.safeParse(latest).success).toBe(true);
      for (const day of [shift(earliest, -1), shift(latest, 1), '0000-01-01', '9999-12-31']) {
        const result = schema.safeParse(day);
        expect(result.success, day).toBe(false);
        expect(result.error?.issues[0]).toMatchObject({
          code: 'custom',
          message: `Choose a day from ${earliest} to ${latest}.`,
          params: { earliest, latest },
        });
      }
    },
  );

  it('every date field a client sends is bounded: commands, the directory, the report', () => {
    const id = crypto.randomUUID();
    const commands = [
      { type: 'goal.create', title: 'Move', lifeArea: 'home', targetDate: '0000-01-01' },
      { type: 'goal.edit', goalId: id, version: 1, targetDate: '9999-12-31' },
      { type: 'step.set-done', stepId: id, done: true, doneOn: '1999-12-31' },
      { type: 'choice.decide', choiceId: id, optionId: id, decidedOn: '9999-12-31' },
      { type: 'referral.create', resourceId: id, followUpOn: '0000-01-01' },
      { type: 'referral.update', referralId: id, followUpOn: '9999-12-31' },
    ];
    for (const command of commands) expect(zPlanCommand.safeParse(command).success, command.type).toBe(false);
    expect(
      zResourceInput.safeParse({ name: 'A', category: 'food', cost: 'free', lastVerifiedOn: '0000-01-01' }).success,
    ).toBe(false);
    expect(zReportSummaryQuery.safeParse({ from: '9999-01-01', to: '9999-12-31' }).success).toBe(false);
  });

  it('an event the log recorded reads whatever the bounds are now (a browser clock may be behind)', () => {
    const event = {
      seq: 1,
      at: '2026-12-04T10:00:00.000Z',
      actor: { id: crypto.randomUUID(), name: 'Pat', role: 'participant' },
      voice: 'participant',
      command: { type: 'step.set-done', stepId: crypto.randomUUID(), done: true, doneOn: '1999-12-31' },
      effects: [],
      liveSessionId: null,
      atOneScreen: false,
    };
    expect(zPlanEvent.safeParse(event).success).toBe(true);
  });
});

describe('integers are bounded by the column they reach', () => {
  it('a version is at most int4 − 1, since the edit stores version + 1', () => {
    expect(zEditNote.safeParse({ version: int4Max - 1 }).success).toBe(true);
    expect(zEditNote.safeParse({ version: int4Max }).success).toBe(false);
    const edit = { type: 'step.edit', stepId: crypto.randomUUID(), text: 'Walk' };
    expect(zPlanCommand.safeParse({ ...edit, version: int4Max - 1 }).success).toBe(true);
    expect(zPlanCommand.safeParse({ ...edit, version: int4Max }).success).toBe(false);
  });

  it('a seq cursor is at most int4, in a query string and on the socket', () => {
    expect(zPlanHistoryQuery.parse({ after: String(int4Max) }).after).toBe(int4Max);
    expect(zPlanHistoryQuery.safeParse({ after: String(int4Max + 1) }).success).toBe(false);
    const subscribe = { type: 'subscribe', participantId: crypto.randomUUID() };
    expect(zLiveClientMessage.safeParse({ ...subscribe, lastSeq: int4Max }).success).toBe(true);
    expect(zLiveClientMessage.safeParse({ ...subscribe, lastSeq: int4Max + 1 }).success).toBe(false);
  });

  it('an access-log cursor is a whole number that fits int8', () => {
    expect(zAccessLogQuery.safeParse({ before: '9223372036854775807' }).success).toBe(true);
    for (const before of ['9223372036854775808', '99999999999999999999', '-1', '1e3', 'abc']) {
      expect(zAccessLogQuery.safeParse({ before }).success, before).toBe(false);
    }
  });
});
