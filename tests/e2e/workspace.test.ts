import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, type Person, screenshot, waitForHeading } from './harness/browser.js';
import { check, desktop, phone, specialistAndParticipant } from './harness/flows.js';
import { story } from './harness/story.js';

/**
 * The specialist's workspace during a session, in Chromium: the person's plan in the centre with
 * the session and "my suggestions" beside it; every kind of suggestion offered where it applies;
 * the person's words kept field by field; the person deleting a goal only after saying yes; a
 * note that starts from the session and is never saved empty; and one screen shared by both,
 * where the person confirms they are there with the code from their own phone and then decides
 * for themselves. English, then Spanish; axe on every new screen.
 */
const app = story();
const { problems } = app;

const goalTitle = 'Sleep well';
const stepText = 'No screens after ten';
const question = 'Which evening group?';

/** Runs a plan command as the signed-in person (setting the scene faster than by clicking). */
async function command(page: Page, pid: string, body: Record<string, unknown>): Promise<void> {
  const status = await page.evaluate(
    async ([id, cmd]) =>
      (
        await fetch(`/api/participants/${id}/plan/commands`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ command: cmd }),
        })
      ).status,
    [pid, body] as const,
  );
  expect(status).toBe(200);
}

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not visible');
  return b;
}

describe('the specialist’s workspace', () => {
  let specialist: Person;
  let participant: Person;
  let pid = '';

  it('sets up a specialist and a person with a goal, a step and a choice', async () => {
    ({ specialist, participant, participantId: pid } = await specialistAndParticipant(app));
    const p = participant.page;
    await command(p, pid, { type: 'goal.create', title: goalTitle, lifeArea: 'health' });
    await command(p, pid, { type: 'goal.create', title: 'Call my brother', lifeArea: 'community' });
    const plan = await p.evaluate(async (id) => (await fetch(`/api/participants/${id}/plan`)).json(), pid);
    const goalId = plan.goals.find((g: { title: string }) => g.title === goalTitle).id;
    await command(p, pid, { type: 'step.create', goalId, text: stepText });
    await command(p, pid, {
      type: 'choice.create',
      question,
      options: [{ label: 'Tuesday walking group', pathway: 'peer-community' }],
    });
  });

  it('puts the plan first and in the centre, with the session and my suggestions beside it', async () => {
    const s = specialist.page;
    await s.goto(new URL(`/people/${pid}`, s.url()).href);
    await waitForHeading(s, 'Pat Participant’s plan');
    const goals = s.getByRole('heading', { level: 2, name: 'Goals', exact: true });
    const mine = s.getByRole('heading', { level: 2, name: 'My suggestions' });
    const session = s.getByRole('heading', { level: 2, name: 'Sessions', exact: true });
    await goals.waitFor();
    // Reading order: the plan before the side column.
    const order = await s.evaluate(() => {
      const page = document.querySelector('alongside-app')?.shadowRoot?.querySelector('page-person')?.shadowRoot;
      const headings = [...(page?.querySelectorAll('h2') ?? [])].map((h) => h.textContent?.trim() ?? '');
      return headings;
    });
    expect(order.indexOf('Goals')).toBeLessThan(order.indexOf('Sessions'));
    expect(order.indexOf('Choices')).toBeLessThan(order.indexOf('My suggestions'));
    // At 1280 px the side column sits beside the plan, to its right, starting level with it.
    const [g, m, se] = await Promise.all([box(goals), box(mine), box(session)]);
    expect(se.x).toBeGreaterThan(g.x + g.width);
    expect(m.x).toBeGreaterThan(g.x + g.width);
    expect(Math.abs(se.y - g.y)).toBeLessThan(120);
    await check(s, 'workspace', '60-workspace');
    // On a phone the side column comes after the plan, and nothing scrolls sideways (check()).
    await s.setViewportSize(phone);
    const [gp, sp] = await Promise.all([box(goals), box(session)]);
    expect(sp.y).toBeGreaterThan(gp.y);
    await s.setViewportSize(desktop);
  });

  it('offers every kind of suggestion where it applies: an option, a support, new words for a step', async () => {
    const s = specialist.page;
    const suggestGoal = s.getByRole('region', { name: 'Suggest a goal' });
    await suggestGoal.getByLabel('Goal', { exact: true }).fill('Walk with the Sunday group');
    await suggestGoal.getByLabel('Why it matters (optional)', { exact: true }).fill('Company helps on weekends');
    await suggestGoal.getByLabel('Life area', { exact: true }).selectOption('community');
    await suggestGoal.getByRole('button', { name: 'Suggest this goal' }).click();

    const card = s.getByRole('article', { name: goalTitle });
    await card.getByRole('button', { name: `Suggest new words — step “${stepText}”` }).click();
    await card.getByLabel(`New words for “${stepText}”`, { exact: true }).fill('No phone in the bedroom');
    await expectAccessible(s, 'suggesting new words for a step');
    await card.getByRole('button', { name: `Suggest new words — step “${stepText}”` }).click();

    const choices = s.getByRole('region', { name: 'Choices' });
    await choices.getByText('Suggest an option').click();
    await choices.getByLabel('Option', { exact: true }).fill('SMART Recovery meeting');
    await choices.getByLabel('Pathway', { exact: true }).selectOption('mutual-help');
    await choices.getByRole('button', { name: 'Suggest this option' }).click();

    const supports = s.getByRole('region', { name: 'Supports' });
    await supports.getByText('Suggest a support').click();
    await supports.getByLabel('Who or what helps', { exact: true }).fill('Sunday walkers');
    await supports.getByLabel('How to reach them (optional)', { exact: true }).fill('The park gate at 10');
    await supports.getByRole('button', { name: 'Suggest this support' }).click();

    const mine = s.getByRole('region', { name: 'My suggestions' });
    for (const text of [
      'Walk with the Sunday group',
      'No phone in the bedroom',
      'SMART Recovery meeting',
      'Sunday walkers',
    ]) {
      await mine.getByRole('listitem').filter({ hasText: text }).getByText('Waiting for Pat Participant').waitFor();
    }
    // The person sees each, waiting for them.
    const p = participant.page;
    await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My plan' }).click();
    const waiting = p.getByRole('region', { name: 'Suggestions waiting for you' });
    await waiting.getByText('A new option for a choice').waitFor();
    await waiting.getByText('A new support').waitFor();
    await waiting.getByText(`New words for the step “${stepText}”`).waitFor();
  });

  it('at one screen: the person confirms with the code from their phone, then decides there, in their words', async () => {
    const s = specialist.page;
    await s.getByLabel('How are you meeting?', { exact: true }).selectOption('in-person');
    await s.getByRole('button', { name: 'Start the session' }).click();
    await s.getByRole('button', { name: 'We’re at one screen' }).click();
    await s.getByLabel('The 6-digit code on Pat Participant’s phone', { exact: true }).waitFor();
    await expectAccessible(s, 'one screen, entering the code');

    const p = participant.page;
    await p.getByRole('button', { name: 'Show a code for this screen' }).click();
    const code = (await p.locator('page-plan').locator('.presence-code [aria-hidden="true"]').textContent()) ?? '';
    expect(code).toMatch(/^\d{6}$/);
    await expectAccessible(p, 'my plan, showing a code');
    await s.getByLabel('The 6-digit code on Pat Participant’s phone', { exact: true }).fill(code);
    await s.getByRole('button', { name: 'Confirm' }).click();
    await s.getByText('Pat Participant is here, at this screen.').waitFor();
    await p.getByText('You are at Sam Specialist’s screen. What you decide there is yours.').waitFor();

    const here = s.getByRole('region', { name: 'For Pat Participant to decide, here' });
    await here.waitFor();
    await expectAccessible(s, 'one screen, the person deciding');
    await screenshot(s, '61-one-screen-desktop');
    // Pat rewords only the title: "why it matters" stays in Sam's words.
    const goalCard = here.getByRole('listitem').filter({ hasText: 'Walk with the Sunday group' });
    await goalCard.getByRole('button', { name: /^Change the words, then accept/ }).click();
    await goalCard.getByLabel('In your own words', { exact: true }).fill('Walk with friends on Sundays');
    await goalCard.getByLabel('Why it matters, in your own words (optional)', { exact: true }).waitFor();
    await goalCard.getByRole('button', { name: 'Accept my version' }).click();
    const walked = s.getByRole('article', { name: 'Walk with friends on Sundays' });
    await walked.getByText('In Pat Participant’s words').waitFor();
    await walked.getByText('“Why it matters”: Suggested by Sam Specialist').waitFor();
    await here
      .getByRole('listitem')
      .filter({ hasText: 'Sunday walkers' })
      .getByRole('button', { name: /^Decline/ })
      .click();
    await here
      .getByRole('listitem')
      .filter({ hasText: 'SMART Recovery meeting' })
      .getByRole('button', { name: /^Accept/ })
      .click();
    await here
      .getByRole('listitem')
      .filter({ hasText: 'No phone in the bedroom' })
      .getByRole('button', { name: /^Accept/ })
      .click();
    await here.getByText('Nothing is waiting for Pat Participant.').waitFor();
    await s.getByRole('article', { name: goalTitle }).getByText('No phone in the bedroom', { exact: true }).waitFor();
    // The history says whose words and that it was decided together, at one screen.
    const history = s.getByRole('region', { name: 'History of the plan' });
    await history.getByRole('button', { name: 'Show the history' }).click();
    await history.getByText('Pat Participant decided this at Sam Specialist’s screen, together.').first().waitFor();
    await history.getByText('“Company helps on weekends” in Sam Specialist’s words').waitFor();
    await history.getByText('“Walk with friends on Sundays” in Pat Participant’s words').waitFor();
  });

  it('starts the note from the session, and refuses to save it empty', async () => {
    const s = specialist.page;
    await s.getByRole('button', { name: 'End the session' }).click();
    const panel = s.getByRole('region', { name: 'Sessions', exact: true });
    await panel.getByText('It starts with what happened in the session. Rewrite it together.').waitFor();
    const chosen = panel.getByLabel('What Pat Participant chose', { exact: true });
    await expect.poll(() => chosen.inputValue()).toContain('Pat Participant declined “Sunday walkers”.');
    expect(await panel.getByLabel('What we worked on', { exact: true }).inputValue()).toContain('Goals:');
    for (const label of ['What we worked on', 'What Pat Participant chose', 'Next steps']) {
      await panel.getByLabel(label, { exact: true }).fill('');
    }
    await panel.getByRole('button', { name: 'Save the draft note' }).click();
    await panel
      .getByText('Write at least one part of the note: what you worked on, what was chosen, or the next steps.')
      .waitFor();
    await expectAccessible(s, 'empty note refused');
    await panel.getByLabel('Next steps', { exact: true }).fill('Pat tries the Sunday walk.');
    await panel.getByRole('button', { name: 'Save the draft note' }).click();
    await s.getByText('Draft saved. Pat Participant can now read it and add their view.').first().waitFor();
  });

  it('lets the person add an option, and delete a goal only after saying yes in a dialog', async () => {
    const p = participant.page;
    const choices = p.getByRole('region', { name: 'My choices' });
    await choices.getByText('Add an option').click();
    await choices.getByLabel('Option', { exact: true }).fill('Evening yoga');
    await choices.getByRole('button', { name: 'Add option' }).click();
    await choices.getByText('Evening yoga (Other)').waitFor();

    const card = p.getByRole('article', { name: 'Call my brother' });
    await card.getByRole('button', { name: 'Delete — goal “Call my brother”' }).click();
    const dialog = p.getByRole('dialog', { name: 'Delete “Call my brother”?' });
    await dialog.waitFor();
    await expectAccessible(p, 'deleting a goal, the dialog');
    await screenshot(p, '62-delete-goal-dialog-desktop');
    // "Keep it" changes nothing.
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    await p.getByRole('article', { name: 'Call my brother' }).waitFor();
    await card.getByRole('button', { name: 'Delete — goal “Call my brother”' }).click();
    await dialog.getByRole('button', { name: 'Delete the goal' }).click();
    await p.getByRole('article', { name: 'Call my brother' }).waitFor({ state: 'detached' });
  });

  it('says all of it in Spanish too', async () => {
    const s = specialist.page;
    await s.getByRole('button', { name: 'Español' }).click();
    await s.getByText('Sugerir una opción').first().waitFor();
    await s.getByText('Sugerir un apoyo').waitFor();
    await s
      .getByRole('button', { name: /^Sugerir otras palabras/ })
      .first()
      .waitFor();
    // A second session, ended: its note cannot be saved empty, said in Spanish.
    await s.getByRole('button', { name: 'Iniciar la sesión' }).click();
    await s.getByRole('button', { name: 'Estamos en una misma pantalla' }).waitFor();
    await s.getByRole('button', { name: 'Terminar la sesión' }).click();
    const panel = s.getByRole('region', { name: 'Sesiones' });
    for (const box of await panel.locator('al-textarea').all()) await box.locator('textarea').fill('');
    await panel.getByRole('button', { name: 'Guardar el borrador de la nota' }).click();
    await panel.getByText('Escribe al menos una parte de la nota', { exact: false }).waitFor();
    await check(s, 'workspace (es)', '63-workspace-es');

    const p = participant.page;
    await p.getByRole('button', { name: 'Español' }).click();
    const card = p.getByRole('article', { name: goalTitle });
    await card.getByRole('button', { name: `Borrar — meta «${goalTitle}»` }).click();
    const dialog = p.getByRole('dialog', { name: `¿Borrar «${goalTitle}»?` });
    await dialog.getByRole('button', { name: 'Conservarla' }).waitFor();
    await expectAccessible(p, 'deleting a goal, the dialog (es)');
    await dialog.getByRole('button', { name: 'Conservarla' }).click();
    await p.getByText('Añadir una opción').first().waitFor();
  });

  it('met no errors on the way', () => {
    expect(problems()).toEqual([]);
  });
});
