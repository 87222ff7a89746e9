import { beforeAll, describe, expect, it } from 'vitest';
import type { createCast, TestApp } from '../../helpers/test-app.js';
import { harbourHouse, resourcesAppForFile } from './resources-fixtures.js';

/** The resource directory: who maintains it, who reads it, searching it, and its bounds. */
const resources = resourcesAppForFile();
const { create, search } = resources;
let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
let other: Awaited<ReturnType<typeof createCast>>;
beforeAll(() => {
  ({ t, cast, other } = resources.current());
});

describe('resource directory', () => {
  it('admins and specialists maintain it; participants of the organisation read it', async () => {
    const made = await create(cast.admin, harbourHouse);
    expect(made).toMatchObject({ ...harbourHouse, stale: false });
    const bySpecialist = await create(cast.specialist, {
      name: 'Tuesday SMART meeting',
      category: 'mutual-help-meeting',
      languages: ['en'],
      pathways: ['mutual-help'],
      cost: 'free',
      lastVerifiedOn: '2025-12-01',
    });
    expect(bySpecialist.stale).toBe(true); // 211 days ago
    const seen = await search(cast.participant);
    expect(seen.map((r) => r.name)).toEqual(['Harbour House', 'Tuesday SMART meeting']);
    const one = await t.request({ method: 'GET', url: `/api/resources/${made.id}`, as: cast.participant });
    expect(one.statusCode).toBe(200);

    const edit = await t.request({
      method: 'PATCH',
      url: `/api/resources/${bySpecialist.id}`,
      as: cast.specialist,
      body: { lastVerifiedOn: '2026-06-29', hours: null },
    });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(edit.json()).toMatchObject({ stale: false, hours: null, name: 'Tuesday SMART meeting' });
  });

  it('participants cannot change it; supervisors have no use for it (403)', async () => {
    const res = await t.request({ method: 'POST', url: '/api/resources', as: cast.participant, body: harbourHouse });
    expect(res.statusCode).toBe(403);
    for (const url of ['/api/resources', '/api/resources/export.csv']) {
      expect((await t.request({ method: 'GET', url, as: cast.supervisor })).statusCode, url).toBe(403);
    }
    expect(
      (await t.request({ method: 'GET', url: '/api/resources/export.csv', as: cast.participant })).statusCode,
    ).toBe(403);
    expect((await t.request({ method: 'GET', url: '/api/resources' })).statusCode).toBe(401);
  });

  it('another organisation sees none of it and cannot touch it (404)', async () => {
    expect(await search(other.participant)).toEqual([]);
    const [mine] = await search(cast.admin, '?q=harbour');
    if (!mine) throw new Error('no resource');
    for (const [method, body] of [
      ['GET', undefined],
      ['PATCH', { name: 'Taken' }],
      ['DELETE', undefined],
    ] as const) {
      const res = await t.request({ method, url: `/api/resources/${mine.id}`, as: other.admin, body });
      expect(res.statusCode, method).toBe(404);
    }
    expect((await search(cast.admin, '?q=harbour'))[0]?.name).toBe('Harbour House');
  });

  it('searches by text, category, language and pathway', async () => {
    await create(cast.admin, {
      name: 'Comedor 100% Comunitario',
      category: 'food',
      description: 'Comida caliente',
      languages: ['es'],
      cost: 'free',
    });
    const names = async (q: string) => (await search(cast.specialist, q)).map((r) => r.name);
    expect(await names('?q=HARBOUR')).toEqual(['Harbour House']);
    expect(await names('?q=peer%20mentors')).toEqual(['Harbour House']);
    expect(await names('?q=100%25')).toEqual(['Comedor 100% Comunitario']);
    expect(await names('?q=_')).toEqual([]); // a literal underscore, not a wildcard
    expect(await names('?category=food')).toEqual(['Comedor 100% Comunitario']);
    expect(await names('?language=es')).toEqual(['Comedor 100% Comunitario', 'Harbour House']);
    expect(await names('?pathway=mutual-help')).toEqual(['Tuesday SMART meeting']);
    expect(await names('?language=es&category=housing')).toEqual(['Harbour House']);
  });

  it('bad input names the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...harbourHouse, category: 'casino' }, 'category'],
      [{ ...harbourHouse, cost: 'cheap' }, 'cost'],
      [{ ...harbourHouse, pathways: ['teleportation'] }, 'pathways'],
      [{ ...harbourHouse, lastVerifiedOn: '2026-02-30' }, 'lastVerifiedOn'],
      [{ ...harbourHouse, website: 'javascript:alert(1)' }, 'website'],
      [{ ...harbourHouse, organisationId: other.admin.me.organisation.id }, 'organisationId'],
    ];
    for (const [body, field] of cases) {
      const res = await t.request({ method: 'POST', url: '/api/resources', as: cast.admin, body });
      expect(res.statusCode, field).toBe(400);
      expect(res.json().field, field).toContain(field);
    }
    const q = await t.request({ method: 'GET', url: '/api/resources?category=casino', as: cast.admin });
    expect(q.statusCode).toBe(400);
    expect(q.json().field).toContain('category');
  });

  it('deletes', async () => {
    const gone = await create(cast.admin, { name: 'Closed clinic', category: 'health-care', cost: 'other' });
    const res = await t.request({ method: 'DELETE', url: `/api/resources/${gone.id}`, as: cast.specialist });
    expect(res.statusCode, res.body).toBe(200);
    expect((await t.request({ method: 'GET', url: `/api/resources/${gone.id}`, as: cast.admin })).statusCode).toBe(404);
  });
});
