import type { ReportCount } from '@alongside/shared';
import { expect } from 'vitest';

export const hiddenCell = { suppressed: true };

/**
 * What the report may show for a true count: 0 as 0 (or hidden, in a report with a hidden cell);
 * 1..threshold−1 hidden; anything else within 2 of the truth and never below the threshold — or
 * hidden, beside a small cell.
 */
export function expectPublished(value: ReportCount, truth: number, label: string, threshold = 11): void {
  if (truth === 0) {
    if (typeof value === 'number') expect(value, label).toBe(0);
    return;
  }
  if (truth < threshold) {
    expect(value, label).toEqual(hiddenCell);
    return;
  }
  if (typeof value !== 'number') return;
  expect(value, label).toBeGreaterThanOrEqual(threshold);
  expect(Math.abs(value - truth), `${label}: ${value} for ${truth}`).toBeLessThanOrEqual(2);
}
