import {
  type AccessLogEntry,
  type AccessLogPage,
  type Consent,
  type Disclosure,
  type LiveSession,
  type RecordExport,
  type SessionNote,
  zRecordExport,
} from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compose } from '../../../server/src/compose.js';
import { readHistory, readPlan, run } from '../../helpers/plan-api.js';
import { createRealisticRecord, recordUrl } from '../../helpers/record-fixtures.js';
import { createCast, createTestApp, type SignedInPerson, type TestApp } from '../../helpers/test-app.js';

let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;

beforeAll(async () => {
  t = await createTestApp();
  cast = await createCast(t);
  await createRealisticRecord(t, cast.participant, cast.specialist);
  // Past one page of history and of the access log (200 each), so the download is written page by page.
  for (let i = 0; i < 210; i += 1) {
    await run(t, cast.participant, cast.participant.me.id, { type: 'check-in.record', wellbeing: i % 11 });
  }
}, 120_000);
afterAll(async () => {
  await t.close();
});

async function get<T>(url: string, as: SignedInPerson): Promise<T> {
  const res = await t.request({ method: 'GET', url, as });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<T>();
}

/** The person's whole access log through its own API, newest first, page by page. */
async function wholeAccessLog(as: SignedInPerson): Promise<AccessLogEntry[]> {
  const entries: AccessLogEntry[] = [];
  let before = '';
  for (;;) {
    const page = await get<AccessLogPage>(`/api/access-log?limit=200${before}`, as);
    entries.push(...page.entries);
    if (page.nextBefore === null) return entries;
    before = `&before=${page.nextBefore}`;
  }
}

