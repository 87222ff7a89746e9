import { dayBounds } from '@alongside/shared';
import { describe, expect, it } from 'vitest';
import { expectAccessible, type Person, waitForHeading } from './harness/browser.js';
import { accept, check, invite, ownId, setUpOrganisation } from './harness/flows.js';
import { story } from './harness/story.js';

/**
 * The community-resource directory and referrals: a specialist keeps the directory (add, search,
 * filter, CSV), suggests a resource to a participant, who saves it to their plan and moves it on
 * to "connected". Each new screen is scanned with axe and photographed at phone and desktop width.
 */

const cafe = 'Riverside Recovery Café';
const foodBank = 'Eastside Food Bank';

const app = story();
const { person, problems } = app;

describe('community resources and referrals', () => {
  let specialist: Person;
  let participant: Person;
  let participantId = '';

  it('sets up an organisation with a specialist and a participant', async () => {
    const admin = await person('admin');
    await setUpOrganisation(admin, app.server.setupLink, 'Lakeside Peer Support', 'lakeside.example');
    await admin.page.getByLabel('Role', { exact: true }).selectOption('specialist');
    const specialistLink = await invite(admin.page, 'sam@lakeside.example');
    await admin.context.close();

    specialist = await person('specialist');
    await accept(specialistLink, specialist, 'Sam Specialist');
    const participantLink = await invite(specialist.page, 'pat@lakeside.example');

    participant = await person('participant');
    await accept(participantLink, participant, 'Pat Participant');
    participantId = await ownId(participant);
  });

  it('lets a specialist add resources, find one by search and filter, and shows an old one as out of date', async () => {
    const s = specialist.page;
    await s.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Resources' }).click();
    await waitForHeading(s, 'Community resources');
    await s.getByText('The directory is empty for now.').waitFor();

    const add = s.getByRole('region', { name: 'Add a resource' });
    // An empty form: the error sits next to the field it is about.
    await add.getByRole('button', { name: 'Add resource' }).click();
    await add.getByText('Enter a name (up to 200 characters).').waitFor();
    await add.getByText('Choose a category.').waitFor();
    // The focus goes to the first field in error of this form, not to the search's Category above it.
    const name = add.getByLabel('Name', { exact: true });
    const hasFocus = () =>
      name.evaluate((field) => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return active === field;
      });
    await expect.poll(hasFocus).toBe(true);

    await add.getByLabel('Name', { exact: true }).fill(cafe);
    await add.getByLabel('Category', { exact: true }).selectOption('recovery-community-organisation');
    await add
      .getByLabel('Description (optional)', { exact: true })
      .fill('A warm place to meet people in recovery, with coffee.');
    await add.getByLabel('Languages (optional)', { exact: true }).fill('en, es');
    await add.getByLabel('City (optional)', { exact: true }).fill('Lakeside');
    await add.getByLabel('Hours (optional)', { exact: true }).fill('Mon–Fri 10:00–18:00');
    await add.getByLabel('Phone (optional)', { exact: true }).fill('555-0100');
    await add.getByLabel('Peer community').check();
    await add.getByLabel('Cost', { exact: true }).selectOption('free');
    // The date box offers the days the shared schema accepts, and says so when given another.
    const checkedOn = add.getByLabel('Last checked on (optional)', { exact: true });
    expect(await checkedOn.getAttribute('min')).toBe(dayBounds('past').earliest);
    expect(await checkedOn.getAttribute('max')).toBe(dayBounds('past').latest);
    await checkedOn.fill('1999-12-31');
    await add.getByRole('button', { name: 'Add resource' }).click();
    await add
      .getByText(/^Enter the day it was last checked: not in the future, and not before (Jan 1, 2000|1 Jan 2000)\.$/)
      .waitFor();
    const today = new Date().toISOString().slice(0, 10);
    await checkedOn.fill(today);
    await add.getByRole('button', { name: 'Add resource' }).click();
    const results = s.getByRole('region', { name: 'Resources', exact: true });
    await results.getByRole('heading', { name: cafe }).waitFor();

    await add.getByLabel('Name', { exact: true }).fill(foodBank);
    await add.getByLabel('Category', { exact: true }).selectOption('food');
    await add.getByLabel('Website (optional)', { exact: true }).fill('not a web address');
    await add.getByRole('button', { name: 'Add resource' }).click();
    await add.getByText('Enter a web address, like riverside.org or https://riverside.org.').waitFor();
    // Typed as on a flyer, without https://: accepted (the server adds it).
    await add.getByLabel('Website (optional)', { exact: true }).fill('food.example.org');
    await add.getByLabel('Last checked on (optional)', { exact: true }).fill('2020-01-15');
    await add.getByRole('button', { name: 'Add resource' }).click();
    await results.getByRole('heading', { name: foodBank }).waitFor();
    await results.getByText('2 resources found.').waitFor();
    const food = results.getByRole('listitem').filter({ has: s.getByRole('heading', { name: foodBank }) });
    await food.getByText('May be out of date').waitFor();
    const cafeItem = results.getByRole('listitem').filter({ has: s.getByRole('heading', { name: cafe }) });
    await expect(cafeItem.getByText('May be out of date').count()).resolves.toBe(0);

    const search = s.getByRole('search');
    await search.getByLabel('Search', { exact: true }).fill('coffee');
    await search.getByRole('button', { name: 'Search' }).click();
    await results.getByText('1 resource found.').waitFor();
    await expect(results.getByRole('heading', { name: foodBank }).count()).resolves.toBe(0);
    await search.getByRole('button', { name: 'Clear' }).click();
    await results.getByText('2 resources found.').waitFor();
    await search.getByLabel('Category', { exact: true }).selectOption('food');
    await search.getByRole('button', { name: 'Search' }).click();
    await results.getByText('1 resource found.').waitFor();
    await results.getByRole('heading', { name: foodBank }).waitFor();
    await search.getByLabel('Category', { exact: true }).selectOption('');
    await search.getByLabel('Pathway', { exact: true }).selectOption('peer-community');
    await search.getByRole('button', { name: 'Search' }).click();
    await results.getByText('1 resource found.').waitFor();
    await results.getByRole('heading', { name: cafe }).waitFor();

    // A CSV with a mistake is refused as a whole, line by line.
    const csv = s.getByRole('region', { name: 'Spreadsheet' });
    await csv.getByLabel('CSV file to import').setInputFiles({
      name: 'resources.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'name,category,fees\nHarbour Housing,housing,free\nNo Such Place,spaceship,free\nShort line,other\n',
      ),
    });
    await csv.getByRole('button', { name: 'Import CSV' }).click();
    await csv.getByText('Nothing was imported. Fix these lines and try again:').waitFor();
    await csv
      .getByText(/^Line 3, category: Use only these values, spelled exactly like this: mutual-help-meeting, /)
      .waitFor();
    await csv.getByText(/^Line 4: This line has 2 fields, but the header has 3\. /).waitFor();
    // The server sends codes, not sentences, so the refused lines follow the interface into Spanish.
    await s.getByRole('button', { name: 'Español' }).click();
    const hoja = s.getByRole('region', { name: 'Hoja de cálculo' });
    await hoja.getByText('No se importó nada. Corrige estas líneas y vuelve a intentarlo:').waitFor();
    await hoja
      .getByText(/^Línea 3, category: Usa solo estos valores, escritos exactamente así: mutual-help-meeting, /)
      .waitFor();
    await hoja.getByText(/^Línea 4: Esta línea tiene 2 campos, pero el encabezado tiene 3\. /).waitFor();
    await expectAccessible(s, 'refused CSV import (Spanish)');
    await s.getByRole('button', { name: 'English' }).click();
    await csv.getByText(/^Line 3, category:/).waitFor();
    expect(await csv.getByRole('link', { name: 'Download CSV' }).getAttribute('href')).toBe(
      '/api/resources/export.csv',
    );
    await csv.getByLabel('CSV file to import').setInputFiles({
      name: 'resources.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('name,category,fees,languages\nHarbour Housing,housing,sliding-scale,en;pt\n'),
    });
    await csv.getByRole('button', { name: 'Import CSV' }).click();
    await csv.getByText('Imported: 1 added, 0 updated.').waitFor();
    await search.getByRole('button', { name: 'Clear' }).click();
    await results.getByText('3 resources found.').waitFor();

    // Edit, then delete (asked once more), the imported one.
    await results.getByRole('button', { name: 'Edit Harbour Housing' }).click();
    const edit = s.getByRole('region', { name: 'Edit “Harbour Housing”' });
    await edit.getByLabel('Name', { exact: true }).fill('Harbour Housing Help');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await results.getByRole('heading', { name: 'Harbour Housing Help' }).waitFor();
    // Deleted while open for editing, with an error showing: the form goes back to adding, clean.
    await results.getByRole('button', { name: 'Edit Harbour Housing Help' }).click();
    const again = s.getByRole('region', { name: 'Edit “Harbour Housing Help”' });
    await again.getByLabel('Name', { exact: true }).fill('');
    await again.getByRole('button', { name: 'Save changes' }).click();
    await again.getByText('Enter a name (up to 200 characters).').waitFor();
    await results.getByRole('button', { name: 'Delete Harbour Housing Help' }).click();
    await results.getByRole('button', { name: 'Yes, delete Harbour Housing Help' }).click();
    await results.getByText('2 resources found.').waitFor();
    await add.getByRole('button', { name: 'Add resource' }).waitFor();
    expect(await add.getByText('Enter a name (up to 200 characters).').count()).toBe(0);
    await check(s, 'resource directory (specialist)', '50-specialist-resources');
  });

  it('lets the specialist suggest a resource, which the participant accepts and moves on to connected', async () => {
    const s = specialist.page;
    await s.goto(new URL(`/people/${participantId}`, s.url()).href);
    await waitForHeading(s, 'Pat Participant’s plan');
    const suggest = s.getByRole('region', { name: 'Suggest a community resource' });
    await suggest.getByLabel('Search the directory', { exact: true }).fill('café');
    await suggest.getByRole('button', { name: 'Find' }).click();
    await suggest
      .getByLabel('Resource', { exact: true })
      .selectOption({ label: `${cafe} (Recovery community organisation)` });
    await suggest.getByRole('button', { name: 'Suggest this resource' }).click();
    const mine = s.getByRole('region', { name: 'My suggestions' }).getByRole('listitem').filter({ hasText: cafe });
    await mine.getByText('Waiting for Pat Participant').waitFor();
    await check(s, 'a person’s plan with a resource suggested', '51-specialist-suggest-resource');

    const p = participant.page;
    await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My plan' }).click();
    await waitForHeading(p, 'My plan');
    const card = p.getByRole('region', { name: 'Suggestions waiting for you' }).getByRole('listitem').filter({
      hasText: cafe,
    });
    await card.getByRole('button', { name: `Accept — ${cafe}`, exact: true }).click();
    const referrals = p.getByRole('region', { name: 'My referrals' });
    const saved = referrals.getByRole('listitem').filter({ has: p.getByRole('heading', { name: cafe }) });
    await saved.getByText('Saved, not contacted yet').waitFor();
    await mine.getByText('Pat Participant accepted it').waitFor();

    await saved.getByRole('button', { name: `I contacted them — ${cafe}` }).click();
    await saved.getByText('Contacted', { exact: true }).waitFor();
    await saved.getByRole('button', { name: `I’m connected — ${cafe}` }).click();
    await saved.getByText('Connected', { exact: true }).waitFor();
    await saved.getByText(`Follow up on / Linked goal — ${cafe}`).click();
    const followUp = saved.getByLabel('Follow up on (optional)', { exact: true });
    expect(await followUp.getAttribute('max')).toBe(dayBounds('planned').latest);
    await followUp.fill('2099-01-01');
    await saved.getByRole('button', { name: 'Save', exact: true }).click();
    await p.getByText(/^Choose a follow-up day from (Jan 1, 2000|1 Jan 2000) to .+\.$/).waitFor();
    await followUp.fill('2030-05-04');
    await saved.getByRole('button', { name: 'Save', exact: true }).click();
    await saved.getByText(/^Follow up on 4 May 2030$|^Follow up on May 4, 2030$/).waitFor();
    await s
      .getByRole('region', { name: 'Community resources' })
      .getByRole('listitem')
      .filter({ hasText: cafe })
      .getByText('Connected', { exact: true })
      .waitFor();
    await check(p, 'my plan with a referral', '52-participant-referrals');
  });

  it('lets the participant find a resource in the directory and save it to their plan', async () => {
    const p = participant.page;
    await p.getByRole('link', { name: 'Find a resource' }).click();
    await waitForHeading(p, 'Community resources');
    await expect(p.getByRole('region', { name: 'Add a resource' }).count()).resolves.toBe(0);
    const results = p.getByRole('region', { name: 'Resources', exact: true });
    const food = results.getByRole('listitem').filter({ has: p.getByRole('heading', { name: foodBank }) });
    await food.getByRole('button', { name: `Save to my plan ${foodBank}` }).click();
    await food.getByText('In my plan').waitFor();
    await results
      .getByRole('listitem')
      .filter({ has: p.getByRole('heading', { name: cafe }) })
      .getByText('In my plan')
      .waitFor();
    await check(p, 'resource directory (participant)', '53-participant-resources');

    await p.getByRole('button', { name: 'Español' }).click();
    await waitForHeading(p, 'Recursos comunitarios');
    await p
      .getByRole('region', { name: 'Recursos', exact: true })
      .getByRole('listitem')
      .filter({ has: p.getByRole('heading', { name: foodBank }) })
      .getByText('En mi plan')
      .waitFor();
    await expectAccessible(p, 'resource directory (Spanish)');
    await p.getByRole('button', { name: 'English' }).click();
    await waitForHeading(p, 'Community resources');
  });

  it('saw no script errors, CSP violations or server errors along the way', () => {
    expect(problems()).toEqual([]);
  });
});
