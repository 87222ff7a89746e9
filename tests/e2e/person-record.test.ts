import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, type Person, waitForHeading } from './harness/browser.js';
import { accept, check, invite, ownId, phone, setUpOrganisation } from './harness/flows.js';
import { story } from './harness/story.js';

/**
 * The person's home and record: the home says what is waiting (a suggestion, a note waiting for
 * their view, a follow-up due, next steps); a referral shows how to reach the resource; a text
 * field counts its characters and says when it is too long; "0 of 1 step done"; and "who looked
 * at my record" reads as sittings, with a specialist's refused attempt standing out and an
 * others-only filter — in English and Spanish, axe-clean, at 360 px without sideways scrolling.
 */

const app = story();
const { person, problems } = app;

/** The fields of the answers this file reads (a resource, a session, a note, a command result). */
interface Answer {
  status: number;
  json: { id: string; version: number; website: string | null; ids: string[] };
}

/** A request from the page, as the app itself would send it (same origin, the person's cookie). */
async function api(page: Page, method: string, url: string, body?: unknown): Promise<Answer> {
  return page.evaluate(
    async ([m, u, b]) => {
      const res = await fetch(u as string, {
        method: m as string,
        headers: b === undefined ? {} : { 'content-type': 'application/json' },
        body: b === undefined ? undefined : JSON.stringify(b),
      });
      return { status: res.status, json: await res.json().catch(() => null) } as Answer;
    },
    [method, url, body] as const,
  );
}

async function command(page: Page, pid: string, cmd: Record<string, unknown>): Promise<string> {
  const res = await api(page, 'POST', `/api/participants/${pid}/plan/commands`, { command: cmd });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return res.json.ids[0] as string;
}

