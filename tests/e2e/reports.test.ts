import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Person, waitForHeading } from './harness/browser.js';
import { accept, check, invite, ownId, setUpOrganisation } from './harness/flows.js';
import { story } from './harness/story.js';

/**
 * The two home pages that summarise: the specialist's "people I walk alongside" (last session,
 * suggestions waiting, next steps) and the supervisor's program report (aggregates only, small
 * numbers hidden, numbers slightly adjusted and said so, the same numbers as CSV, the year by quarter
 * or month; a calendar month, quarter or year, never a range of days). Each is scanned with axe and photographed at phone
 * and desktop width.
 */

const app = story();
const { person, problems } = app;

// The report opens on the quarter we are in, by the server's (UTC) calendar.
const now = new Date();
const year = String(now.getUTCFullYear());
const quarter = Math.ceil((now.getUTCMonth() + 1) / 3);
const monthName = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(now);

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

  it('shows the supervisor this quarter’s report, protected and said so, with a CSV of the same numbers and the year’s trend', async () => {
    const v = supervisor.page;
    await v.reload();
    await waitForHeading(v, 'Welcome, Sol Supervisor');
    const reports = v.getByRole('region', { name: 'Program reports' });
    // The quarter we are in, in words.
    await reports.getByText(`Report for Q${quarter} ${year} (`, { exact: false }).waitFor();
    await reports
      .getByText(
        'To protect privacy, numbers are slightly adjusted (by at most 2) and counts below 11 are never shown.',
        {
          exact: false,
        },
      )
      .first()
      .waitFor();
    // One session and one participant: too few to show, in every table that holds them — and the
    // zeros beside them are hidden too, so the one cannot be told from the nothing.
    const sessions = reports.getByRole('table', { name: 'Sessions started in the period, by how people met' });
    await sessions.getByRole('row', { name: /By phone hidden/ }).waitFor();
    await sessions.getByRole('row', { name: /In person hidden/ }).waitFor();
    const goals = reports.getByRole('table', { name: /Goals set in the period/ });
    await goals.getByRole('row', { name: /^Home/ }).getByText('hidden').first().waitFor();
    await reports.getByRole('table', { name: /Suggestions made in the period/ }).waitFor();
    await reports.getByRole('table', { name: /Participants by number of supports/ }).waitFor();
    await expect(reports.getByText(/fewer than/).count()).resolves.toBe(0);
    // Nothing in the report names a person.
    await expect(reports.getByText('Pat Participant').count()).resolves.toBe(0);
    await expect(reports.getByText(ownGoal).count()).resolves.toBe(0);

    // The year at a glance: by quarter, this quarter's session hidden like in the report above.
    const byQuarter = reports.getByRole('table', { name: `Main numbers for ${year}, by quarter` });
    await byQuarter.getByRole('row', { name: new RegExp(`^Q${quarter} \\(.*\\) hidden`) }).waitFor();
    await expect(byQuarter.getByRole('row').count()).resolves.toBe(5);
    await byQuarter.getByRole('columnheader', { name: 'Participants engaged' }).waitFor();
    await reports.getByRole('radio', { name: 'By month' }).check();
    const byMonth = reports.getByRole('table', { name: `Main numbers for ${year}, by month` });
    await byMonth.getByRole('row', { name: new RegExp(`^${monthName} hidden`) }).waitFor();
    await expect(byMonth.getByRole('row').count()).resolves.toBe(13);

    const csv = reports.getByRole('link', { name: 'Download CSV' });
    const href = await csv.getAttribute('href');
    expect(href).toBe(`/api/reports/summary.csv?period=${year}-Q${quarter}`);
    const answer = await v.evaluate(async (url) => {
      const response = await fetch(url);
      return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
    }, href ?? '');
    expect(answer.status).toBe(200);
    expect(answer.type).toMatch(/^text\/csv/);
    expect(answer.body).toContain('measure,breakdown,value');
    expect(answer.body).toContain('sessions,phone,hidden');
    await check(v, 'supervisor home with the report', '41-supervisor-report');
  });

  it('shows another period and one specialist, an empty quarter sensibly, and speaks Spanish', async () => {
    const v = supervisor.page;
    const reports = v.getByRole('region', { name: 'Program reports' });
    const lastYear = String(Number(year) - 1);
    await reports.getByLabel('Period', { exact: true }).selectOption({ label: 'A quarter' });
    await reports.getByLabel('Year', { exact: true }).selectOption(lastYear);
    await reports.getByLabel('Quarter', { exact: true }).selectOption({ label: 'Q1 (January–March)' });
    await reports.getByRole('button', { name: 'Show report' }).click();
    await reports.getByText(`Report for Q1 ${lastYear} (January–March)`).waitFor();
    await reports.getByText('Nothing was recorded in this period yet.', { exact: false }).waitFor();
    const href = await reports.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
    expect(href).toBe(`/api/reports/summary.csv?period=${lastYear}-Q1`);
    // The trend follows the year of the report.
    await reports.getByRole('table', { name: new RegExp(`^Main numbers for ${lastYear}`) }).waitFor();
    await check(v, 'supervisor home, empty period', '42-supervisor-report-empty');

    // A whole year, then a month; narrowed to one specialist (whose report covers a quarter or a
    // year: the month becomes its quarter), picked by name; the CSV link follows.
    await reports.getByLabel('Period', { exact: true }).selectOption({ label: 'A whole year' });
    await expect(reports.getByLabel('Quarter', { exact: true }).count()).resolves.toBe(0);
    await reports.getByLabel('Year', { exact: true }).selectOption(year);
    await reports.getByLabel('Period', { exact: true }).selectOption({ label: 'A month' });
    await reports.getByLabel('Month', { exact: true }).selectOption({ label: monthName });
    await reports.getByLabel('Specialist', { exact: true }).selectOption({ label: 'Sam Specialist' });
    await reports.getByText("One specialist's report covers a quarter or a whole year", { exact: false }).waitFor();
    await expect(reports.getByLabel('Month', { exact: true }).count()).resolves.toBe(0);
    await reports.getByRole('button', { name: 'Show report' }).click();
    await reports.getByText('These numbers cover one specialist', { exact: false }).waitFor();
    // The heading says whose numbers these are.
    await reports.getByText(`Report for Q${quarter} ${year}`, { exact: false }).waitFor();
    await reports.getByText('· one specialist: Sam Specialist', { exact: false }).first().waitFor();
    await reports.getByRole('heading', { name: `${year} at a glance · one specialist: Sam Specialist` }).waitFor();
    const narrowed = await reports.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
    expect(narrowed).toMatch(new RegExp(`\\?period=${year}-Q${quarter}&specialistId=[0-9a-f-]{36}$`));
    // Their trend is by quarter only.
    await expect(reports.getByRole('radio', { name: 'By month' }).count()).resolves.toBe(0);
    await reports.getByLabel('Specialist', { exact: true }).selectOption({ label: 'Every specialist' });
    await reports.getByLabel('Period', { exact: true }).selectOption({ label: 'A month' });
    await reports.getByLabel('Month', { exact: true }).selectOption({ label: monthName });
    await reports.getByRole('button', { name: 'Show report' }).click();
    await reports.getByText('These numbers cover every specialist.').waitFor();
    await reports.getByText(`Report for ${monthName} ${year} · whole organisation`).waitFor();

    await v.getByRole('button', { name: 'Español' }).click();
    await waitForHeading(v, 'Hola, Sol Supervisor');
    const informes = v.getByRole('region', { name: 'Informes del programa' });
    await informes.getByRole('link', { name: 'Descargar CSV' }).waitFor();
    await informes.getByText('Para proteger la privacidad', { exact: false }).first().waitFor();
    // The month inside a Spanish sentence stays lower case.
    const mes = new Intl.DateTimeFormat('es', { month: 'long', timeZone: 'UTC' }).format(now);
    await informes.getByText(`Informe de ${mes} de ${year} · toda la organización`).waitFor();
    await informes.getByRole('table', { name: new RegExp(`^Cifras principales de ${year}`) }).waitFor();
    await check(v, 'supervisor home (Spanish)', '43-supervisor-report-es');
  });

  it('saw no script errors, CSP violations or server errors along the way', () => {
    expect(problems()).toEqual([]);
  });
});
