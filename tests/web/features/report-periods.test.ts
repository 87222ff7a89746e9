import { parseReportPeriod, type ReportPeriod } from '@alongside/shared';
import { describe, expect, it } from 'vitest';
import {
  defaultPeriod,
  partChoices,
  partLabel,
  partOf,
  periodLabel,
  pickPeriod,
  todayUtc,
  yearChoices,
} from '../../../web/src/features/reports/report-periods.js';

/**
 * What the supervisor's period picker offers and how it names periods: the quarter we are in
 * first, this year back to five years ago, only periods that have begun, and the period in words
 * in English and Spanish.
 */
const today = '2026-08-14';
const period = (id: string): ReportPeriod => {
  const p = parseReportPeriod(id);
  if (!p) throw new Error(`not a period: ${id}`);
  return p;
};

describe('the report period picker', () => {
  it('opens on the quarter we are in, by the server’s (UTC) calendar', () => {
    expect(defaultPeriod(today).id).toBe('2026-Q3');
    expect(defaultPeriod('2026-01-01').id).toBe('2026-Q1');
    expect(defaultPeriod('2026-12-31').id).toBe('2026-Q4');
    // Late on 31 December in New York it is already 1 January in UTC: the server's year.
    expect(todayUtc(new Date('2027-01-01T02:00:00Z'))).toBe('2027-01-01');
  });

  it('offers this year back to five years ago, newest first', () => {
    expect(yearChoices(today)).toEqual([2026, 2025, 2024, 2023, 2022, 2021]);
  });

  it('offers only the quarters and months that have begun this year, and all of an earlier year', () => {
    expect(partChoices('quarter', 2026, today).map((p) => p.id)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3']);
    expect(partChoices('month', 2026, today).map((p) => p.id)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
    ]);
    expect(partChoices('quarter', 2025, today)).toHaveLength(4);
    expect(partChoices('month', 2021, today)).toHaveLength(12);
  });

  it('names the period the fields describe', () => {
    expect(pickPeriod('quarter', 2025, 2, today).id).toBe('2025-Q2');
    expect(pickPeriod('month', 2024, 11, today).id).toBe('2024-11');
    expect(pickPeriod('year', 2023, undefined, today).id).toBe('2023');
    expect(pickPeriod('year', 2023, 3, today).id).toBe('2023');
  });

  it('moves a choice that has not begun, or is out of reach, onto the nearest one that can be shown', () => {
    // December of last year, then the year switched to this one: December has not come yet.
    expect(pickPeriod('month', 2026, 12, today).id).toBe('2026-08');
    expect(pickPeriod('quarter', 2026, 4, today).id).toBe('2026-Q3');
    // No quarter chosen yet (switching from a whole year): the latest that has begun.
    expect(pickPeriod('quarter', 2026, undefined, today).id).toBe('2026-Q3');
    expect(pickPeriod('quarter', 2025, undefined, today).id).toBe('2025-Q4');
    expect(pickPeriod('year', 2019, undefined, today).id).toBe('2021');
    expect(pickPeriod('year', 2031, undefined, today).id).toBe('2026');
  });

  it('knows which quarter or month a period is', () => {
    expect(partOf(period('2026-Q3'))).toBe(3);
    expect(partOf(period('2026-07'))).toBe(7);
    expect(partOf(period('2026'))).toBeUndefined();
  });

  it('says a period in words, in English', () => {
    expect(periodLabel(period('2026-07'), 'en')).toBe('July 2026');
    expect(periodLabel(period('2026-Q3'), 'en')).toBe('Q3 2026 (July–September)');
    expect(periodLabel(period('2026-Q1'), 'en')).toBe('Q1 2026 (January–March)');
    expect(periodLabel(period('2026'), 'en')).toBe('2026');
    expect(partLabel(period('2026-Q4'), 'en')).toBe('Q4 (October–December)');
    expect(partLabel(period('2026-02'), 'en')).toBe('February');
  });

  it('says a period in words, in Spanish', () => {
    // Inside a sentence (“Informe de julio de 2026”) a Spanish month stays lower case; alone it starts with a capital.
    expect(periodLabel(period('2026-07'), 'es')).toBe('julio de 2026');
    expect(periodLabel(period('2026-Q3'), 'es')).toBe('T3 2026 (julio–septiembre)');
    expect(periodLabel(period('2026'), 'es')).toBe('2026');
    expect(partLabel(period('2026-Q2'), 'es')).toBe('T2 (abril–junio)');
    expect(partLabel(period('2026-02'), 'es')).toBe('Febrero');
  });
});