describe('the person’s home and record', () => {
  let specialist: Person;
  let participant: Person;
  let pid = '';

  it('sets up a specialist and a participant with things waiting for the participant', async () => {
    const admin = await person('admin');
    await setUpOrganisation(admin, app.server.setupLink, 'Harbor Peer Support', 'harbor.example');
    await admin.page.getByLabel('Role', { exact: true }).selectOption('specialist');
    const specialistLink = await invite(admin.page, 'sam@harbor.example');
    await admin.context.close();
    specialist = await person('specialist');
    await accept(specialistLink, specialist, 'Sam Rivera');
    const participantLink = await invite(specialist.page, 'pat@harbor.example');
    participant = await person('participant');
    await accept(participantLink, participant, 'Pat Participant');
    pid = await ownId(participant);

    const s = specialist.page;
    // A website typed as on a flyer, without https://.
    const resource = await api(s, 'POST', '/api/resources', {
      name: 'Harbor food pantry',
      category: 'food',
      cost: 'free',
      phone: '+1 503 555 0100',
      email: 'hello@harbor.example',
      website: 'harbor.example/pantry',
      addressLine: '12 Quay Street',
      city: 'Portland',
      hours: 'Mon–Fri 9–5',
    });
    expect(resource.status).toBe(201);
    expect(resource.json.website).toBe('https://harbor.example/pantry');
    await command(s, pid, {
      type: 'suggestion.create',
      proposal: { kind: 'goal', title: 'Walk every morning', lifeArea: 'community' },
    });
    const session = await api(s, 'POST', '/api/live-sessions', { participantId: pid, mode: 'phone' });
    await api(s, 'POST', `/api/live-sessions/${session.json.id}/end`);
    const note = await api(s, 'POST', `/api/live-sessions/${session.json.id}/note`, {
      workedOn: 'Sleep',
      chosen: 'Lights out at eleven',
      nextSteps: 'A sleep diary',
    });
    expect(note.status).toBe(201);
    // Co-signing is the person's alone: refused, and the log must say so.
    const refused = await api(s, 'POST', `/api/notes/${note.json.id}/respond`, {
      version: note.json.version,
      response: 'co-signed',
    });
    expect(refused.status).toBe(403);
    for (let i = 0; i < 3; i++) expect((await api(s, 'GET', `/api/participants/${pid}/plan`)).status).toBe(200);

    const p = participant.page;
    const goalId = await command(p, pid, { type: 'goal.create', title: 'Sleep better', lifeArea: 'health' });
    await command(p, pid, { type: 'step.create', goalId, text: 'Lights out by eleven' });
    await command(p, pid, { type: 'check-in.record', goalId, confidence: 6 });
    const referralId = await command(p, pid, { type: 'referral.create', resourceId: resource.json.id });
    const today = new Date().toISOString().slice(0, 10);
    await command(p, pid, { type: 'referral.update', referralId, followUpOn: today });
  });

  it('says on the home page what is waiting for the person', async () => {
    const p = participant.page;
    await p.goto(new URL('/', p.url()).href);
    const waiting = p.getByRole('region', { name: 'Waiting for you' });
    await waiting.getByRole('link', { name: '1 suggestion to decide on' }).waitFor();
    await waiting.getByRole('link', { name: '1 session note waiting for your view' }).waitFor();
    await waiting.getByRole('link', { name: /^Follow up with Harbor food pantry/ }).waitFor();
    await waiting.getByText('Your next steps').waitFor();
    await waiting.getByText('Lights out by eleven').waitFor();
    await check(p, 'participant home with things waiting', '60-participant-home-waiting');
  });

  it('shows a referral’s contact details as links, counts a step’s characters, and says "0 of 1 step done"', async () => {
    const p = participant.page;
    await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My plan' }).click();
    await waitForHeading(p, 'My plan');
    await p.getByText('0 of 1 step done').waitFor();

    const referral = p.getByRole('region', { name: 'My referrals' }).getByRole('listitem').first();
    const call = referral.getByRole('link', { name: 'Call +1 503 555 0100' });
    expect(await call.getAttribute('href')).toBe('tel:+15035550100');
    expect(await referral.getByRole('link', { name: 'Email hello@harbor.example' }).getAttribute('href')).toBe(
      'mailto:hello@harbor.example',
    );
    expect(await referral.getByRole('link', { name: 'harbor.example/pantry' }).getAttribute('href')).toBe(
      'https://harbor.example/pantry',
    );
    await referral.getByText('12 Quay Street, Portland').waitFor();
    await referral.getByText('Mon–Fri 9–5').waitFor();

    const newStep = p.getByLabel('New step', { exact: true }).first();
    await newStep.fill('Warm milk');
    await p.getByText('9 / 280').first().waitFor();
    const long = 'x'.repeat(300);
    await newStep.fill(long);
    // Nothing is cut: the field keeps all 300 characters and says it is too long.
    expect(await newStep.inputValue()).toBe(long);
    await p.getByText('Too long by 20 characters: the most is 280.').first().waitFor();
    expect(await newStep.getAttribute('aria-invalid')).toBe('true');
    await newStep.fill('');

    // A rating reads as a rating, and says who recorded it.
    await p.getByText('Show as a table').first().click();
    await p.getByRole('cell', { name: 'You, on your own' }).first().waitFor();
    await p.getByRole('button', { name: 'Show the history' }).click();
    await p.getByText('Rated confidence 6 of 10').waitFor();
    await check(p, 'my plan with contact details and a counter', '61-participant-plan-contact');
  });

  it('reads the access log as sittings, with the refusal standing out and an others-only filter', async () => {
    const p = participant.page;
    await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My record' }).click();
    await waitForHeading(p, 'My record');
    await p.getByRole('link', { name: 'Who has looked at my record' }).click();
    await waitForHeading(p, 'Who has looked at my record');
    const lines = p.getByRole('list', { name: 'Newest first' }).getByRole('listitem');
    // Sam's reads of the plan and notes in one sitting: one line, with how many times.
    const sam = lines.filter({ hasText: /^\s*Sam Rivera \(Specialist\) looked at .*your plan/ }).first();
    await sam.getByText(/\d+ times$/).waitFor();
    // The refused co-signing: its own line, said in words and marked.
    const refusal = lines.filter({ hasText: 'tried to open or change your session notes, and was refused' });
    await refusal.getByText(/^\W*Refused$/).waitFor();
    expect(await refusal.getAttribute('data-outcome')).toBe('denied');
    // One line, nothing hidden: it opens onto what was tried — said as tried, not as done.
    await refusal.getByText('What was tried, and refused').click();
    await refusal.getByText('Co-signed a session note').waitFor();
    await lines
      .filter({ hasText: /^\s*You (looked at|changed)/ })
      .first()
      .waitFor();
    await check(p, 'access log as sittings', '62-participant-access-log');

    await p.getByLabel('Only show what other people did').check();
    await expect.poll(() => lines.filter({ hasText: /^\s*You / }).count()).toBe(0);
    await refusal.waitFor();
    await expectAccessible(p, 'access log, others only');
  });

  it('says the same in Spanish, at phone width', async () => {
    const p = participant.page;
    await p.setViewportSize(phone);
    await p.getByRole('button', { name: 'Español' }).click();
    await waitForHeading(p, 'Quién ha consultado mi expediente');
    const lines = p.getByRole('list', { name: 'Lo más reciente primero' }).getByRole('listitem');
    await lines
      .filter({ hasText: 'intentó abrir o cambiar tus notas de sesión, y se le negó' })
      .getByText(/^\W*Rechazado$/)
      .waitFor();
    await lines
      .filter({ hasText: /Sam Rivera \(Especialista\) consultó .*tu plan/ })
      .first()
      .waitFor();
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(p, 'access log (Spanish, phone)');

    await p.goto(new URL('/', p.url()).href);
    const waiting = p.getByRole('region', { name: 'Te espera' });
    await waiting.getByRole('link', { name: '1 sugerencia por decidir' }).waitFor();
    await waiting.getByRole('link', { name: '1 nota de sesión espera tu mirada' }).waitFor();
    await check(p, 'participant home (Spanish)', '63-participant-home-es');
    await p.goto(new URL('/plan', p.url()).href);
    await p.getByText('0 de 1 paso hecho').waitFor();
    await p.getByRole('link', { name: 'Llamar al +1 503 555 0100' }).waitFor();
  });

  it('met no page errors, failed requests or console errors', () => {
    expect(problems()).toEqual([]);
  });
});
