import {
  goalStatuses,
  lifeAreas,
  quarterPeriod,
  type ReportSummary,
  type ReportSummaryQuery,
  type ReportTrend,
} from '@alongside/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../../web/src/features/reports/al-report-picker.js';
import '../../../web/src/features/reports/al-report-summary.js';
import '../../../web/src/features/reports/al-report-trend.js';
import { button, choose, find, mount, press, record, settle } from '../dom.js';
import { id } from '../fixtures.js';

/**
 * The supervisor's report parts: the picker asks for a calendar period (never a range of days),
 * the summary says how the numbers were protected and never calls a hidden count small, and the
 * trend is a table a screen reader can walk, by quarter or by month.
 */
afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

const hidden = { suppressed: true } as const;
const disclosure = { threshold: 11, maxAdjustment: 2 };
const view = (p: { id: string; kind: 'month' | 'quarter' | 'year'; from: string; to: string }) => ({
  id: p.id,
  kind: p.kind,
  from: p.from,
  to: p.to,
});
const statuses = (value: number) => Object.fromEntries(goalStatuses.map((s) => [s, value])) as Record<string, number>;

function summary(): ReportSummary {
  return {
    period: view(quarterPeriod(2026, 3)),
    scope: 'organisation',
    disclosure,
    generatedAt: '2026-08-14T10:00:00.000Z',
    sessions: { byMode: { 'in-person': 24, phone: hidden, video: 0, community: hidden }, total: 37 },
    participantsEngaged: 41,
    goals: {
      rows: lifeAreas.map((lifeArea) => ({
        lifeArea,
        byStatus: statuses(0),
        total: 0,
      })) as ReportSummary['goals']['rows'],
      totalsByStatus: statuses(0) as ReportSummary['goals']['totalsByStatus'],
      total: 0,
    },
    stepsCompleted: hidden,
    partnership: {
      activeGoalsByVoice: { participant: 0, specialist: 0, total: 0 },
      activeGoalsOwnVoiceShare: hidden,
      suggestions: { byStatus: { pending: 0, accepted: 12, edited: 0, declined: 0, withdrawn: 0 }, total: 12 },
      choices: { byPathways: { 'one-or-none': 0, 'more-than-one': 0 }, total: 0 },
      choicesMoreThanOnePathwayShare: hidden,
    },
    confidenceChange: {
      byBand: { decreased: 0, same: 0, 'up-1-2': 13, 'up-3-plus': 0 },
      goals: 13,
      medianBand: 'up-1-2',
    },
    selfCheckChange: [],
    referrals: {
      byStatus: { chosen: 0, contacted: 0, connected: 0, 'not-connected': 0 },
      made: 0,
      connectedShare: hidden,
    },
    supportsPerParticipant: { byBand: { '0': 41, '1': 0, '2': 0, '3-4': 0, '5-plus': 0 }, participants: 41 },
    consents: {
      rows: (['tpo', 'specific'] as const).map((kind) => ({ kind, byState: noConsents(), total: 0 })),
      totalsByState: noConsents(),
      total: 0,
    },
    recordDisclosures: { byConsentKind: { tpo: 0, specific: 0 }, total: 0 },
    languageNudges: { shown: 30, replaced: hidden, kept: 0 },
  };
}

