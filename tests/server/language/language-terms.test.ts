import { zCustomTerm, zLanguageSettings } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCast, createTestApp, type SignedInPerson, type TestApp } from '../../helpers/test-app.js';

let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
let other: Awaited<ReturnType<typeof createCast>>;

beforeAll(async () => {
  t = await createTestApp();
  cast = await createCast(t);
  other = await createCast(t, 'Elsewhere Recovery');
});
afterAll(async () => {
  await t.close();
});

const base = '/api/organisation/language-terms';
const tweaker = {
  language: 'en',
  label: 'tweaker',
  variants: ['tweakers', 'tweaking'],
  alternative: 'person who uses methamphetamine',
  why: 'A slur in our community.',
};
const settingsOf = async (as: SignedInPerson) => {
  const res = await t.request({ method: 'GET', url: base, as });
  expect(res.statusCode, res.body).toBe(200);
  return zLanguageSettings.parse(res.json());
};

describe("an organisation's own language terms", () => {
  it('an admin adds, edits and removes a term; specialists read it; others may not touch it', async () => {
    const created = await t.request({ method: 'POST', url: base, as: cast.admin, body: tweaker });
    expect(created.statusCode, created.body).toBe(201);
    const term = zCustomTerm.parse(created.json());
    expect(term).toMatchObject({ ...tweaker, key: `custom:${term.id}` });

    expect((await settingsOf(cast.specialist)).custom.map((c) => c.label)).toEqual(['tweaker']);
    for (const who of [cast.specialist, cast.supervisor, cast.participant]) {
      const res = await t.request({ method: 'POST', url: base, as: who, body: tweaker });
      expect(res.statusCode).toBe(403);
      const edit = await t.request({ method: 'PATCH', url: `${base}/${term.id}`, as: who, body: tweaker });
      expect(edit.statusCode).toBe(403);
      const remove = await t.request({ method: 'DELETE', url: `${base}/${term.id}`, as: who });
      expect(remove.statusCode).toBe(403);
    }
    for (const who of [cast.supervisor, cast.participant]) {
      expect((await t.request({ method: 'GET', url: base, as: who })).statusCode).toBe(403);
    }

    const edited = await t.request({
      method: 'PATCH',
      url: `${base}/${term.id}`,
      as: cast.admin,
      body: { ...tweaker, alternative: '' },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect((await settingsOf(cast.admin)).custom[0]?.alternative).toBe('');

    expect((await t.request({ method: 'DELETE', url: `${base}/${term.id}`, as: cast.admin })).statusCode).toBe(200);
    expect((await settingsOf(cast.admin)).custom).toEqual([]);
    expect((await t.request({ method: 'DELETE', url: `${base}/${term.id}`, as: cast.admin })).statusCode).toBe(404);
  });

  it('refuses a bad term naming the field, and changes nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...tweaker, label: '' }, 'label'],
      [{ ...tweaker, label: 'x'.repeat(81) }, 'label'],
      [{ ...tweaker, language: 'fr' }, 'language'],
      [{ ...tweaker, why: '' }, 'why'],
      [{ ...tweaker, variants: Array.from({ length: 21 }, (_, i) => `form ${i}`) }, 'variants'],
      [{ ...tweaker, variants: ['ok', 'y'.repeat(81)] }, 'variants.1'],
      [{ ...tweaker, alternative: 'z'.repeat(121) }, 'alternative'],
      [{ ...tweaker, organisationId: '00000000-0000-4000-8000-000000000000' }, 'organisationId'],
    ];
    for (const [body, field] of cases) {
      const res = await t.request({ method: 'POST', url: base, as: cast.admin, body });
      expect(res.statusCode, field).toBe(400);
      expect(res.json().field).toBe(field);
    }
    expect((await settingsOf(cast.admin)).custom).toEqual([]);
  });

  it('switches a built-in term off and on again; an unknown key is not found', async () => {
    const off = await t.request({
      method: 'PATCH',
      url: `${base}/built-in/en.clean`,
      as: cast.admin,
      body: { enabled: false },
    });
    expect(off.statusCode, off.body).toBe(200);
    expect((await settingsOf(cast.specialist)).disabledBuiltIn).toEqual(['en.clean']);
    // Twice is the same as once.
    await t.request({ method: 'PATCH', url: `${base}/built-in/en.clean`, as: cast.admin, body: { enabled: false } });
    expect((await settingsOf(cast.admin)).disabledBuiltIn).toEqual(['en.clean']);
    const unknown = await t.request({
      method: 'PATCH',
      url: `${base}/built-in/en.nothing`,
      as: cast.admin,
      body: { enabled: false },
    });
    expect(unknown.statusCode).toBe(404);
    const on = await t.request({
      method: 'PATCH',
      url: `${base}/built-in/en.clean`,
      as: cast.admin,
      body: { enabled: true },
    });
    expect(zLanguageSettings.parse(on.json()).disabledBuiltIn).toEqual([]);
  });

  it('keeps tenants apart: another organisation neither sees nor changes our terms', async () => {
    const created = zCustomTerm.parse(
      (await t.request({ method: 'POST', url: base, as: cast.admin, body: tweaker })).json(),
    );
    await t.request({ method: 'PATCH', url: `${base}/built-in/es.limpio`, as: cast.admin, body: { enabled: false } });
    expect(await settingsOf(other.specialist)).toEqual({ custom: [], disabledBuiltIn: [] });
    expect(await settingsOf(other.admin)).toEqual({ custom: [], disabledBuiltIn: [] });
    const edit = await t.request({ method: 'PATCH', url: `${base}/${created.id}`, as: other.admin, body: tweaker });
    expect(edit.statusCode).toBe(404);
    const remove = await t.request({ method: 'DELETE', url: `${base}/${created.id}`, as: other.admin });
    expect(remove.statusCode).toBe(404);
    expect((await settingsOf(cast.admin)).custom.map((c) => c.id)).toEqual([created.id]);
    // A nudge naming another organisation's term is refused.
    const nudge = await t.request({
      method: 'POST',
      url: '/api/language-nudges',
      as: other.specialist,
      body: { events: [{ termKey: created.key, outcome: 'shown' }] },
    });
    expect(nudge.statusCode).toBe(400);
    expect(nudge.json().field).toBe('events.0.termKey');
    // Our own specialist may name it.
    const ours = await t.request({
      method: 'POST',
      url: '/api/language-nudges',
      as: cast.specialist,
      body: {
        events: [
          { termKey: 'en.addict', outcome: 'shown' },
          { termKey: created.key, outcome: 'kept' },
        ],
      },
    });
    expect(ours.statusCode, ours.body).toBe(201);
  });

  it('records nudge outcomes as counts only: no text, no person, no staff id', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/language-nudges',
      as: cast.specialist,
      body: {
        events: [
          { termKey: 'en.clean', outcome: 'shown' },
          { termKey: 'en.clean', outcome: 'replaced' },
          { termKey: 'es.debe', outcome: 'kept' },
        ],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ recorded: 3 });
    const { rows } = (await t.testDb.database.db.execute(
      "select * from language_nudge_events where term_key in ('en.clean', 'es.debe') order by term_key, outcome",
    )) as unknown as { rows: Record<string, unknown>[] };
    expect(rows.map((r) => Object.keys(r).sort())[0]).toEqual(
      ['at', 'id', 'organisation_id', 'outcome', 'record_key', 'staff_role', 'term_key'].sort(),
    );
    expect(rows.map((r) => [r.term_key, r.outcome, r.staff_role])).toEqual([
      ['en.clean', 'replaced', 'specialist'],
      ['en.clean', 'shown', 'specialist'],
      ['es.debe', 'kept', 'specialist'],
    ]);
    const text = await t.request({
      method: 'POST',
      url: '/api/language-nudges',
      as: cast.specialist,
      body: { events: [{ termKey: 'en.clean', outcome: 'shown', text: 'she needs to stay clean' }] },
    });
    expect(text.statusCode).toBe(400);
    const bad = await t.request({
      method: 'POST',
      url: '/api/language-nudges',
      as: cast.specialist,
      body: { events: [{ termKey: 'en.clean', outcome: 'ignored' }] },
    });
    expect(bad.json().field).toBe('events.0.outcome');
    const tooMany = await t.request({
      method: 'POST',
      url: '/api/language-nudges',
      as: cast.specialist,
      body: { events: Array.from({ length: 51 }, () => ({ termKey: 'en.clean', outcome: 'shown' })) },
    });
    expect(tooMany.json().field).toBe('events');
  });

  it('bounds how many nudges an organisation records in a minute', async () => {
    const batch = { events: Array.from({ length: 50 }, () => ({ termKey: 'en.must', outcome: 'shown' })) };
    const statuses: number[] = [];
    for (let i = 0; i < 13; i++) {
      statuses.push(
        (await t.request({ method: 'POST', url: '/api/language-nudges', as: other.specialist, body: batch }))
          .statusCode,
      );
    }
    expect(statuses.slice(0, 12).every((s) => s === 201)).toBe(true);
    expect(statuses[12]).toBe(429);
    // Tenants apart: another organisation still records.
    const ours = await t.request({ method: 'POST', url: '/api/language-nudges', as: cast.specialist, body: batch });
    expect(ours.statusCode).toBe(201);
    t.clock.advance(61_000);
    const later = await t.request({ method: 'POST', url: '/api/language-nudges', as: other.specialist, body: batch });
    expect(later.statusCode).toBe(201);
  });
});
