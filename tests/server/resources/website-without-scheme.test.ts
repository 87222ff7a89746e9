import { type Resource, zResourceList } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCast, createTestApp, type TestApp } from '../../helpers/test-app.js';

/**
 * People type a website as they see it on a flyer: "riverside.org". The directory form, the CSV
 * import and the API all accept it and store https://riverside.org; what is not a web address
 * (another scheme, no host) is still refused, naming the field.
 */
let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
beforeAll(async () => {
  t = await createTestApp();
  cast = await createCast(t);
});
afterAll(async () => {
  await t.close();
});

const entry = { name: 'Riverside pantry', category: 'food', cost: 'free' };

describe('a website typed without https://', () => {
  it('is accepted by the API and kept as https://', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/resources',
      as: cast.specialist,
      body: { ...entry, website: '  riverside.example.org/pantry ' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const made = res.json<Resource>();
    expect(made.website).toBe('https://riverside.example.org/pantry');
    const patched = await t.request({
      method: 'PATCH',
      url: `/api/resources/${made.id}`,
      as: cast.specialist,
      body: { website: 'www.riverside.example.org' },
    });
    expect(patched.json<Resource>().website).toBe('https://www.riverside.example.org');
  });

  it('keeps an address that already says http:// or https://', async () => {
    for (const website of ['http://old.example.org', 'https://new.example.org']) {
      const res = await t.request({
        method: 'POST',
        url: '/api/resources',
        as: cast.admin,
        body: { ...entry, website },
      });
      expect(res.json<Resource>().website).toBe(website);
    }
  });

  it('is accepted by the CSV import', async () => {
    const csv = ['name,category,fees,url', 'Harbour meeting,mutual-help-meeting,free,harbour.example.org'].join('\n');
    const res = await t.request({
      method: 'POST',
      url: '/api/resources/import.csv',
      as: cast.admin,
      body: csv,
      headers: { 'content-type': 'text/csv' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const list = await t.request({ method: 'GET', url: '/api/resources?q=Harbour', as: cast.participant });
    const found = zResourceList.parse(list.json()).resources.find((r) => r.name === 'Harbour meeting');
    expect(found?.website).toBe('https://harbour.example.org');
  });

  it('still refuses what is not a web address, naming the field', async () => {
    for (const website of ['javascript:alert(1)', 'ftp://files.example.org', 'not a site', '']) {
      const res = await t.request({
        method: 'POST',
        url: '/api/resources',
        as: cast.admin,
        body: { ...entry, website },
      });
      expect(res.statusCode, website).toBe(400);
      expect(res.json()).toMatchObject({ field: 'website' });
    }
  });
});
