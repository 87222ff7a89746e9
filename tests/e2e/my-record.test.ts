import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, type Person, screenshot, waitForHeading } from './harness/browser.js';
import { check, specialistAndParticipant } from './harness/flows.js';
import { api, command, printed } from './harness/page-api.js';
import { story } from './harness/story.js';

/**
 * "My record" and the printable plan, in Chromium: the person finds their record from the main
 * navigation, reaches the two downloads by keyboard, and prints their plan. The PDF Chromium makes
 * (A4 and Letter) is read back as text: the person's words, their steps, a choice and who raised
 * each option are on paper, each section starts a new sheet, and nothing of the app around the
 * page (header, navigation, buttons) is. Then the same paper in Spanish.
 */
const app = story();
const { problems } = app;

/** The deepest focused element (through shadow roots): its text and, for a link, its address. */
function focused(page: Page) {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const a = el instanceof HTMLAnchorElement ? el : null;
    return {
      text: el?.textContent?.trim() ?? '',
      href: a?.getAttribute('href') ?? '',
      download: !!a?.hasAttribute('download'),
    };
  });
}

describe('my record and the printable plan', () => {
  let participant: Person;
  let pid = '';

  it('sets up a person whose plan has goals, steps, a choice, a support and a referral', async () => {
    const cast = await specialistAndParticipant(app);
    participant = cast.participant;
    pid = cast.participantId;
    const p = participant.page;
    const s = cast.specialist.page;
    const sleep = await command(p, pid, {
      type: 'goal.create',
      title: 'Sleep through the night',
      why: 'I feel steadier when I am rested',
      lifeArea: 'health',
    });
    await command(p, pid, { type: 'goal.create', title: 'Call my brother on Sundays', lifeArea: 'community' });
    const screens = await command(p, pid, { type: 'step.create', goalId: sleep, text: 'No screens after ten' });
    await command(p, pid, { type: 'step.set-done', stepId: screens, done: true });
    await command(p, pid, { type: 'step.create', goalId: sleep, text: 'Herbal tea at nine' });
    await command(p, pid, { type: 'check-in.record', goalId: sleep, confidence: 7 });
    const choiceId = await command(p, pid, {
      type: 'choice.create',
      question: 'Which evening group suits me?',
      options: [{ label: 'Tuesday walking group', pathway: 'peer-community' }],
    });
    // The specialist raises an option and a step; the person takes both as they are.
    const option = await command(s, pid, {
      type: 'suggestion.create',
      proposal: { kind: 'option', choiceId, label: 'SMART Recovery meeting', pathway: 'mutual-help' },
    });
    await command(p, pid, { type: 'suggestion.accept', suggestionId: option });
    const step = await command(s, pid, {
      type: 'suggestion.create',
      proposal: { kind: 'step', goalId: sleep, text: 'Write down worries before bed' },
    });
    await command(p, pid, { type: 'suggestion.accept', suggestionId: step });
    const plan = await api(p, 'GET', `/api/participants/${pid}/plan`);
    const walking = plan.choices[0]?.options.find((o) => o.label === 'Tuesday walking group');
    await command(p, pid, {
      type: 'choice.decide',
      choiceId,
      optionId: walking?.id,
      reasons: 'Being outside helps me think',
    });
    await command(p, pid, {
      type: 'support.create',
      label: 'My sister Ana',
      kind: 'family',
      howToReach: 'Text after work',
    });
    const resource = await api(s, 'POST', '/api/resources', {
      name: 'Harbor food pantry',
      category: 'food',
      cost: 'free',
    });
    await command(p, pid, { type: 'referral.create', resourceId: resource.id, goalId: sleep });
    await command(p, pid, {
      type: 'wellness.create',
      section: 'triggers',
      text: 'Payday weekends',
      response: 'Plan Saturday with Ana',
    });
  });

  it('finds "My record" in the navigation, with downloads reachable by keyboard', async () => {
    const p = participant.page;
    await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My record' }).click();
    await waitForHeading(p, 'My record');
    const json = `/api/participants/${pid}/record/export.json`;
    const fhir = `/api/participants/${pid}/record/export.fhir.json`;
    const seen: Awaited<ReturnType<typeof focused>>[] = [];
    for (let i = 0; i < 30 && !seen.some((f) => f.href === fhir); i++) {
      await p.keyboard.press('Tab');
      seen.push(await focused(p));
    }
    expect(seen).toContainEqual({ text: 'Download everything (JSON)', href: json, download: true });
    expect(seen).toContainEqual({ text: 'Download for another health system (FHIR)', href: fhir, download: true });
    await p.getByRole('link', { name: 'Who has looked at my record' }).waitFor();
    await check(p, 'my record', '70-my-record');
  });

  it('prints the plan on A4 and Letter without the app around it, a sheet per section', async () => {
    const p = participant.page;
    await p.getByRole('button', { name: 'Print my plan' }).click();
    await waitForHeading(p, 'Pat Participant’s plan');
    await p.getByRole('button', { name: 'Print', exact: true }).waitFor();
    await expectAccessible(p, 'printable plan');
    await screenshot(p, '71-printable-plan');
    await p.emulateMedia({ media: 'print' });
    await screenshot(p, '72-printable-plan-as-printed');
    await p.emulateMedia({ media: null });
    for (const format of ['A4', 'Letter'] as const) {
      const pages = await printed(p, format);
      const all = pages.join(' ');
      // The name and the day, then the person's goals in their own words, with their steps.
      expect(all).toContain('Pat Participant’s plan');
      expect(all).toContain(`Printed on ${new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date())}`);
      for (const text of [
        'Sleep through the night',
        'In your words',
        'I feel steadier when I am rested',
        'Call my brother on Sundays',
        'No screens after ten — Done',
        'Herbal tea at nine — Not done yet',
        'Write down worries before bed — Not done yet (Suggested by Sam Specialist)',
        'Latest confidence: 7 out of 10',
        'Status: Active',
      ]) {
        expect(all, format).toContain(text);
      }
      // The choice: every option with who raised it, what the person chose and why.
      expect(all).toContain('Which evening group suits me?');
      expect(all).toContain('Tuesday walking group (Peer community · raised by you)');
      expect(all).toContain('SMART Recovery meeting (Mutual help · raised by Sam Specialist)');
      expect(all).toContain('What I chose: Tuesday walking group');
      expect(all).toContain('Being outside helps me think');
      expect(all).toContain('My sister Ana');
      expect(all).toContain('Harbor food pantry');
      // The wellness plan, on its own sheet, with the person's response.
      expect(all).toContain('Payday weekends');
      expect(all).toContain('Plan Saturday with Ana');
      // Each section starts its own sheet; goals follow the name on the first.
      expect(pages.length, format).toBeGreaterThanOrEqual(4);
      expect(pages[0]).toContain('My goals');
      for (const heading of ['My choices', 'My supports', 'My referrals', 'My wellness and crisis plan']) {
        expect(
          pages.some((text) => text.startsWith(heading)),
          `${heading} starts a sheet (${format})`,
        ).toBe(true);
      }
      // Nothing of the app around the page, nor the page's own buttons and links.
      for (const chrome of [
        'Sign out',
        'Skip to main content',
        'Notes about me',
        'Español',
        'Back to my record',
        'Save as PDF',
      ]) {
        expect(all, format).not.toContain(chrome);
      }
    }
  });

  it('prints the same plan with Spanish headings', async () => {
    const p = participant.page;
    await p.getByRole('button', { name: 'Español' }).click();
    await waitForHeading(p, 'Plan de Pat Participant');
    const pages = await printed(p, 'A4');
    const all = pages.join(' ');
    for (const heading of ['Mis metas', 'Mis decisiones', 'Mis apoyos', 'Mis derivaciones', 'Mi plan de bienestar']) {
      expect(all).toContain(heading);
    }
    expect(all).toContain('Impreso el');
    expect(all).toContain('SMART Recovery meeting (Ayuda mutua · propuesta por Sam Specialist)');
    expect(all).toContain('Lo que elegí: Tuesday walking group');
    expect(all).not.toContain('Cerrar sesión');
    await expectAccessible(p, 'printable plan (Spanish)');
    expect(problems()).toEqual([]);
  });
});
