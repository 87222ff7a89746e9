import type { ReportCount, ReportMedian, ReportShare } from '@alongside/shared';
import { currentLanguage, formatDate } from '../../i18n/i18n.js';
import { tr } from '../../i18n/reports-i18n.js';

/** A calendar date shown in the interface language (noon UTC, so no time zone moves the day). */
export const formatDay = (value: string) => formatDate(`${value}T12:00:00Z`);

/** One row of a bar chart table. */
export interface BarRow {
  label: string;
  value: ReportCount;
  /** A total row: shown in bold, and not drawn as a bar. */
  total?: boolean;
}

/** A published count in words: 0, "about 20", or "fewer than 11". */
export function count(value: ReportCount, threshold: number): string {
  if (typeof value !== 'number') return tr('value.fewer', { threshold });
  if (value === 0) return '0';
  return tr('value.about', { value: value.toLocaleString(currentLanguage()) });
}

export function share(value: ReportShare): string {
  return typeof value === 'number' ? tr('value.percent', { value }) : tr('value.hidden');
}

export function median(value: ReportMedian): string {
  if (typeof value !== 'number') return tr('value.hidden');
  const text = value.toLocaleString(currentLanguage(), { maximumFractionDigits: 1 });
  return value > 0 ? `+${text}` : text;
}
