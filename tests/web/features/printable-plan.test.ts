import type { CheckIn } from '@alongside/shared';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { resolve } from '../../../web/src/app/router.js';
import '../../../web/src/features/record/al-printable-plan.js';
import { setLanguage } from '../../../web/src/i18n/i18n.js';
import '../../../web/src/pages/my-record/page-my-record.js';
import { mount } from '../dom.js';
import { choice, goal, id, me, option, plan, step, suggestion } from '../fixtures.js';

/** The printed plan says whose words each text is and who raised each option; "My record" links the downloads. */
const g = goal({ title: 'Sleep through the night' });
const offered = suggestion({ kind: 'option', choiceId: id(), label: 'SMART Recovery', pathway: 'mutual-help' });
const suggestedStep = suggestion({ kind: 'step', goalId: g.id, text: 'Write down worries' });

const walking = option('Tuesday walking group');
const decided = choice(
  'Which evening group?',
  [
    walking,
    option('SMART Recovery', { raisedBy: 'specialist', voice: 'specialist', fromSuggestionId: offered.id }),
    option('Sunday choir', { raisedBy: 'specialist', voice: 'participant', fromSuggestionId: offered.id }),
  ],
  { goalId: g.id, chosenOptionId: walking.id, reasons: 'Outside helps me think', decidedOn: '2026-12-01' },
);

function rating(confidence: number, when: string): CheckIn {
  const base = { id: id(), goalId: g.id, wellbeing: null, note: null, recordedTogether: false } as const;
  return { ...base, confidence, recordedBy: 'participant', at: when };
}

async function printed(): Promise<string> {
  const element = document.createElement('al-printable-plan');
  element.plan = plan({
    goals: [g],
    steps: [
      step(g.id, { text: 'No screens after ten', doneOn: '2026-12-02' }),
      step(g.id, { text: 'Write down worries', voice: 'specialist', fromSuggestionId: suggestedStep.id, position: 1 }),
    ],
    suggestions: [offered, suggestedStep],
    choices: [decided],
    // Out of order on purpose: the latest by time counts, not the last in the list.
    checkIns: [rating(8, '2026-12-03T09:00:00.000Z'), rating(3, '2026-11-20T09:00:00.000Z')],
  });
  await mount(element);
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
}

afterEach(() => document.body.replaceChildren());
afterAll(() => setLanguage('en'));

describe('the printable plan', () => {
  it('names who raised each option, whose words it is now, and what the person chose', async () => {
    const text = await printed();
    expect(text).toContain('Tuesday walking group (Peer community · raised by you)');
    expect(text).toContain('SMART Recovery (Peer community · raised by Sam Specialist)');
    expect(text).toContain('Sunday choir (Peer community · raised by Sam Specialist, in your words)');
    expect(text).toContain('What I chose: Tuesday walking group');
    expect(text).toContain('Outside helps me think');
  });

  it('marks steps done or not, a suggested step with its author, and the latest confidence by time', async () => {
    const text = await printed();
    expect(text).toMatch(/☑ No screens after ten — Done/);
    expect(text).toContain('☐ Write down worries — Not done yet (Suggested by Sam Specialist)');
    expect(text).toContain('Latest confidence: 8 out of 10');
    expect(text).toContain('No supports yet.');
  });

  it('reads in Spanish', async () => {
    await setLanguage('es');
    const text = await printed();
    expect(text).toContain('Mis metas');
    expect(text).toContain('propuesta por Sam Specialist, en tus palabras');
    expect(text).toContain('Lo que elegí: Tuesday walking group');
  });
});

describe('my record', () => {
  it('is the participant’s page only, with who has their information', () => {
    for (const path of ['/my-record', '/my-information']) {
      expect(resolve(path, '', me('participant')).kind).toBe('page');
      expect(resolve(path, '', me('specialist')).kind).toBe('not-allowed');
    }
  });

  it('links the two downloads of the person’s own record, to be saved as files', async () => {
    await setLanguage('en');
    const page = document.createElement('page-my-record');
    page.me = me('participant');
    await mount(page);
    const links = [...(page.shadowRoot?.querySelectorAll('a[download]') ?? [])] as HTMLAnchorElement[];
    const pid = me('participant').id;
    expect(links.map((a) => [a.textContent?.trim(), a.getAttribute('href')])).toEqual([
      ['Download everything (JSON)', `/api/participants/${pid}/record/export.json`],
      ['Download for another health system (FHIR)', `/api/participants/${pid}/record/export.fhir.json`],
    ]);
  });
});