describe('the JSON export (my whole record)', () => {
  it('is a download: JSON, with a dated file name', async () => {
    const pid = cast.participant.me.id;
    const res = await t.request({ method: 'GET', url: recordUrl(pid, 'export.json'), as: cast.participant });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    const day = t.clock.now().toISOString().slice(0, 10);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="alongside-record-${day}.json"`);

    const fhir = await t.request({ method: 'GET', url: recordUrl(pid, 'export.fhir.json'), as: cast.participant });
    expect(fhir.headers['content-type']).toBe('application/fhir+json; charset=utf-8');
    expect(fhir.headers['content-disposition']).toBe(`attachment; filename="alongside-record-${day}.fhir.json"`);
  });

  it('parses with the shared schema and holds exactly what the API’s own reads return', async () => {
    const me = cast.participant;
    const pid = me.me.id;
    const res = await t.request({ method: 'GET', url: recordUrl(pid, 'export.json'), as: me });
    const exported: RecordExport = zRecordExport.parse(JSON.parse(res.body));
    // Read straight after: the access-log read is not itself logged, so both see the same rows.
    const log = await wholeAccessLog(me);
    expect(exported.accessLog).toEqual(log);
    expect(exported.accessLog.length).toBeGreaterThan(200);
    expect(exported.accessLog[0]).toMatchObject({ action: 'record.export.json', outcome: 'allowed' });

    expect(exported.schemaVersion).toBe(1);
    expect(exported.participant).toEqual({ id: pid, name: me.me.name, organisation: me.me.organisation });
    expect(exported.dataClasses).toEqual(['plan', 'check-ins', 'session-notes', 'referrals', 'wellness-plan']);
    expect(exported.plan).toEqual(await readPlan(t, me, pid));
    const history = await readHistory(t, me, pid, 500);
    expect(history.length).toBeGreaterThan(200);
    expect(exported.history).toEqual(history);
    expect(exported.notes).toEqual((await get<{ notes: SessionNote[] }>(`/api/participants/${pid}/notes`, me)).notes);
    expect(exported.notes[0]?.amendments).toHaveLength(1);
    expect(exported.notes[0]?.participantView).toBe('Mornings are hard, walks help');
    // Consents and disclosures exactly as the consents API answers them (same states, same order).
    const consents = await get<{ consents: Consent[] }>(`/api/participants/${pid}/consents`, me);
    expect(exported.consents).toEqual(consents.consents);
    expect(exported.consents.map((c) => [c.kind, c.state]).sort()).toEqual([
      ['specific', 'draft'],
      ['specific', 'revoked'],
      ['tpo', 'active'],
    ]);
    expect(exported.consents.find((c) => c.state === 'revoked')).toMatchObject({
      recipient: { name: 'Dr Rosa Díaz', organisation: 'Riverside Clinic' },
      revocationStatement: 'I changed my mind',
      draftedBy: { id: cast.specialist.me.id, name: cast.specialist.me.name, role: 'specialist' },
    });
    const disclosures = await get<{ disclosures: Disclosure[] }>(`/api/participants/${pid}/disclosures`, me);
    expect(exported.disclosures).toEqual(disclosures.disclosures);
    const tpo = exported.consents.find((c) => c.kind === 'tpo');
    expect(exported.disclosures).toEqual([
      expect.objectContaining({ consentId: tpo?.id, recipient: { name: 'Riverside Clinic' } }),
    ]);
    const sessions = await get<{ sessions: LiveSession[] }>(`/api/live-sessions?participantId=${pid}`, me);
    expect(exported.liveSessions).toEqual(sessions.sessions);
  });

  it('is written in pieces: the history and the access log a page at a time', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: recordUrl(cast.participant.me.id, 'export.json'),
      headers: { cookie: `alongside_session=${cast.participant.cookie}` },
      payloadAsStream: true,
    });
    const chunks: string[] = [];
    for await (const chunk of res.stream()) chunks.push(String(chunk));
    expect(chunks.length).toBeGreaterThan(6);
    // No piece is the whole document: the largest is a fraction of it.
    const total = chunks.reduce((n, c) => n + c.length, 0);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(total / 2);
    expect(zRecordExport.safeParse(JSON.parse(chunks.join(''))).success).toBe(true);
  });

  it('limited to data classes (what a disclosure builds on), holds only those: no access log, no consents', async () => {
    const composed = compose({ config: t.config, database: t.testDb.database, clock: t.clock, log: t.app.log });
    const scope = { organisationId: cast.participant.me.organisation.id, participantId: cast.participant.me.id };
    let text = '';
    for await (const chunk of await composed.recordExport.json(scope, { dataClasses: ['check-ins'] })) text += chunk;
    const limited = zRecordExport.parse(JSON.parse(text));
    expect(limited.dataClasses).toEqual(['check-ins']);
    expect(limited.plan.checkIns.length).toBeGreaterThan(200);
    expect([limited.plan.goals, limited.plan.steps, limited.plan.suggestions, limited.plan.referrals]).toEqual([
      [],
      [],
      [],
      [],
    ]);
    expect(new Set(limited.history.map((e) => e.command.type))).toEqual(
      new Set(['check-in.record', 'self-check.record', 'questionnaire.answer']),
    );
    expect([limited.plan.selfChecks.length, limited.plan.questionnaireResponses.length]).toEqual([2, 1]);
    expect([limited.notes, limited.liveSessions, limited.accessLog, limited.consents]).toEqual([[], [], [], []]);
  });

  it('the wellness plan is a class of its own: a plan-only export holds none of its words', async () => {
    const composed = compose({ config: t.config, database: t.testDb.database, clock: t.clock, log: t.app.log });
    const scope = { organisationId: cast.participant.me.organisation.id, participantId: cast.participant.me.id };
    const read = async (dataClasses: ('plan' | 'wellness-plan')[]) => {
      let text = '';
      for await (const chunk of await composed.recordExport.json(scope, { dataClasses })) text += chunk;
      return { text, record: zRecordExport.parse(JSON.parse(text)) };
    };
    const planOnly = await read(['plan']);
    expect(planOnly.record.plan.goals.length).toBeGreaterThan(0);
    expect(planOnly.record.plan.wellnessItems).toEqual([]);
    expect(planOnly.text).not.toContain('Payday weekends');
    const wellnessOnly = await read(['wellness-plan']);
    expect(wellnessOnly.record.plan.wellnessItems.map((i) => i.text)).toContain('Payday weekends');
    expect(wellnessOnly.record.plan.goals).toEqual([]);
    expect(new Set(wellnessOnly.record.history.map((e) => e.command.type))).toEqual(new Set(['wellness.create']));
  });
});
