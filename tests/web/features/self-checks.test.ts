import type { SelfCheck } from '@alongside/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../../web/src/features/plan/al-lines-chart.js';
import '../../../web/src/features/plan/al-self-check-form.js';
import type { SelfCheckInput } from '../../../web/src/features/plan/al-self-check-form.js';
import '../../../web/src/features/plan/al-self-checks.js';
import { selfCheckSeries, trendWords } from '../../../web/src/features/plan/self-check-trend.js';
import { setLanguage } from '../../../web/src/i18n/i18n.js';
import { selfChecksEn } from '../../../web/src/i18n/self-checks-en.js';
import { selfChecksEs } from '../../../web/src/i18n/self-checks-es.js';
import { button, mount, press, record, type } from '../dom.js';
import { id, plan } from '../fixtures.js';
import { planParts } from '../plan-host.js';

/** The person's self-check: what the form tells the page, what is sent, and the words of the lines. */
const parts = planParts();
afterEach(async () => {
  await setLanguage('en');
});

/** Chooses `value` on the 0–10 scale of one dimension, as a click on its radio would. */
async function rate(form: HTMLElement, dimension: string, value: number) {
  const rating = form.querySelector(`al-rating[name="self-check-${dimension}"]`) as HTMLElement & {
    updateComplete: Promise<unknown>;
  };
  await rating.updateComplete;
  rating.shadowRoot?.querySelector<HTMLInputElement>(`#r${value}`)?.click();
  await rating.updateComplete;
}

const check = (at: string, ratings: Partial<SelfCheck>): SelfCheck => ({
  id: id(),
  health: null,
  home: null,
  purpose: null,
  community: null,
  note: null,
  recordedTogether: false,
  recordedBy: 'participant',
  at,
  ...ratings,
});

describe('the self-check form', () => {
  it('tells the page the dimensions rated and the note (al-self-check)', async () => {
    const form = await mount(document.createElement('al-self-check-form'));
    const fired = record<CustomEvent<SelfCheckInput>>(form, 'al-self-check');
    await rate(form, 'health', 6);
    await rate(form, 'community', 3);
    await type(form.querySelector('al-textarea') as HTMLElement, '  Slept better  ');
    await press(button(form, 'Save my self-check'));
    expect(fired.map((e) => e.detail)).toEqual([{ ratings: { health: 6, community: 3 }, note: 'Slept better' }]);
  });

  it('asks for at least one rating and tells the page nothing without one', async () => {
    const form = await mount(document.createElement('al-self-check-form'));
    const fired = record(form, 'al-self-check');
    await press(button(form, 'Save my self-check'));
    expect(fired).toEqual([]);
    expect(form.querySelector('[role="alert"]')?.textContent).toBe('Rate at least one of them first.');
  });

  it('on the plan page, is sent as the person’s self-check.record', async () => {
    // The organisation offers no questionnaire.
    vi.stubGlobal('fetch', async () => Response.json({ questionnaires: [] }));
    const section = await parts.place(
      Object.assign(document.createElement('al-self-checks'), { plan: plan({ seq: 1 }) }),
      plan({ seq: 1 }),
    );
    const form = section.querySelector('al-self-check-form') as HTMLElement;
    await rate(form, 'home', 8);
    await press(button(form, 'Save my self-check'));
    expect(parts.socket.commands().map((c) => c.command)).toEqual([{ type: 'self-check.record', home: 8 }]);
  });
});

describe('the lines’ words', () => {
  const checks = [
    check('2026-09-01T10:00:00.000Z', { health: 5, home: 6, purpose: 7 }),
    check('2026-12-01T10:00:00.000Z', { health: 4, home: 9, purpose: 4 }),
  ];

  it('a change of a point either way is “about the same”; others are higher, or lower for now', () => {
    const [health, home, purpose] = selfCheckSeries(checks);
    expect(trendWords(health?.label ?? '', health?.points ?? [])).toBe('Health: about the same (5, now 4)');
    expect(trendWords(home?.label ?? '', home?.points ?? [])).toBe('Home: higher (6, now 9)');
    expect(trendWords(purpose?.label ?? '', purpose?.points ?? [])).toBe('Purpose: lower for now (7, now 4)');
  });

  it('the chart names each line’s change in those words, in English and Spanish', async () => {
    const chart = await mount(
      Object.assign(document.createElement('al-lines-chart'), { heading: 'Mine', series: selfCheckSeries(checks) }),
    );
    const words = () =>
      [...(chart.shadowRoot?.querySelectorAll('.trends li') ?? [])].map((li) => li.textContent?.trim());
    expect(words()).toEqual([
      'Health: about the same (5, now 4)',
      'Home: higher (6, now 9)',
      'Purpose: lower for now (7, now 4)',
    ]);
    await setLanguage('es');
    // The page makes the series again as it re-renders in the new language.
    chart.series = selfCheckSeries(checks);
    await chart.updateComplete;
    expect(words()).toEqual([
      'Salud: más o menos igual (5, ahora 4)',
      'Hogar: más alto (6, ahora 9)',
      'Propósito: más bajo por ahora (7, ahora 4)',
    ]);
  });

  it('no word in either language judges: no failure, no pass or fail, no worse', () => {
    const sample = { area: 'Health', from: 7, to: 2, value: 3, score: 1, title: 'T', date: 'd', name: 'n' };
    for (const catalogue of [selfChecksEn, selfChecksEs]) {
      const words = Object.values(catalogue).map((w) => (typeof w === 'function' ? w(sample as never) : w));
      for (const text of words) expect(text).not.toMatch(/fail|pass|worse|bad|fracas|falla|suspen|peor|mal\b/i);
    }
  });
});
