import { type Resource, zResource, zResourceList } from '@alongside/shared';
import { expect } from 'vitest';
import { appForFile } from '../../helpers/app-for-file.js';
import { createCast, createTestApp, type SignedInPerson } from '../../helpers/test-app.js';
import { TestClock } from '../../helpers/test-clock.js';

/** One full directory entry, as an admin writes it. */
export const harbourHouse = {
  name: 'Harbour House',
  category: 'housing',
  description: 'Recovery housing with peer mentors',
  languages: ['en', 'es'],
  addressLine: '12 Quay Street',
  city: 'Portland',
  region: 'OR',
  postalCode: '97201',
  hours: 'Mon–Fri 9–5',
  phone: '+1 503 555 0100',
  email: 'hello@harbour.example.org',
  website: 'https://harbour.example.org',
  pathways: ['peer-community'],
  cost: 'sliding-scale',
  lastVerifiedOn: '2026-05-01',
};

/**
 * For a resource directory test file: the app (its clock at 30 June 2026) with a cast and another
 * organisation's, started before the file's tests and closed after them; creating and searching.
 */
export function resourcesAppForFile() {
  const app = appForFile(async () => {
    const t = await createTestApp({ clock: new TestClock(Date.parse('2026-06-30T12:00:00Z')) });
    return { t, cast: await createCast(t), other: await createCast(t, 'Elsewhere Recovery') };
  });
  return {
    current: app,
    async create(as: SignedInPerson, body: Record<string, unknown>): Promise<Resource> {
      const res = await app().t.request({ method: 'POST', url: '/api/resources', as, body });
      expect(res.statusCode, res.body).toBe(201);
      return zResource.parse(res.json());
    },
    async search(as: SignedInPerson, query = ''): Promise<Resource[]> {
      const res = await app().t.request({ method: 'GET', url: `/api/resources${query}`, as });
      expect(res.statusCode, res.body).toBe(200);
      return zResourceList.parse(res.json()).resources;
    },
  };
}
