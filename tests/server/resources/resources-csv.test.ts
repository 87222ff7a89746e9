import {
  type Resource,
  resourceCategories,
  resourceCosts,
  resourceCsvColumns,
  zResourceImportErrors,
} from '@alongside/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import type { createCast, SignedInPerson, TestApp } from '../../helpers/test-app.js';
import { harbourHouse, resourcesAppForFile } from './resources-fixtures.js';

/** The directory as CSV with Open Referral HSDS column names: import (all or nothing) and export. */
const resources = resourcesAppForFile();
const { create, search } = resources;
let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
let other: Awaited<ReturnType<typeof createCast>>;
beforeAll(async () => {
  ({ t, cast, other } = resources.current());
  // The directory as the admin keeps it: one full entry to export and bring back.
  await create(cast.admin, harbourHouse);
});

describe('CSV import and export (Open Referral HSDS column names)', () => {
  const header =
    'id,name,description,category,languages,address_1,city,state_province,postal_code,schedule_description,phone,email,url,pathways,fees,assured_date';

  const importCsv = (as: SignedInPerson, csv: string) =>
    t.request({
      method: 'POST',
      url: '/api/resources/import.csv',
      as,
      body: csv,
      headers: { 'content-type': 'text/csv' },
    });

  /** The problems of a refused import, read with the shared schema the web app reads them with. */
  const refused = async (csv: string) => {
    const res = await importCsv(cast.admin, csv);
    expect(res.statusCode, res.body).toBe(400);
    return zResourceImportErrors.parse(res.json()).lines;
  };

  it('exports every resource of the organisation with HSDS column names, and re-imports it unchanged', async () => {
    const res = await t.request({ method: 'GET', url: '/api/resources/export.csv', as: cast.admin });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const lines = res.body.trim().split('\r\n');
    expect(lines[0]).toBe(header);
    expect(lines.some((l) => l.includes('Harbour House') && l.includes('en;es') && l.includes('2026-05-01'))).toBe(
      true,
    );
    const before = await search(cast.admin);
    const again = await importCsv(cast.admin, res.body);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toEqual({ created: 0, updated: before.length });
    const after = await search(cast.admin);
    const strip = (r: Resource) => ({ ...r, updatedAt: undefined });
    expect(after.map(strip)).toEqual(before.map(strip));
  });

  it('imports new rows, with quoted commas, quotes and line breaks', async () => {
    const csv = [
      'name,category,fees,languages,pathways,description,assured_date',
      '"Faith & Recovery, Eastside",faith,free,en;es,faith-based;mutual-help,"Meets in the ""blue"" room',
      'second floor",2026-06-01',
      'Bus passes,transport,sliding-scale,,,,',
    ].join('\n');
    const res = await importCsv(cast.specialist, csv);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ created: 2, updated: 0 });
    const [faith] = await search(cast.admin, '?category=faith');
    expect(faith).toMatchObject({
      name: 'Faith & Recovery, Eastside',
      languages: ['en', 'es'],
      pathways: ['faith-based', 'mutual-help'],
      description: 'Meets in the "blue" room\nsecond floor',
      stale: false,
    });
  });

  it('a bad row is reported with its line number, and nothing is imported', async () => {
    const before = (await search(cast.admin)).length;
    const csv = [
      'name,category,fees',
      'Good one,food,free',
      'Also good,"legal",free',
      'Bad category,casino,free',
      ',other,free',
      'Good too,other,free',
    ].join('\r\n');
    const res = await importCsv(cast.admin, csv);
    expect(res.statusCode, res.body).toBe(400);
    const body = res.json();
    expect(body.error).toBe('import_invalid');
    expect(body.field).toBe('line 4: category');
    expect(body.lines).toEqual([
      expect.objectContaining({
        line: 4,
        field: 'category',
        code: 'invalid_value',
        params: { allowed: [...resourceCategories] },
      }),
      expect.objectContaining({ line: 5, field: 'name', code: 'required' }),
    ]);
    expect((await search(cast.admin)).length).toBe(before);
  });

  it('an id from another organisation fails the whole import at its line (one transaction)', async () => {
    const [theirs] = await Promise.all([create(other.admin, { name: 'Theirs', category: 'other', cost: 'free' })]);
    const before = (await search(cast.admin)).length;
    const csv = ['id,name,category,fees', ',Would be new,other,free', `${theirs?.id},Hijack,other,free`].join('\n');
    const res = await importCsv(cast.admin, csv);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().lines).toEqual([expect.objectContaining({ line: 3, field: 'id', code: 'unknown_id' })]);
    expect((await search(cast.admin)).length).toBe(before); // the valid first row was rolled back
    expect((await search(other.admin)).map((r) => r.name)).toEqual(['Theirs']);
  });

  it('refuses unknown columns, a missing required column and a broken quote', async () => {
    const unknown = await importCsv(cast.admin, 'name,category,fees,organisation_id\nX,other,free,abc');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().lines[0]).toMatchObject({
      line: 1,
      field: 'organisation_id',
      code: 'unknown_column',
      params: { known: [...resourceCsvColumns] },
    });
    const missing = await importCsv(cast.admin, 'name,fees\nX,free');
    expect(missing.json().lines[0]).toMatchObject({ line: 1, field: 'category', code: 'required_column_missing' });
    const broken = await importCsv(cast.admin, 'name,category,fees\n"X,other,free\n');
    expect(broken.statusCode).toBe(400);
    expect(broken.json().lines[0]).toMatchObject({ line: 2, field: 'csv', code: 'unclosed_quote' });
    const participant = await importCsv(cast.participant, 'name,category,fees\nX,other,free');
    expect(participant.statusCode).toBe(403);
  });

  it('gives every problem a stable code and what its wording needs, beside the English message', async () => {
    const head = 'id,name,category,fees,languages,email,url,assured_date';
    const lines = await refused(
      [
        head,
        'not-a-uuid,Bad id,other,free,,,,',
        ',Too few,other,free',
        `,${'x'.repeat(201)},other,free,,,,`,
        `,Too many languages,other,free,${Array(21).fill('en').join(';')},,,`,
        ',Bad email,other,free,,nobody,,',
        ',Bad website,other,free,,,javascript:alert(1),',
        ',Bad date,other,free,,,,2026-02-30',
        ',Bad language,other,free,English,,,',
        ',No fees,other,,,,,',
        ',Bad fees,other,cheap,,,,',
        ',Bell\u0007,other,free,,,,',
      ].join('\n'),
    );
    expect(lines).toEqual([
      { line: 2, field: 'id', code: 'not_an_export_id', message: expect.stringContaining('not an id') },
      {
        line: 3,
        field: 'csv',
        code: 'field_count',
        params: { found: 4, expected: 8 },
        message: '4 fields where the header has 8',
      },
      expect.objectContaining({
        line: 4,
        field: 'name',
        code: 'too_long',
        params: { maximum: 200, unit: 'characters' },
      }),
      expect.objectContaining({
        line: 5,
        field: 'languages',
        code: 'too_long',
        params: { maximum: 20, unit: 'items' },
      }),
      expect.objectContaining({ line: 6, field: 'email', code: 'invalid_format', params: { format: 'email' } }),
      expect.objectContaining({ line: 7, field: 'url', code: 'invalid_format', params: { format: 'url' } }),
      expect.objectContaining({ line: 8, field: 'assured_date', code: 'invalid_format', params: { format: 'date' } }),
      expect.objectContaining({ line: 9, field: 'languages', code: 'invalid_format', params: { format: 'regex' } }),
      expect.objectContaining({ line: 10, field: 'fees', code: 'required' }),
      expect.objectContaining({
        line: 11,
        field: 'fees',
        code: 'invalid_value',
        params: { allowed: [...resourceCosts] },
      }),
      expect.objectContaining({ line: 12, field: 'name', code: 'invalid' }),
    ]);
    for (const problem of lines) expect(problem.message, problem.code).not.toBe('');

    expect(await refused('name,category,fees\nSay "hi",other,free')).toEqual([
      expect.objectContaining({ line: 2, field: 'csv', code: 'quote_in_unquoted_field' }),
    ]);
    expect(await refused('\r\n\r\n')).toEqual([
      { line: 1, field: 'csv', code: 'empty_file', message: 'the file is empty' },
    ]);
  });

  it('export neutralises spreadsheet formulas', async () => {
    await create(cast.admin, { name: '=HYPERLINK("http://evil")', category: 'other', cost: 'free' });
    const res = await t.request({ method: 'GET', url: '/api/resources/export.csv', as: cast.admin });
    expect(res.body).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });
});
