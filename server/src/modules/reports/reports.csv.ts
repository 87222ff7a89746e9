import type { ReportSummary } from '@alongside/shared';

type Value =
  | ReportSummary['participantsEngaged']
  | ReportSummary['confidenceChange']['medianBand']
  | ReportSummary['selfCheckChange'][number]['medianBand'];

/** One line per published number: measure, breakdown, value — the same numbers as the JSON. */
export interface SummaryLine {
  measure: string;
  breakdown: string;
  value: Value;
  /** A count, or a share or band computed from counts. */
  kind: 'count' | 'other';
}

export function summaryLines(summary: ReportSummary): SummaryLine[] {
  const lines: SummaryLine[] = [];
  const push = (measure: string, breakdown: string, value: Value, kind: SummaryLine['kind'] = 'count') =>
    lines.push({ measure, breakdown, value, kind });
  const each = (measure: string, values: Record<string, Value>) => {
    for (const [k, v] of Object.entries(values)) push(measure, k, v);
  };
  each('sessions', summary.sessions.byMode);
  push('sessions', 'total', summary.sessions.total);
  push('participants engaged', 'total', summary.participantsEngaged);
  for (const row of summary.goals.rows) {
    for (const [status, v] of Object.entries(row.byStatus)) push('goals', `${row.lifeArea} / ${status}`, v);
    push('goals', `${row.lifeArea} / total`, row.total);
  }
  for (const [status, v] of Object.entries(summary.goals.totalsByStatus)) push('goals', `total / ${status}`, v);
  push('goals', 'total / total', summary.goals.total);
  push('steps completed', 'total', summary.stepsCompleted);
  const p = summary.partnership;
  each('active goals by voice', p.activeGoalsByVoice);
  push('active goals in own voice (%)', 'share', p.activeGoalsOwnVoiceShare, 'other');
  each('suggestions', p.suggestions.byStatus);
  push('suggestions', 'total', p.suggestions.total);
  each('choices by pathways considered', p.choices.byPathways);
  push('choices by pathways considered', 'total', p.choices.total);
  push('choices with more than one pathway (%)', 'share', p.choicesMoreThanOnePathwayShare, 'other');
  each('confidence change per goal', summary.confidenceChange.byBand);
  push('confidence change per goal', 'goals', summary.confidenceChange.goals);
  push('confidence change per goal', 'median band', summary.confidenceChange.medianBand, 'other');
  for (const d of summary.selfCheckChange) {
    const measure = `self-check change: ${d.dimension}`;
    each(measure, d.byBand);
    push(measure, 'people', d.people);
    push(measure, 'median band', d.medianBand, 'other');
  }
  each('referrals', summary.referrals.byStatus);
  push('referrals', 'made', summary.referrals.made);
  push('referrals connected (%)', 'share', summary.referrals.connectedShare, 'other');
  each('supports per participant', summary.supportsPerParticipant.byBand);
  push('supports per participant', 'participants', summary.supportsPerParticipant.participants);
  for (const row of summary.consents.rows) {
    for (const [state, v] of Object.entries(row.byState)) push('consents', `${row.kind} / ${state}`, v);
    push('consents', `${row.kind} / total`, row.total);
  }
  for (const [state, v] of Object.entries(summary.consents.totalsByState)) push('consents', `total / ${state}`, v);
  push('consents', 'total / total', summary.consents.total);
  each('record disclosures', summary.recordDisclosures.byConsentKind);
  push('record disclosures', 'total', summary.recordDisclosures.total);
  if (summary.languageNudges) each('respectful-language nudges', summary.languageNudges);
  return lines;
}

/**
 * RFC 4180 CSV of exactly the numbers shown. A hidden value is written `hidden`: not `<N`, as a
 * count at or above the threshold may be hidden too, to protect a small one beside it.
 */
export function summaryCsv(summary: ReportSummary): string {
  const { threshold, maxAdjustment } = summary.disclosure;
  const header = [
    `# Alongside report ${summary.period.id}, ${summary.period.from} to ${summary.period.to} (${summary.scope}); to protect privacy counts 1-${threshold - 1} are hidden (and some others beside them) and every shown count is adjusted by at most ${maxAdjustment}`,
    'measure,breakdown,value',
  ];
  const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  const body = summaryLines(summary).map(
    ({ measure, breakdown, value }) =>
      `${quote(measure)},${quote(breakdown)},${typeof value !== 'object' ? value : 'hidden'}`,
  );
  return `${[...header, ...body].join('\r\n')}\r\n`;
}
