import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, type Person, screenshot, waitForHeading } from './harness/browser.js';
import { check, desktop, phone, specialistAndParticipant } from './harness/flows.js';
import { command, printed } from './harness/page-api.js';
import { story } from './harness/story.js';

/**
 * The wellness and crisis plan in Chromium. The person opens it from the main navigation: the
 * crisis lines (988 until their organisation sets its own) are at the top. On a 360 px phone they
 * write crisis-plan items with the keyboard alone, in English and in Spanish. Their specialist,
 * in another browser, suggests an item; it appears in place on the person's phone, the person
 * accepts it, and it appears on the specialist's open screen without a reload. The one-page
 * version and the wallet card are printed to PDF and read back: the card holds the crisis line
 * and the supporter's number, and nothing of the app around it.
 */
const app = story();
const { problems } = app;

/** The deepest focused element (through shadow roots): its text, or its `al-` element's. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const root = el?.getRootNode();
    // A control drawn inside an `al-` element (a button) is named by that element's text.
    const host = root instanceof ShadowRoot && root.host.localName.startsWith('al-') ? root.host : el;
    return (host?.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

/**
 * Writes an item with the keyboard alone: Tab from the page's heading to the section's "Add"
 * summary, Enter opens it, the words are typed, one support is picked with the arrow keys, and
 * Enter on the button adds it.
 */
async function writeByKeyboard(p: Page, summary: string, text: string): Promise<void> {
  await p.locator('h1').focus();
  let found = false;
  for (let i = 0; i < 80 && !found; i++) {
    await p.keyboard.press('Tab');
    found = (await focused(p)) === summary;
  }
  expect(found, `Tab reaches "${summary}"`).toBe(true);
  await p.keyboard.press('Enter');
  await p.keyboard.press('Tab');
  await p.keyboard.type(text);
  await p.keyboard.press('Tab');
  await p.keyboard.press('ArrowDown');
  await p.keyboard.press('Tab');
  await p.keyboard.press('Enter');
}

