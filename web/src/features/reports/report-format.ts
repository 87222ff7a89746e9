import type { ReportCount, ReportDisclosure, ReportShare, ReportSummary } from '@alongside/shared';
import { html, type TemplateResult } from 'lit';
import { currentLanguage } from '../../i18n/i18n.js';
import { tr } from '../../i18n/reports-i18n.js';
import '../../ui/al-notice.js';

/** One row of a bar chart table. */
export interface BarRow {
  label: string;
  value: ReportCount;
  /** A total row: shown in bold, and not drawn as a bar. */
  total?: boolean;
}

/**
 * A published count in words: the number as published, or "hidden". A hidden count is not
 * necessarily a small one (the server also hides larger counts that would give a small one
 * away), so it is never called "fewer than" anything.
 */
export function count(value: ReportCount): string {
  return typeof value === 'number' ? value.toLocaleString(currentLanguage()) : tr('value.hidden');
}

export function share(value: ReportShare): string {
  return typeof value === 'number' ? tr('value.percent', { value }) : tr('value.hidden');
}

/** The band the middle person's self-check change falls in, or "hidden". */
export function selfCheckMedian(value: ReportSummary['selfCheckChange'][number]['medianBand']): string {
  return typeof value === 'string' ? tr(`scband.${value}`) : tr('value.hidden');
}

/** The band the middle goal's confidence change falls in, or "hidden". */
export function medianBand(value: ReportSummary['confidenceChange']['medianBand']): string {
  return typeof value === 'string' ? tr(`band.${value}`) : tr('value.hidden');
}

/** How the numbers were protected, in plain words: shown with every report and every trend. */
export function disclosureNotice(disclosure: ReportDisclosure): TemplateResult {
  return html`<al-notice tone="info" class="privacy"><p>${tr('privacy', disclosure)}</p></al-notice>`;
}

/** What a report covers, for its heading: the whole organisation, or one specialist by name. */
export function scopeLabel(specialistName: string | undefined): string {
  return specialistName ? tr('scope.specialist', { name: specialistName }) : tr('scope.organisation');
}
