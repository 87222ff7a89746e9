import { type ReportSummary, zReportSummary } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { languageNudgeEvents } from '../../../server/src/db/schema/index.js';
import { createCast, createTestApp, type SignedInPerson, type TestApp } from '../../helpers/test-app.js';
import { TestClock } from '../../helpers/test-clock.js';
import { expectPublished, hiddenCell } from '../reports/published.js';

let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
let other: Awaited<ReturnType<typeof createCast>>;

/** Nudges as the browser posts them, in batches. */
async function post(as: SignedInPerson, outcome: 'shown' | 'replaced' | 'kept', n: number, termKey = 'en.clean') {
  const res = await t.request({
    method: 'POST',
    url: '/api/language-nudges',
    as,
    body: { events: Array.from({ length: n }, () => ({ termKey, outcome })) },
  });
  expect(res.statusCode, res.body).toBe(201);
}
const summary = async (as: SignedInPerson, query: string): Promise<ReportSummary> => {
  const res = await t.request({ method: 'GET', url: `/api/reports/summary?${query}`, as });
  expect(res.statusCode, res.body).toBe(200);
  return zReportSummary.parse(res.json());
};

/** June (through the API): 30 shown, 20 alternatives taken, 4 kept (a small cell). May: 3 shown. */
beforeAll(async () => {
  t = await createTestApp({ clock: new TestClock(Date.parse('2026-06-15T15:00:00Z')) });
  cast = await createCast(t);
  other = await createCast(t, 'Elsewhere Recovery');
  await post(cast.specialist, 'shown', 30);
  await post(cast.specialist, 'replaced', 20, 'es.limpio');
  await post(cast.specialist, 'kept', 4, 'en.must');
  await post(other.specialist, 'shown', 40);
  await t.testDb.database.db.insert(languageNudgeEvents).values(
    [7, 80, 200].map((recordKey) => ({
      organisationId: cast.admin.me.organisation.id,
      staffRole: 'specialist' as const,
      termKey: 'en.addict',
      outcome: 'shown' as const,
      recordKey,
      at: new Date('2026-05-04T10:00:00Z'),
    })),
  );
});
afterAll(async () => {
  await t.close();
});

describe("respectful-language nudges in the supervisors' report", () => {
  it('counts shown, taken and kept, hiding the small cell (and its zeros beside it)', async () => {
    const june = (await summary(cast.supervisor, 'period=2026-06')).languageNudges;
    if (!june) throw new Error('the organisation report has the nudges');
    expectPublished(june.shown, 30, 'shown');
    expectPublished(june.replaced, 20, 'replaced');
    expect(june.kept).toEqual(hiddenCell);
    // May's 3 is a small count: hidden, never shown as 3.
    const may = (await summary(cast.supervisor, 'period=2026-05')).languageNudges;
    expect(may?.shown).toEqual(hiddenCell);
    // The quarter holds 33 shown: shown near 33 or hidden, and the kept cell stays hidden.
    const q2 = (await summary(cast.supervisor, 'period=2026-Q2')).languageNudges;
    expectPublished(q2?.shown ?? { suppressed: true as const }, 33, 'Q2 shown');
    expect(q2?.kept).toEqual(hiddenCell);
    // May's 3 cannot be worked out from the quarter and June together: either is hidden, or each
    // shown count is only within 2 of the truth, which leaves May at least five possible values.
    if (typeof q2?.shown === 'number' && typeof june.shown === 'number') {
      const low = Math.max(0, q2.shown - 2 - (june.shown + 2));
      const high = q2.shown + 2 - Math.max(11, june.shown - 2);
      expect(high - low + 1).toBeGreaterThanOrEqual(5);
    }
  });

  it("keeps organisations apart, and a specialist's report has none (events name no one)", async () => {
    const theirs = (await summary(other.supervisor, 'period=2026-06')).languageNudges;
    expectPublished(theirs?.shown ?? { suppressed: true as const }, 40, 'their shown');
    expect(theirs?.replaced).toBe(0);
    expect(theirs?.kept).toBe(0);
    const one = await summary(cast.supervisor, `period=2026-Q2&specialistId=${cast.specialist.me.id}`);
    expect(one.languageNudges).toBeNull();
  });

  it('writes the same numbers in the CSV', async () => {
    const res = await t.request({ method: 'GET', url: '/api/reports/summary.csv?period=2026-06', as: cast.supervisor });
    expect(res.statusCode, res.body).toBe(200);
    const june = (await summary(cast.supervisor, 'period=2026-06')).languageNudges;
    expect(res.body).toContain(`respectful-language nudges,kept,hidden`);
    expect(res.body).toContain(`respectful-language nudges,shown,${String(june?.shown)}`);
  });
});