describe('the wellness and crisis plan', () => {
  let specialist: Person;
  let participant: Person;
  let pid = '';

  it('sets up a person with a support who can be reached by phone', async () => {
    ({ specialist, participant, participantId: pid } = await specialistAndParticipant(app));
    await command(participant.page, pid, {
      type: 'support.create',
      label: 'My sister Ana',
      kind: 'family',
      howToReach: '555-0142',
    });
  });

  it('opens the plan from the navigation, crisis lines first', async () => {
    const p = participant.page;
    await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Wellness plan' }).click();
    await waitForHeading(p, 'My wellness and crisis plan');
    const lines = p.getByRole('region', { name: 'If you are in crisis now' });
    await lines.getByText('988 Suicide & Crisis Lifeline').waitFor();
    expect(await lines.getByRole('link', { name: 'Call 988' }).getAttribute('href')).toBe('tel:988');
    expect(await lines.getByRole('link', { name: 'Text 988' }).getAttribute('href')).toBe('sms:988');
    expect(await lines.getByRole('link', { name: 'Chat online' }).getAttribute('href')).toBe(
      'https://988lifeline.org/chat',
    );
    await p.getByRole('heading', { name: 'Crisis plan', exact: true }).waitFor();
    await p.getByText('Not reviewed yet.').waitFor();
    await check(p, 'wellness plan (empty)', '80-wellness-empty');
  });

  it('writes a crisis-plan item with the keyboard alone on a phone, linked to a support', async () => {
    const p = participant.page;
    await p.setViewportSize(phone);
    await writeByKeyboard(p, 'Add to “Who I want involved”', 'Ana, she keeps me calm');
    const involve = p.getByRole('region', { name: 'Who I want involved' });
    const item = involve.getByRole('listitem', { name: 'Ana, she keeps me calm' });
    await item.waitFor();
    await item.getByText('In your words').waitFor();
    await item.getByText('Support: My sister Ana · How to reach: 555-0142').waitFor();
    await p.getByRole('status').filter({ hasText: 'Added to your wellness plan.' }).waitFor();
    await expectAccessible(p, 'wellness plan with a crisis item (phone)');
    await screenshot(p, '81-wellness-item-phone');
  });

  it('a suggestion from the specialist appears in place; accepted on the phone, it appears on their screen live', async () => {
    const s = specialist.page;
    await s.goto(new URL(`/people/${pid}`, s.url()).href);
    const section = s.getByRole('region', { name: 'Pat Participant’s wellness and crisis plan' });
    await section.waitFor();
    // Read-only: the person's item is there, with no control that changes it.
    await section.getByText('Ana, she keeps me calm').waitFor();
    expect(await section.getByRole('button', { name: /^Edit/ }).count()).toBe(0);
    await section.getByText('Suggest an item for “What helps”').click();
    const helps = section.getByRole('region', { name: 'What helps' });
    await helps.getByLabel('The item', { exact: true }).fill('Quiet music and a walk');
    await helps.getByRole('button', { name: 'Suggest' }).click();
    await s.getByText('Suggestion sent. Pat Participant decides.').first().waitFor();
    await expectAccessible(s, 'person page with the wellness plan');

    const p = participant.page;
    const pHelps = p.getByRole('region', { name: 'What helps' });
    const card = pHelps.getByRole('listitem', { name: 'Quiet music and a walk' });
    await card.getByText('From Sam Specialist').waitFor();
    await card.getByRole('button', { name: /^Accept/ }).click();
    await pHelps.getByText('Suggested by the specialist').waitFor();
    // The specialist's screen, open all along, shows the item (not a suggestion) without a reload.
    await helps
      .getByRole('listitem', { name: 'Quiet music and a walk' })
      .getByText('in the specialist’s words')
      .waitFor();
  });

  it('marks the plan reviewed today', async () => {
    const p = participant.page;
    await p.getByRole('button', { name: 'I reviewed my plan today' }).click();
    const day = new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date());
    await p.getByText(`Last reviewed on ${day}.`).waitFor();
    await p.setViewportSize(desktop);
  });

  it('prints the whole plan on one page, with the crisis lines', async () => {
    const p = participant.page;
    await p.getByRole('button', { name: 'Print one page' }).click();
    await waitForHeading(p, 'Pat Participant’s wellness and crisis plan');
    await expectAccessible(p, 'wellness plan, one page');
    await screenshot(p, '82-wellness-one-page');
    for (const format of ['A4', 'Letter'] as const) {
      const pages = await printed(p, format);
      expect(pages.length, format).toBe(1);
      const all = pages.join(' ');
      for (const text of [
        'Pat Participant’s wellness and crisis plan',
        '988 Suicide & Crisis Lifeline',
        'Call 988',
        'https://988lifeline.org/chat',
        "What I'm like when I'm well",
        'Crisis plan',
        'Ana, she keeps me calm',
        '555-0142',
        'Quiet music and a walk',
        'Last reviewed on',
      ]) {
        expect(all, format).toContain(text);
      }
      for (const chrome of ['Sign out', 'Skip to main content', 'Back to my plan', 'Print or save as PDF']) {
        expect(all, format).not.toContain(chrome);
      }
    }
    await p.getByRole('button', { name: 'Back to my plan' }).click();
    await waitForHeading(p, 'My wellness and crisis plan');
  });

  it('prints the crisis section as a wallet card: the line, who to call and how, what helps', async () => {
    const p = participant.page;
    await p.getByRole('button', { name: 'Print a wallet card' }).click();
    await waitForHeading(p, 'Pat Participant’s crisis card');
    await expectAccessible(p, 'wallet card');
    await p.emulateMedia({ media: 'print' });
    await screenshot(p, '83-wallet-card-as-printed');
    await p.emulateMedia({ media: null });
    const all = (await printed(p, 'Letter')).join(' ');
    for (const text of [
      'Pat Participant’s crisis card',
      'Who to call',
      'Ana, she keeps me calm',
      'Support: My sister Ana · How to reach: 555-0142',
      'What helps',
      'Quiet music and a walk',
      '988 Suicide & Crisis Lifeline',
      'Call 988',
      'Text 988',
    ]) {
      expect(all).toContain(text);
    }
    for (const chrome of [
      'Wellness plan',
      'My plan',
      'Sign out',
      'Skip to main content',
      'Back to my plan',
      'Español',
    ]) {
      expect(all).not.toContain(chrome);
    }
    await p.getByRole('button', { name: 'Back to my plan' }).click();
    await waitForHeading(p, 'My wellness and crisis plan');
  });

  it('in Spanish: writes an item by keyboard on a phone, and prints the wallet card', async () => {
    const p = participant.page;
    await p.getByRole('button', { name: 'Español' }).click();
    await waitForHeading(p, 'Mi plan de bienestar y de crisis');
    await p
      .getByRole('region', { name: 'Si estás en crisis ahora' })
      .getByRole('link', { name: 'Llama al 988' })
      .waitFor();
    await p.setViewportSize(phone);
    await writeByKeyboard(p, 'Añadir a «Lo que ayuda»', 'Hablar con Ana por la noche');
    await p
      .getByRole('region', { name: 'Lo que ayuda' })
      .getByRole('listitem', { name: 'Hablar con Ana por la noche' })
      .waitFor();
    await check(p, 'wellness plan (Spanish)', '84-wellness-es');
    await p.setViewportSize(desktop);
    await p.getByRole('button', { name: 'Imprimir una tarjeta de bolsillo' }).click();
    await waitForHeading(p, 'Tarjeta de crisis de Pat Participant');
    const all = (await printed(p, 'A4')).join(' ');
    for (const text of ['A quién llamar', 'Lo que ayuda', 'Hablar con Ana por la noche', '555-0142', 'Llama al 988']) {
      expect(all).toContain(text);
    }
    expect(all).not.toContain('Cerrar sesión');
    await expectAccessible(p, 'wallet card (Spanish)');
    expect(problems()).toEqual([]);
  });
});
