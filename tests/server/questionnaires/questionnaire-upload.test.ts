import type { ErrorBody, Questionnaire } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countQuestionnaires, sampleQuestionnaire } from '../../helpers/questionnaire-fixtures.js';
import { createCast, createTestApp, type SignedInPerson, type TestApp } from '../../helpers/test-app.js';

/**
 * Admins upload their organisation's own instruments as FHIR R4 Questionnaires. A questionnaire we
 * cannot answer and score the way it says is refused whole, naming the problem; nothing is stored.
 */
let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
let other: Awaited<ReturnType<typeof createCast>>;
beforeAll(async () => {
  t = await createTestApp();
  cast = await createCast(t);
  other = await createCast(t, 'Other Org');
});
afterAll(async () => {
  await t.close();
});

const adminUrl = '/api/organisation/questionnaires';
const upload = (as: SignedInPerson, body: unknown, headers?: Record<string, string>) =>
  t.request({ method: 'POST', url: adminUrl, as, body, ...(headers ? { headers } : {}) });
const offered = async (as: SignedInPerson) =>
  (await t.request({ method: 'GET', url: '/api/questionnaires', as })).json<{ questionnaires: Questionnaire[] }>()
    .questionnaires;

/** Sends `body`, expects the refusal, and checks that no questionnaire was stored anywhere. */
async function expectRefused(body: unknown, status: number, error: string, field?: string, raw = false) {
  const before = await countQuestionnaires(t);
  const res = await upload(cast.admin, body, raw ? { 'content-type': 'application/json' } : undefined);
  expect(res.statusCode, res.body).toBe(status);
  const answer = res.json<ErrorBody>();
  expect(answer.error).toBe(error);
  if (field !== undefined) expect(answer.field).toBe(field);
  expect(await countQuestionnaires(t)).toBe(before);
  return answer;
}

describe('uploading a questionnaire', () => {
  it('keeps the items and their declared weights; offered to the organisation’s participants and specialists only', async () => {
    const res = await upload(cast.admin, sampleQuestionnaire('Weekly check A'));
    expect(res.statusCode, res.body).toBe(201);
    const q = res.json<Questionnaire>();
    expect(q.items.map((i) => [i.linkId, i.type, i.required])).toEqual([
      ['nights', 'integer', true],
      ['mood', 'choice', true],
      ['group', 'boolean', false],
      ['words', 'string', false],
    ]);
    expect(q.items[1]?.options.map((o) => [o.value, o.label, o.weight])).toEqual([
      ['hard', 'Hard', 0],
      ['mixed', 'Mixed', 1],
      ['good', 'Good', 2.5],
    ]);
    expect(q.items[2]?.weight).toBe(3);
    expect((await offered(cast.participant)).map((x) => x.id)).toContain(q.id);
    expect((await offered(cast.specialist)).map((x) => x.id)).toContain(q.id);
    expect((await offered(other.participant)).map((x) => x.id)).not.toContain(q.id);
    expect((await t.request({ method: 'GET', url: '/api/questionnaires', as: cast.supervisor })).statusCode).toBe(403);
  });

  it('only an admin uploads', async () => {
    for (const who of [cast.specialist, cast.participant, cast.supervisor]) {
      const before = await countQuestionnaires(t);
      expect((await upload(who, sampleQuestionnaire())).statusCode).toBe(403);
      expect(await countQuestionnaires(t)).toBe(before);
    }
  });

  it('malformed JSON → 400 invalid_json', async () => {
    await expectRefused('{"resourceType": "Questionnaire", "item": [', 400, 'invalid_json', undefined, true);
  });

  it('an item type we do not support → 400 naming the item’s type', async () => {
    const q = sampleQuestionnaire();
    q.item.push({ linkId: 'intro', text: 'About this check', type: 'display' });
    const answer = await expectRefused(q, 400, 'validation_failed', 'item.4.type');
    expect(answer.message).toMatch(/integer, choice, boolean, string/);
  });

  it('a group of nested items → 400 naming it', async () => {
    const q = { ...sampleQuestionnaire(), item: [{ linkId: 'g', text: 'Group', type: 'group', item: [] }] };
    await expectRefused(q, 400, 'validation_failed', 'item.0.type');
  });

  it('a missing linkId → 400 naming it', async () => {
    const q = sampleQuestionnaire();
    q.item.unshift({ text: 'No id', type: 'boolean' } as (typeof q.item)[number]);
    await expectRefused(q, 400, 'validation_failed', 'item.0.linkId');
  });

  it('a linkId used twice, a choice without options → 400 naming them', async () => {
    const twice = sampleQuestionnaire();
    twice.item.push({ linkId: 'nights', text: 'Again', type: 'integer' });
    await expectRefused(twice, 400, 'validation_failed', 'item.4.linkId');
    const bare = { ...sampleQuestionnaire(), item: [{ linkId: 'c', text: 'Pick', type: 'choice' }] };
    await expectRefused(bare, 400, 'validation_failed', 'item.0.answerOption');
  });

  it('10,000 items → 400 naming item (at most 200), nothing stored', async () => {
    const item = Array.from({ length: 10_000 }, (_, i) => ({ linkId: `q${i}`, text: 'Q', type: 'boolean' }));
    const answer = await expectRefused({ ...sampleQuestionnaire(), item }, 400, 'validation_failed', 'item');
    expect(answer.message).toMatch(/200/);
  });

  it('a body over the size limit → 413 body_too_large', async () => {
    const item = [{ linkId: 'q', text: 'x'.repeat(1000), type: 'string' }];
    const body = JSON.stringify({ ...sampleQuestionnaire(), item, padding: 'y'.repeat(1_100_000) });
    await expectRefused(body, 413, 'body_too_large', undefined, true);
  });

  it('something other than a Questionnaire → 400 naming resourceType', async () => {
    await expectRefused(
      { ...sampleQuestionnaire(), resourceType: 'Patient' },
      400,
      'validation_failed',
      'resourceType',
    );
  });
});

describe('retiring a questionnaire', () => {
  it('is offered no more (the admin still lists it); another organisation’s admin gets 404', async () => {
    const q = (await upload(cast.admin, sampleQuestionnaire('To retire'))).json<Questionnaire>();
    const url = `${adminUrl}/${q.id}/retire`;
    expect((await t.request({ method: 'POST', url, as: other.admin })).statusCode).toBe(404);
    expect((await offered(cast.participant)).map((x) => x.id)).toContain(q.id);
    const res = await t.request({ method: 'POST', url, as: cast.admin });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Questionnaire>().retiredAt).not.toBeNull();
    expect((await offered(cast.participant)).map((x) => x.id)).not.toContain(q.id);
    const all = (await t.request({ method: 'GET', url: adminUrl, as: cast.admin })).json<{
      questionnaires: Questionnaire[];
    }>();
    expect(all.questionnaires.map((x) => x.id)).toContain(q.id);
  });
});
