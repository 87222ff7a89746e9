import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Person, waitForHeading } from './harness/browser.js';
import { check, desktop, password, phone, specialistAndParticipant } from './harness/flows.js';
import { story } from './harness/story.js';

/**
 * Respectful-language help on staff text (PRODUCT.md rule 7), in Chromium. Sam, a specialist,
 * suggests a goal to Pat: "Stay clean", because "she needs to stay clean". The words are listed
 * under the fields as Sam types; one tap replaces "clean" with "in recovery"; "keep my words"
 * keeps the rest, and the suggestion is sent as written. Pat's own goal with the same words gets
 * no nudge — the person is never corrected — and none of Pat's screens mounts one. The same in
 * Spanish, and at 360 px.
 */
const app = story();
const { problems } = app;

/** How many nudge elements the page holds, through every shadow root. */
function nudgeCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.localName === 'al-language-nudge') n++;
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return n;
  });
}

/** What the polite regions of the nudges say now. */
function liveNews(page: Page): Promise<string> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.localName === 'al-language-nudge')
          out.push(el.shadowRoot?.querySelector('[aria-live="polite"]')?.textContent?.trim() ?? '');
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return out.filter(Boolean).join(' | ');
  });
}

describe('respectful-language nudges', () => {
  let specialist: Person;
  let participant: Person;

  it('sets up a specialist and the person they partner with', async () => {
    ({ specialist, participant } = await specialistAndParticipant(app));
    const s = specialist.page;
    await s.reload();
    await waitForHeading(s, 'Welcome, Sam Specialist');
    await s.getByRole('link', { name: 'Open plan and sessions of Pat Participant' }).click();
    await waitForHeading(s, 'Pat Participant’s plan');
  });

  it("nudges the specialist's suggestion as they type; one tap replaces “clean”; kept words are sent", async () => {
    const s = specialist.page;
    const suggest = s.getByRole('region', { name: 'Suggest a goal' });
    const title = suggest.getByLabel('Goal', { exact: true });
    await title.pressSequentially('Stay clean');
    const why = suggest.getByLabel('Why it matters (optional)', { exact: true });
    await why.pressSequentially('she needs to stay clean');
    const hints = suggest.getByRole('list', { name: 'Language suggestions' });
    await hints.first().waitFor();
    await expect.poll(() => hints.count()).toBe(2);
    // Announced politely, once for the new words, not at every key.
    expect(await liveNews(s)).toContain('language suggestion');
    await check(s, 'suggest a goal, with language suggestions', 'language-01-nudge');

    // The goal's title: one tap on the alternative replaces just "clean".
    const titleHints = hints.nth(0);
    await titleHints.getByRole('button', { name: 'Replace “clean” with in recovery' }).click();
    expect(await title.inputValue()).toBe('Stay in recovery');
    await expect.poll(() => liveNews(s)).toContain('Replaced with “in recovery”.');
    await expect.poll(() => hints.count()).toBe(1);
    // The reason: keep my words, for both nudges; nothing is changed.
    const whyHints = hints.nth(0);
    await whyHints.getByRole('button', { name: 'Keep my words (“needs to”)' }).click();
    await whyHints.getByRole('button', { name: 'Keep my words (“clean”)' }).click();
    await expect.poll(() => hints.count()).toBe(0);
    expect(await why.inputValue()).toBe('she needs to stay clean');

    await suggest.getByRole('button', { name: 'Suggest this goal' }).click();
    const mine = s
      .getByRole('region', { name: 'My suggestions' })
      .getByRole('listitem')
      .filter({ hasText: 'Stay in recovery' });
    await mine.getByText('Waiting for Pat Participant').waitFor();
  });

  it('never blocks sending: a suggestion goes with the nudge still showing', async () => {
    const s = specialist.page;
    const suggest = s.getByRole('region', { name: 'Suggest a goal' });
    await suggest.getByLabel('Goal', { exact: true }).pressSequentially('Must call her sponsor');
    await suggest.getByRole('list', { name: 'Language suggestions' }).first().waitFor();
    await suggest.getByRole('button', { name: 'Suggest this goal' }).click();
    const mine = s
      .getByRole('region', { name: 'My suggestions' })
      .getByRole('listitem')
      .filter({ hasText: 'Must call her sponsor' });
    await mine.getByText('Waiting for Pat Participant').waitFor();
    // The form is empty again, and so is the list under it.
    await expect.poll(() => suggest.getByRole('list', { name: 'Language suggestions' }).count()).toBe(0);
  });

  it("leaves the person's own words alone: no nudge on their goal, nor anywhere on their screens", async () => {
    const p = participant.page;
    await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My plan' }).click();
    await waitForHeading(p, 'My plan');
    const add = p.getByRole('region', { name: 'Add a goal' });
    await add.getByLabel('Goal', { exact: true }).pressSequentially('she needs to stay clean');
    await add
      .getByLabel('Why it matters to me (optional)', { exact: true })
      .pressSequentially('I must, I am an addict');
    await p.waitForTimeout(1_000);
    expect(await nudgeCount(p)).toBe(0);
    expect(await p.getByRole('list', { name: 'Language suggestions' }).count()).toBe(0);
    // The suggestion waiting for her, in the specialist's kept words: shown as written.
    const waiting = p.getByRole('region', { name: 'Suggestions waiting for you' });
    await waiting.getByText('she needs to stay clean').first().waitFor();
    await add.getByRole('button', { name: 'Add goal' }).click();
    await p.getByRole('heading', { name: 'she needs to stay clean' }).waitFor();
    for (const link of ['Wellness plan', 'Notes']) {
      const nav = p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link });
      if ((await nav.count()) === 0) continue;
      await nav.click();
      await p.waitForTimeout(500);
      expect(await nudgeCount(p), link).toBe(0);
    }
  });

  it('nudges in Spanish, accents and gender handled, at 360 px', async () => {
    const s = specialist.page;
    await s.setViewportSize(phone);
    await s.getByRole('button', { name: 'Español' }).click();
    const suggest = s.getByRole('region', { name: 'Sugerir una meta' });
    const title = suggest.getByLabel('Meta', { exact: true });
    await title.pressSequentially('Tiene que seguir limpia');
    const hints = suggest.getByRole('list', { name: 'Sugerencias de lenguaje' });
    await hints.waitFor();
    await hints.getByRole('button', { name: 'Cambiar «limpia» por en recuperación' }).click();
    expect(await title.inputValue()).toBe('Tiene que seguir en recuperación');
    await hints.getByRole('button', { name: 'Mantener mis palabras («Tiene que»)' }).waitFor();
    const overflow = await s.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await check(s, 'sugerir una meta, sugerencias de lenguaje', 'language-02-nudge-es');
  });

  it("lets the admin add the community's own word and switch a built-in one off; specialists see the change", async () => {
    const admin = await app.person('admin again');
    const a = admin.page;
    await a.goto(`${app.server.url}/sign-in`);
    await waitForHeading(a, 'Sign in');
    await a.getByLabel('Email', { exact: true }).fill('ada@riverside.example');
    await a.getByLabel('Password', { exact: true }).fill(password);
    await a.getByRole('button', { name: 'Sign in' }).click();
    await waitForHeading(a, 'Welcome, Ada Admin');
    await a.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Organisation' }).click();
    await waitForHeading(a, 'Organisation settings');
    const section = a.getByRole('region', { name: 'Respectful language' });
    await section.getByText('Add a word').click();
    await section.getByLabel('Word or phrase', { exact: true }).fill('tweaker');
    await section.getByLabel('Other forms (one per line)', { exact: false }).fill('tweakers');
    await section.getByLabel('Alternative (optional)', { exact: true }).fill('person who uses methamphetamine');
    await section.getByLabel('Why (one line)', { exact: true }).fill('A slur in our community.');
    await section.getByRole('button', { name: 'Add the word' }).click();
    await section.getByText('“tweaker” added.').waitFor();
    // A word can be changed in place: here its alternative.
    await section.getByRole('button', { name: 'Change “tweaker”' }).click();
    const editing = section.getByRole('form', { name: 'Change “tweaker”' });
    const alternative = editing.getByLabel('Alternative (optional)', { exact: true });
    await expect(alternative.inputValue()).resolves.toBe('person who uses methamphetamine');
    await alternative.fill('person who uses meth');
    await editing.getByRole('button', { name: 'Save the change' }).click();
    await section.getByText('“tweaker” changed.').waitFor();
    await section.getByText('tweaker → person who uses meth').waitFor();
    await section.getByRole('checkbox', { name: 'clean (person) (English)' }).uncheck();
    await section.getByText('“clean (person)” switched off.').waitFor();
    await check(a, 'organisation settings, respectful language', 'language-03-admin');

    const s = specialist.page;
    await s.setViewportSize(desktop);
    await s.reload();
    await waitForHeading(s, 'Plan de Pat Participant');
    await s.getByRole('button', { name: 'English' }).click();
    const suggest = s.getByRole('region', { name: 'Suggest a goal' });
    await suggest.getByLabel('Goal', { exact: true }).pressSequentially('Stay clean, away from tweakers');
    const hints = suggest.getByRole('list', { name: 'Language suggestions' });
    await hints.waitFor();
    expect((await hints.locator('mark').allTextContents()).join(',')).toBe('tweakers');
    await hints.getByRole('button', { name: 'Replace “tweakers” with person who uses meth' }).waitFor();
  });

  it('met no page errors on the way', () => {
    expect(problems()).toEqual([]);
  });
});
