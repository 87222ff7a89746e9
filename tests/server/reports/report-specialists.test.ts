import type { ReportSpecialists } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCast, createTestApp, invitePerson, type TestApp } from '../../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('the specialists a supervisor can narrow a report to', () => {
  it('lists the organisation’s specialists by name — no participants, no other organisation', async () => {
    const cast = await createCast(t);
    await invitePerson(t, cast.admin, 'specialist', { name: 'Alex Second' });
    await createCast(t, 'Elsewhere');
    const res = await t.request({ method: 'GET', url: '/api/reports/specialists', as: cast.supervisor });
    expect(res.statusCode).toBe(200);
    const names = res.json<ReportSpecialists>().specialists.map((s) => s.name);
    expect(names).toEqual(['Alex Second', 'Sam Specialist']);
    expect(res.body).not.toContain('Pat Participant');
    for (const who of [cast.specialist, cast.participant, cast.admin]) {
      expect((await t.request({ method: 'GET', url: '/api/reports/specialists', as: who })).statusCode).toBe(403);
    }
  });
});
