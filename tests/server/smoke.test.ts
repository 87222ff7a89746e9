import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCast, createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('a whole organisation comes together', () => {
  it('admin invites a specialist, who invites a participant; the partnership exists for both', async () => {
    const { specialist, participant } = await createCast(t);
    const forSpecialist = await t.request({ method: 'GET', url: '/api/partnerships', as: specialist });
    expect(forSpecialist.statusCode).toBe(200);
    expect(forSpecialist.json().partnerships.map((p: { participant: { name: string } }) => p.participant.name)).toEqual(
      ['Pat Participant'],
    );
    const forParticipant = await t.request({ method: 'GET', url: '/api/partnerships', as: participant });
    expect(forParticipant.json().partnerships[0].specialist.name).toBe('Sam Specialist');
  });
});
