import { describe, expect, it } from 'vitest';
import { conflictLines, keepMine } from '../../../web/src/data/offline/conflicts.js';
import type { OutboxEntry } from '../../../web/src/data/offline/db.js';

/** What the person is shown when a queued edit met newer words: the two versions that differ. */
const goalId = '30000000-0000-4000-8000-000000000001';
function conflict(mine: { title: string; why: string }, there: { title: string; why: string }): OutboxEntry {
  return {
    userId: 'u',
    participantId: 'p',
    clientOpId: 'op-1',
    command: { type: 'goal.edit', goalId, version: 1, ...mine },
    order: 1,
    queuedAt: '2026-12-05T00:00:00.000Z',
    state: 'conflict',
    refusal: {
      status: 409,
      code: 'stale_version',
      message: 'Changed.',
      current: { id: goalId, version: 3, ...there },
    },
  };
}

describe('a conflict shown to the person', () => {
  it('sets the two versions side by side for the words that differ, and only those', () => {
    const entry = conflict({ title: 'Cook on Sundays', why: '' }, { title: 'Cook twice a week', why: '' });
    expect(conflictLines(entry)).toEqual([{ field: 'title', theirs: 'Cook on Sundays', current: 'Cook twice a week' }]);
  });

  it('shows every field when none differ, so there is still something to choose between', () => {
    const entry = conflict({ title: 'Same', why: 'Also same' }, { title: 'Same', why: 'Also same' });
    expect(conflictLines(entry).map((l) => l.field)).toEqual(['title', 'why']);
  });

  it('"keep my words" is the same edit made against the version there now', () => {
    const entry = conflict({ title: 'Mine', why: '' }, { title: 'Theirs', why: '' });
    expect(keepMine(entry)).toMatchObject({ type: 'goal.edit', version: 3, title: 'Mine' });
  });
});
