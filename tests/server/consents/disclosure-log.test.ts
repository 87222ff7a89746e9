import type { DisclosureAccounting, DisclosureList } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activeConsent,
  countRows,
  dayFromNow,
  disclosuresUrl,
  disclosureTo,
  openConsentWorld,
  postDisclosure,
  specificDraft,
} from '../../helpers/consent-api.js';
import { createCast, type TestApp } from '../../helpers/test-app.js';

/** The disclosure log: append-only, read by the person and their specialist, accounted for on request. */
let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
let pid: string;
beforeAll(async () => {
  ({ t, cast, pid } = await openConsentWorld(createCast));
});
afterAll(() => t.close());

const accounting = (query = '') =>
  t.request({ method: 'GET', url: `${disclosuresUrl(pid)}/accounting${query}`, as: cast.participant });

describe('the disclosures table', () => {
  it('refuses UPDATE and DELETE, whatever the application asks', async () => {
    const consent = await activeConsent(t, cast.participant, specificDraft(t));
    expect((await postDisclosure(t, cast.specialist, pid, disclosureTo(consent.id))).statusCode).toBe(201);
    const { db } = t.testDb.database;
    await expect(db.execute(`update disclosures set purpose = 'something else'`)).rejects.toThrow();
    await expect(db.execute('delete from disclosures')).rejects.toThrow();
    await expect(db.execute('truncate disclosures cascade')).rejects.toThrow();
    expect(await countRows(t, 'disclosures')).toBe(1);
    const { rows } = (await db.execute('select purpose from disclosures')) as { rows: { purpose: string }[] };
    expect(rows).toEqual([{ purpose: 'Coordinate my treatment with my doctor' }]);
  });
});

describe('the accounting of disclosures', () => {
  it('covers the last three years by default and a shorter period on request, as JSON', async () => {
    const consent = await activeConsent(t, cast.participant, specificDraft(t, ['all']));
    // The test clock stands still unless moved: a minute on, this disclosure is the newest.
    t.clock.advanceMinutes(1);
    expect((await postDisclosure(t, cast.specialist, pid, disclosureTo(consent.id, ['referrals']))).statusCode).toBe(
      201,
    );
    const all = await accounting();
    expect(all.statusCode, all.body).toBe(200);
    const body = all.json<DisclosureAccounting>();
    expect(body.participantName).toBe('Pat Participant');
    expect(body.to).toBe(dayFromNow(t, 0));
    expect(body.from.slice(0, 4)).toBe(String(Number(body.to.slice(0, 4)) - 3));
    expect(body.disclosures.length).toBeGreaterThanOrEqual(2);
    expect(body.disclosures[0]).toMatchObject({
      dataClasses: ['referrals'],
      disclosedBy: { id: cast.specialist.me.id },
    });

    const list = await t.request({ method: 'GET', url: disclosuresUrl(pid), as: cast.specialist });
    expect(list.json<DisclosureList>().disclosures).toEqual(body.disclosures);

    // A period ending after today ends today: nothing is disclosed in the future.
    const ahead = await accounting('?to=9999-12-31');
    expect(ahead.json<DisclosureAccounting>()).toMatchObject({ to: body.to, disclosures: body.disclosures });

    // A person a day behind UTC asks from their own "three years ago": accepted.
    const fromTheirDay = new Date(`${body.from}T00:00:00Z`).getTime() - 86_400_000;
    const behind = await accounting(`?from=${new Date(fromTheirDay).toISOString().slice(0, 10)}`);
    expect(behind.statusCode, behind.body).toBe(200);

    const earlier = await accounting(`?from=${dayFromNow(t, -30)}&to=${dayFromNow(t, -1)}`);
    expect(earlier.json<DisclosureAccounting>().disclosures).toEqual([]);
  });

  it('as CSV: a header row, one row per disclosure, and no cell a spreadsheet would run', async () => {
    const consent = await activeConsent(t, cast.participant, {
      kind: 'specific',
      dataClasses: ['plan'],
      recipient: { name: '=HYPERLINK("http://evil.example","Dr")', organisation: '+Clinic, "North"' },
      purpose: '@SUM(A1:A9)',
      expiry: { kind: 'date', date: dayFromNow(t, 10) },
    });
    t.clock.advanceMinutes(1);
    const res = await postDisclosure(t, cast.specialist, pid, {
      consentId: consent.id,
      recipient: { name: '=HYPERLINK("http://evil.example","Dr")', organisation: '+Clinic, "North"' },
      purpose: '@SUM(A1:A9)',
      dataClasses: ['plan'],
      language: 'en',
    });
    expect(res.statusCode, res.body).toBe(201);
    const csv = await accounting('?format=csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="alongside-disclosures-/);
    const lines = csv.body.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'disclosed_at,recipient_name,recipient_organisation,recipient_contact,purpose,data_classes,disclosed_by,disclosed_by_role,consent_id',
    );
    const json = (await accounting()).json<DisclosureAccounting>();
    expect(lines.length).toBe(1 + json.disclosures.length);
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example"",""Dr"")"`);
    expect(lines[1]).toContain(`"'+Clinic, ""North"""`);
    expect(lines[1]).toContain(`'@SUM(A1:A9)`);
    expect(lines[1]).toContain(`,plan,Sam Specialist,specialist,${consent.id}`);
    for (const line of lines.slice(1)) expect(line).not.toMatch(/(^|,)[=+\-@]/);
  });
});
