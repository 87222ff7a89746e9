import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Person, waitForHeading } from './harness/browser.js';
import { accept, check, invite, ownId, setUpOrganisation } from './harness/flows.js';
import { story } from './harness/story.js';

/**
 * The two home pages that summarise: the specialist's "people I walk alongside" (last session,
 * suggestions waiting, next steps) and the supervisor's program report (aggregates only, small
 * numbers hidden, the same numbers as CSV). Each is scanned with axe and photographed at phone
 * and desktop width.
 */

const app = story();
const { person, problems } = app;

/** A plan command sent from the person's own browser, as the plan page would send it. */
async function command(page: Page, participantId: string, body: unknown): Promise<number> {
  return page.evaluate(
    async ([pid, payload]) => {
      const response = await fetch(`/api/participants/${pid}/plan/commands`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ command: payload }),
      });
      return response.status;
    },
    [participantId, body] as const,
  );
}

describe('the specialist’s overview and the supervisor’s report', () => {
  let specialist: Person;
  let participant: Person;
  let supervisor: Person;
  let participantId = '';
  const ownGoal = 'Cook a proper meal twice a week';
  const ownStep = 'Buy rice and vegetables';

  it('sets up an organisation with a specialist, a participant and a supervisor', async () => {
    const admin = await person('admin');
    await setUpOrganisation(admin, app.server.setupLink, 'Lakeside Peer Support', 'lakeside.example');
    await admin.page.getByLabel('Role', { exact: true }).selectOption('specialist');
    const specialistLink = await invite(admin.page, 'sam@lakeside.example');
    await admin.page.getByRole('button', { name: 'Invite someone else' }).click();
    await admin.page.getByLabel('Role', { exact: true }).selectOption('supervisor');
    const supervisorLink = await invite(admin.page, 'sol@lakeside.example');
    await admin.context.close();

    specialist = await person('specialist');
    await accept(specialistLink, specialist, 'Sam Specialist');
    const participantLink = await invite(specialist.page, 'pat@lakeside.example');

    participant = await person('participant');
    await accept(participantLink, participant, 'Pat Participant');
    participantId = await ownId(participant);

    supervisor = await person('supervisor');
    await accept(supervisorLink, supervisor, 'Sol Supervisor');
  });

  it('shows the specialist each person with their last session, suggestions waiting and next steps', async () => {
    // The participant writes a goal and a first step of their own.
    const p = participant.page;
    expect(await command(p, participantId, { type: 'goal.create', title: ownGoal, lifeArea: 'home' })).toBe(200);
    const goalId = await p.evaluate(
      async (pid) => (await (await fetch(`/api/participants/${pid}/plan`)).json()).goals[0].id as string,
      participantId,
    );
    expect(await command(p, participantId, { type: 'step.create', goalId, text: ownStep })).toBe(200);

    // The specialist opens the plan, starts a session and suggests a goal.
    const s = specialist.page;
    await s.reload();
    await waitForHeading(s, 'Welcome, Sam Specialist');
    const alongside = s.getByRole('region', { name: 'People I walk alongside' });
    const pat = alongside.getByRole('listitem').filter({ has: s.getByRole('heading', { name: 'Pat Participant' }) });
    await pat.getByText('No sessions yet').waitFor();
    await pat.getByText('No suggestions waiting').waitFor();
    await pat.getByText('1 active goal').waitFor();
    await pat.getByText(ownStep).waitFor();

    await s.getByRole('link', { name: 'Open plan and sessions of Pat Participant' }).click();
    await waitForHeading(s, 'Pat Participant’s plan');
    await s.getByLabel('How are you meeting?', { exact: true }).selectOption('phone');
    await s.getByRole('button', { name: 'Start the session' }).click();
    await s.getByText('Waiting for Pat Participant to join from their own device.').first().waitFor();
    const suggest = s.getByRole('region', { name: 'Suggest a goal' });
    await suggest.getByLabel('Goal', { exact: true }).fill('Visit the community garden');
    await suggest.getByLabel('Life area', { exact: true }).selectOption('community');
    await suggest.getByRole('button', { name: 'Suggest this goal' }).click();
    await s
      .getByRole('region', { name: 'My suggestions' })
      .getByRole('listitem')
      .filter({ hasText: 'Visit the community garden' })
      .getByText('Waiting for Pat Participant')
      .waitFor();

    await s.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    await waitForHeading(s, 'Welcome, Sam Specialist');
    await pat.getByText('1 suggestion waiting for them').waitFor();
    await pat.getByText('Session open').waitFor();
    await pat.getByText(/Last session: .* \(by phone\)/).waitFor();
    await pat.getByText(`for “${ownGoal}”`).waitFor();
    await check(s, 'specialist home with the overview', '40-specialist-home-overview');
  });

  it('shows the supervisor the program report, small numbers hidden, with a CSV of the same numbers', async () => {
    const v = supervisor.page;
    await v.reload();
    await waitForHeading(v, 'Welcome, Sol Supervisor');
    const reports = v.getByRole('region', { name: 'Program reports' });
    await reports.getByText(/^From .* to .*, whole organisation\.$/).waitFor();
    await reports.getByText(/numbers from 1 to 10 are shown as “fewer than 11”/).waitFor();
    // One session and one participant: too few to show, in every table that holds them.
    const sessions = reports.getByRole('table', { name: 'Sessions started in the period, by how people met' });
    await sessions.getByRole('row', { name: /By phone fewer than 11/ }).waitFor();
    await sessions.getByRole('row', { name: /In person 0/ }).waitFor();
    const goals = reports.getByRole('table', { name: /Goals set in the period/ });
    await goals.getByRole('row', { name: /^Home/ }).getByText('fewer than 11').first().waitFor();
    await reports.getByRole('table', { name: /Suggestions made in the period/ }).waitFor();
    await reports.getByRole('table', { name: /Participants by number of supports/ }).waitFor();
    // Nothing in the report names a person.
    await expect(reports.getByText('Pat Participant').count()).resolves.toBe(0);
    await expect(reports.getByText(ownGoal).count()).resolves.toBe(0);

    const csv = reports.getByRole('link', { name: 'Download CSV' });
    const href = await csv.getAttribute('href');
    expect(href).toMatch(/^\/api\/reports\/summary\.csv\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$/);
    const answer = await v.evaluate(async (url) => {
      const response = await fetch(url);
      return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
    }, href ?? '');
    expect(answer.status).toBe(200);
    expect(answer.type).toMatch(/^text\/csv/);
    expect(answer.body).toContain('measure,breakdown,value');
    expect(answer.body).toContain('sessions,phone,<11');
    await check(v, 'supervisor home with the report', '41-supervisor-report');
  });

  it('shows an empty period sensibly, refuses a backwards range, and speaks Spanish', async () => {
    const v = supervisor.page;
    const reports = v.getByRole('region', { name: 'Program reports' });
    await reports.getByLabel('From', { exact: true }).fill('2020-01-01');
    await reports.getByLabel('To', { exact: true }).fill('2019-12-31');
    await reports.getByRole('button', { name: 'Show report' }).click();
    await reports.getByText('The start date must be on or before the end date.').waitFor();
    await reports.getByLabel('To', { exact: true }).fill('2020-03-31');
    await reports.getByRole('button', { name: 'Show report' }).click();
    await reports.getByText('Nothing was recorded in this period yet.', { exact: false }).waitFor();
    await expect(reports.getByText('The start date must be on or before the end date.').count()).resolves.toBe(0);
    const href = await reports.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
    expect(href).toBe('/api/reports/summary.csv?from=2020-01-01&to=2020-03-31');
    await check(v, 'supervisor home, empty period', '42-supervisor-report-empty');

    // Narrowed to one specialist, picked by name; the CSV link follows the filter.
    await reports.getByLabel('Specialist', { exact: true }).selectOption({ label: 'Sam Specialist' });
    await reports.getByRole('button', { name: 'Show report' }).click();
    await reports.getByText('These numbers cover one specialist', { exact: false }).waitFor();
    const narrowed = await reports.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
    expect(narrowed).toMatch(/&specialistId=[0-9a-f-]{36}$/);
    await reports.getByLabel('Specialist', { exact: true }).selectOption({ label: 'Every specialist' });
    await reports.getByRole('button', { name: 'Show report' }).click();
    await reports.getByText('These numbers cover every specialist.').waitFor();

    await v.getByRole('button', { name: 'Español' }).click();
    await waitForHeading(v, 'Hola, Sol Supervisor');
    await v
      .getByRole('region', { name: 'Informes del programa' })
      .getByRole('link', { name: 'Descargar CSV' })
      .waitFor();
    await check(v, 'supervisor home (Spanish)', '43-supervisor-report-es');
  });

  it('saw no script errors, CSP violations or server errors along the way', () => {
    expect(problems()).toEqual([]);
  });
});