const text = (element: Element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const rowText = (root: ParentNode, label: string) => {
  const row = [...root.querySelectorAll('tr')].find((r) => text(r.querySelector('th') ?? r).startsWith(label));
  if (!row) throw new Error(`no row ${label}`);
  return [...row.querySelectorAll('th, td')].map(text).filter(Boolean).join(' ');
};

describe('the report period picker', () => {
  it('asks for the quarter shown, then for a month of another year, then for one specialist', async () => {
    const picker = document.createElement('al-report-picker');
    picker.period = quarterPeriod(2026, 3);
    picker.today = '2026-08-14';
    const sam = { id: id(), name: 'Sam Specialist' };
    picker.specialists = [sam];
    await mount(picker);
    const asked = record<CustomEvent<ReportSummaryQuery>>(picker, 'al-report-query');

    await press(button(picker, 'Show report'));
    // Switching to months keeps the time of year (Q3 → July); the year then moves to 2025.
    await choose(find(picker, 'al-select[name="kind"]'), 'month');
    await settle(picker, ...picker.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('al-select'));
    expect(find<HTMLElement & { label: string; value: string }>(picker, 'al-select[name="part"]').label).toBe('Month');
    await choose(find(picker, 'al-select[name="year"]'), '2025');
    await press(button(picker, 'Show report'));
    await choose(find(picker, 'al-select[name="specialistId"]'), sam.id);
    await choose(find(picker, 'al-select[name="kind"]'), 'year');
    await settle(picker);
    expect(picker.querySelector('al-select[name="part"]')).toBeNull();
    await press(button(picker, 'Show report'));

    expect(asked.map((e) => e.detail)).toEqual([
      { period: '2026-Q3' },
      { period: '2025-07' },
      { period: '2025', specialistId: sam.id },
    ]);
  });

  it('offers only the months of this year that have begun', async () => {
    const picker = document.createElement('al-report-picker');
    picker.period = quarterPeriod(2026, 1);
    picker.today = '2026-02-10';
    await mount(picker);
    await choose(find(picker, 'al-select[name="kind"]'), 'month');
    await settle(picker);
    const part = find<HTMLElement & { options: { label: string }[] }>(picker, 'al-select[name="part"]');
    expect(part.options.map((o) => o.label)).toEqual(['January', 'February']);
  });
});

describe('the report summary', () => {
  it('shows consents by state and kind and the records shared, a hidden count as hidden', async () => {
    const element = document.createElement('al-report-summary');
    const base = summary();
    element.summary = {
      ...base,
      consents: {
        ...base.consents,
        totalsByState: { ...base.consents.totalsByState, active: 14, revoked: hidden },
        total: 17,
      },
      recordDisclosures: { byConsentKind: { tpo: 12, specific: hidden }, total: 15 },
    };
    element.query = { period: '2026-Q3' };
    await mount(element);
    const section = find(element, 'section[aria-labelledby="consents-title"]');
    expect(text(section)).toContain('Consents to share records');
    expect(rowText(section, 'Active')).toBe('Active 14');
    expect(rowText(section, 'Revoked')).toBe('Revoked hidden');
    expect(rowText(find(section, '#sharing-table'), 'To a named recipient')).toBe('To a named recipient hidden');
    expect(rowText(find(section, '#sharing-table'), 'All records shared')).toBe('All records shared 15');
  });

  it('says in its heading that a narrowed report covers one specialist, by name', async () => {
    const element = document.createElement('al-report-summary');
    element.summary = { ...summary(), scope: 'specialist' };
    element.query = { period: '2026-Q3', specialistId: '00000000-0000-4000-8000-000000000001' };
    element.specialistName = 'Sam Rivera';
    await mount(element);
    expect(text(element)).toContain('Report for Q3 2026 (July–September) · one specialist: Sam Rivera');
    expect(text(element)).not.toContain('whole organisation');
  });

  it('names the period in words, says how numbers are protected, and reads hidden counts as hidden', async () => {
    const element = document.createElement('al-report-summary');
    element.summary = summary();
    element.query = { period: '2026-Q3' };
    await mount(element);
    const all = text(element);
    expect(all).toContain('Report for Q3 2026 (July–September) · whole organisation');
    expect(all).toContain(
      'To protect privacy, numbers are slightly adjusted (by at most 2) and counts below 11 are never shown.',
    );
    expect(rowText(element, 'By phone')).toBe('By phone hidden');
    expect(rowText(element, 'In person')).toBe('In person 24');
    expect(all).not.toMatch(/fewer than|about/);
    expect(all).toContain('Where the middle goal’s change falls: Up 1 or 2 points');
    expect(find<HTMLAnchorElement>(element, 'a[download]').getAttribute('href')).toBe(
      '/api/reports/summary.csv?period=2026-Q3',
    );
  });
});

describe('the report trend', () => {
  const point = (p: ReturnType<typeof quarterPeriod>, sessions: number | typeof hidden) => ({
    period: view(p),
    sessions,
    participantsEngaged: 0,
    goalsSet: 0,
    stepsCompleted: hidden,
    suggestionsMade: 0,
    referralsMade: 0,
  });
  const trend = (by: 'quarter' | 'month'): ReportTrend => ({
    year: 2026,
    by,
    scope: 'specialist',
    disclosure,
    generatedAt: '2026-08-14T10:00:00.000Z',
    points:
      by === 'quarter'
        ? [1, 2, 3, 4].map((q) => point(quarterPeriod(2026, q), q === 3 ? 14 : hidden))
        : [point({ ...quarterPeriod(2026, 3), id: '2026-07', kind: 'month', to: '2026-07-31' }, 12)],
  });

  it("shows the year by quarter as a table with headers; the organisation's by month when asked", async () => {
    const fetch = vi.fn(async (url: URL) =>
      Response.json(trend(url.searchParams.get('by') === 'month' ? 'month' : 'quarter')),
    );
    vi.stubGlobal('fetch', fetch);
    const element = document.createElement('al-report-trend');
    element.year = 2026;
    element.specialistId = '30000000-0000-4000-8000-000000000001';
    await mount(element);
    await settle(element);

    const table = find<HTMLTableElement>(element, 'table');
    expect(text(find(table, 'caption'))).toBe('Main numbers for 2026, by quarter');
    expect([...table.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).toEqual(Array(7).fill('col'));
    expect(table.querySelectorAll('tbody th[scope="row"]')).toHaveLength(4);
    expect(rowText(table, 'Q3')).toBe('Q3 (July–September) 14 0 0 hidden 0 0');
    expect(rowText(table, 'Q1')).toMatch(/^Q1 \(January–March\) hidden/);
    expect(text(element)).toContain('counts below 11 are never shown');
    const [first] = fetch.mock.calls[0] as unknown as [URL];
    expect(Object.fromEntries(first.searchParams)).toEqual({
      year: '2026',
      by: 'quarter',
      specialistId: '30000000-0000-4000-8000-000000000001',
    });

    // One specialist's trend is by quarter only; the organisation's can go by month.
    expect(element.querySelector('input[value="month"]')).toBeNull();
    element.specialistId = undefined;
    await settle(element);
    const month = find<HTMLInputElement>(element, 'input[value="month"]');
    month.checked = true;
    month.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(element);
    expect(text(find(element, 'caption'))).toBe('Main numbers for 2026, by month');
    expect(rowText(element, 'July')).toBe('July 12 0 0 hidden 0 0');
    const [last] = fetch.mock.calls.at(-1) as unknown as [URL];
    expect(Object.fromEntries(last.searchParams)).toEqual({ year: '2026', by: 'month' });
  });
});

function noConsents() {
  return { draft: 0, active: 0, revoked: 0, expired: 0, superseded: 0, discarded: 0 };
}
