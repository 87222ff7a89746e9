import type { AccessSitting } from '@alongside/shared';
import { afterAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../web/src/i18n/i18n.js';
import { actionText, sittingSentence, sittingWhen } from '../../../web/src/pages/access-log/access-log-words.js';

/** How one sitting of "who looked at my record" reads, in English and Spanish. */
const base: AccessSitting = {
  id: '9',
  from: '2026-11-02T09:12:00Z',
  to: '2026-11-02T09:40:00Z',
  count: 14,
  actor: { id: '00000000-0000-4000-8000-000000000001', name: 'Sam Rivera', role: 'specialist' },
  self: false,
  outcome: 'allowed',
  areas: ['plan', 'notes'],
  actions: [{ action: 'plan.read', count: 14 }],
  looked: true,
  changed: false,
};

afterAll(() => setLanguage('en'));

describe('a sitting in words', () => {
  it('says who, what, over which span and how often', async () => {
    await setLanguage('en');
    expect(sittingSentence(base)).toBe('Sam Rivera (Specialist) looked at your plan and your session notes');
    expect(sittingWhen(base)).toMatch(/, \d{1,2}:\d{2}.*–\d{1,2}:\d{2}.*, 14 times$/);
    expect(sittingWhen({ ...base, count: 1, from: base.to })).toMatch(/, once$/);
  });

  it('says a refusal as a refusal, and the person’s own actions as theirs', async () => {
    await setLanguage('en');
    expect(sittingSentence({ ...base, outcome: 'denied', looked: false, changed: true, areas: ['notes'] })).toBe(
      'Sam Rivera (Specialist) tried to open or change your session notes, and was refused',
    );
    expect(sittingSentence({ ...base, self: true, changed: true })).toBe(
      'You looked at and changed your plan and your session notes',
    );
    expect(actionText('note.co-signed')).toBe('Co-signed a session note');
  });

  it('reads the same in Spanish', async () => {
    await setLanguage('es');
    expect(sittingSentence(base)).toBe('Sam Rivera (Especialista) consultó tu plan y tus notas de sesión');
    expect(sittingSentence({ ...base, outcome: 'denied', areas: ['plan'] })).toBe(
      'Sam Rivera (Especialista) intentó abrir o cambiar tu plan, y se le negó',
    );
    expect(sittingWhen(base)).toMatch(/14 veces$/);
  });
});
