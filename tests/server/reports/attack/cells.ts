import {
  choicePathwayBands,
  confidenceBands,
  consentKinds,
  consentStates,
  goalStatuses,
  lifeAreas,
  nudgeOutcomes,
  periodsOfYear,
  type ReportCount,
  type ReportPeriod,
  type ReportSummary,
  type ReportTrendPoint,
  referralStatuses,
  reportSuggestionStatuses,
  selfCheckChangeBands,
  sessionModes,
  supportBands,
} from '@alongside/shared';

/**
 * The grain an attacker can name. Each family of cells is its own linear program, because the
 * contract relates no cell of one family to a cell of another. A variable is the unknown true count
 * of one innermost cell, for one unit (a specialist, or "no specialist"), and one month (families
 * that add up over time) or one period (distinct people and per-period bands, which do not).
 */
export const families = [
  'sessions',
  'goals',
  'steps',
  'suggestions',
  'choices',
  'referrals',
  'consents',
  'record-disclosures',
  'language-nudges',
  'engaged',
  'confidence',
  'self-check-health',
  'self-check-home',
  'self-check-purpose',
  'self-check-community',
] as const;
export type Family = (typeof families)[number];

/** Goals are split by voice only where the report splits them: active goals. */
const goalColumns = ['active:participant', 'active:specialist', 'on-hold', 'achieved', 'set-aside'] as const;
export const goalCells = lifeAreas.flatMap((area) => goalColumns.map((c) => `${area}|${c}`));

/** Consents are split by kind and state, like goals by life area and status. */
export const consentCells = consentKinds.flatMap((kind) => consentStates.map((state) => `${kind}|${state}`));

export const innerCells: Record<Family, readonly string[]> = {
  sessions: sessionModes,
  goals: goalCells,
  steps: ['done'],
  suggestions: reportSuggestionStatuses,
  choices: choicePathwayBands,
  referrals: referralStatuses,
  consents: consentCells,
  'record-disclosures': consentKinds,
  'language-nudges': nudgeOutcomes,
  engaged: supportBands,
  confidence: confidenceBands,
  'self-check-health': selfCheckChangeBands,
  'self-check-home': selfCheckChangeBands,
  'self-check-purpose': selfCheckChangeBands,
  'self-check-community': selfCheckChangeBands,
};

/** Families whose counts add up month by month; the others are counted per period. */
export const additive = (f: Family) => f !== 'engaged' && f !== 'confidence' && !f.startsWith('self-check-');

/** Who a report is about: the organisation, or one specialist. */
export const organisation = 'organisation';
/** The unit of people and items counted under no specialist (the organisation's remainder). */
export const noSpecialist = 'no-specialist';

export interface Space {
  year: number;
  /** Specialist ids, then `noSpecialist`. */
  units: string[];
  periods: ReportPeriod[];
}

export function spaceOf(year: number, specialistIds: readonly string[]): Space {
  return { year, units: [...specialistIds, noSpecialist], periods: periodsOfYear(year) };
}

/** How many time slots a family has: 12 months, or the 17 periods of the year. */
const slots = (space: Space, f: Family) => (additive(f) ? 12 : space.periods.length);
export const varCount = (space: Space, f: Family) => slots(space, f) * space.units.length * innerCells[f].length;

/** The index of one variable: time slot (month 1–12 or period index), unit index, inner cell index. */
export function varIndex(space: Space, f: Family, slot: number, unit: number, inner: number): number {
  const s = additive(f) ? slot - 1 : slot;
  return (s * space.units.length + unit) * innerCells[f].length + inner;
}

/** One published number, as read from one answer. */
export interface Reading {
  family: Family;
  period: ReportPeriod;
  /** `organisation` or a specialist id. */
  scope: string;
  /** Inner cell indices the number covers. */
  inner: number[];
  value: ReportCount;
  threshold: number;
  maxAdjustment: number;
  /**
   * The least a hidden count can be: 0 for the server's reports (a report with a hidden cell hides
   * its zeros too); 1 for tables where zeros are always shown (the attacks, by hand).
   */
  hiddenAtLeast?: 0 | 1;
  /** Where it was read, for messages: `2025-Q1 organisation sessions.total (trend)`. */
  label: string;
}

/** The same cell read anywhere gets the same key: family, period, scope, inner cells. */
export const cellKey = (r: Pick<Reading, 'family' | 'period' | 'scope' | 'inner'>) =>
  `${r.family}|${r.period.id}|${r.scope}|${r.inner.join(',')}`;

/** The variables a reading's number is the sum of. */
export function varsOf(space: Space, r: Pick<Reading, 'family' | 'period' | 'scope' | 'inner'>): number[] {
  const units = r.scope === organisation ? space.units.map((_, i) => i) : [space.units.indexOf(r.scope)];
  if (units[0] === -1) throw new Error(`unknown scope ${r.scope}`);
  const times = additive(r.family) ? [...r.period.months] : [space.periods.findIndex((p) => p.id === r.period.id)];
  const out: number[] = [];
  for (const slot of times)
    for (const u of units) for (const i of r.inner) out.push(varIndex(space, r.family, slot, u, i));
  return out;
}

const all = (f: Family) => innerCells[f].map((_, i) => i);
const only = (f: Family, names: readonly string[]) => names.map((n) => innerCells[f].indexOf(n));
const goalsWhere = (keep: (area: string, column: string) => boolean) =>
  goalCells.flatMap((c, i) => (keep(c.split('|')[0] ?? '', c.split('|')[1] ?? '') ? [i] : []));
const statusOf = (column: string) => column.split(':')[0];

type Cell = [Family, number[], ReportCount, string];

/** Every count of one summary, with the innermost cells it covers. Shares and the median add nothing. */
export function summaryCells(s: ReportSummary): Cell[] {
  const cells: Cell[] = [];
  const add = (f: Family, inner: number[], v: ReportCount, label: string) => cells.push([f, inner, v, label]);
  for (const m of sessionModes) add('sessions', only('sessions', [m]), s.sessions.byMode[m], `sessions.${m}`);
  add('sessions', all('sessions'), s.sessions.total, 'sessions.total');
  add('engaged', all('engaged'), s.participantsEngaged, 'participantsEngaged');
  for (const row of s.goals.rows) {
    for (const st of goalStatuses) {
      const inner = goalsWhere((a, c) => a === row.lifeArea && statusOf(c) === st);
      add('goals', inner, row.byStatus[st], `goals.${row.lifeArea}.${st}`);
    }
    add(
      'goals',
      goalsWhere((a) => a === row.lifeArea),
      row.total,
      `goals.${row.lifeArea}.total`,
    );
  }
  for (const st of goalStatuses) {
    add(
      'goals',
      goalsWhere((_, c) => statusOf(c) === st),
      s.goals.totalsByStatus[st],
      `goals.total.${st}`,
    );
  }
  add('goals', all('goals'), s.goals.total, 'goals.total');
  const voice = s.partnership.activeGoalsByVoice;
  add(
    'goals',
    goalsWhere((_, c) => c === 'active:participant'),
    voice.participant,
    'activeGoalsByVoice.participant',
  );
  add(
    'goals',
    goalsWhere((_, c) => c === 'active:specialist'),
    voice.specialist,
    'activeGoalsByVoice.specialist',
  );
  add(
    'goals',
    goalsWhere((_, c) => statusOf(c) === 'active'),
    voice.total,
    'activeGoalsByVoice.total',
  );
  add('steps', [0], s.stepsCompleted, 'stepsCompleted');
  const sg = s.partnership.suggestions;
  for (const st of reportSuggestionStatuses)
    add('suggestions', only('suggestions', [st]), sg.byStatus[st], `suggestions.${st}`);
  add('suggestions', all('suggestions'), sg.total, 'suggestions.total');
  const ch = s.partnership.choices;
  for (const b of choicePathwayBands) add('choices', only('choices', [b]), ch.byPathways[b], `choices.${b}`);
  add('choices', all('choices'), ch.total, 'choices.total');
  const cc = s.confidenceChange;
  for (const b of confidenceBands) add('confidence', only('confidence', [b]), cc.byBand[b], `confidence.${b}`);
  add('confidence', all('confidence'), cc.goals, 'confidence.goals');
  for (const d of s.selfCheckChange) {
    const f: Family = `self-check-${d.dimension}`;
    for (const b of selfCheckChangeBands) add(f, only(f, [b]), d.byBand[b], `${f}.${b}`);
    add(f, all(f), d.people, `${f}.people`);
  }
  for (const st of referralStatuses)
    add('referrals', only('referrals', [st]), s.referrals.byStatus[st], `referrals.${st}`);
  add('referrals', all('referrals'), s.referrals.made, 'referrals.made');
  const consentsWhere = (keep: (kind: string, state: string) => boolean) =>
    consentCells.flatMap((c, i) => (keep(c.split('|')[0] ?? '', c.split('|')[1] ?? '') ? [i] : []));
  for (const row of s.consents.rows) {
    for (const st of consentStates) {
      const inner = consentsWhere((k, c) => k === row.kind && c === st);
      add('consents', inner, row.byState[st], `consents.${row.kind}.${st}`);
    }
    add(
      'consents',
      consentsWhere((k) => k === row.kind),
      row.total,
      `consents.${row.kind}.total`,
    );
  }
  for (const st of consentStates) {
    add(
      'consents',
      consentsWhere((_, c) => c === st),
      s.consents.totalsByState[st],
      `consents.total.${st}`,
    );
  }
  add('consents', all('consents'), s.consents.total, 'consents.total');
  const rd = s.recordDisclosures;
  for (const k of consentKinds)
    add('record-disclosures', only('record-disclosures', [k]), rd.byConsentKind[k], `recordDisclosures.${k}`);
  add('record-disclosures', all('record-disclosures'), rd.total, 'recordDisclosures.total');
  // The organisation's report only: a specialist's has null (nudge events name no one).
  if (s.languageNudges)
    for (const k of nudgeOutcomes)
      add('language-nudges', only('language-nudges', [k]), s.languageNudges[k], `languageNudges.${k}`);
  const sp = s.supportsPerParticipant;
  for (const b of supportBands) add('engaged', only('engaged', [b]), sp.byBand[b], `supports.${b}`);
  add('engaged', all('engaged'), sp.participants, 'supports.participants');
  return cells;
}

/** A trend point's headline counts: the same cells as its period's summary. */
export function trendCells(p: ReportTrendPoint): Cell[] {
  return [
    ['sessions', all('sessions'), p.sessions, 'sessions.total'],
    ['engaged', all('engaged'), p.participantsEngaged, 'participantsEngaged'],
    ['goals', all('goals'), p.goalsSet, 'goals.total'],
    ['steps', [0], p.stepsCompleted, 'stepsCompleted'],
    ['suggestions', all('suggestions'), p.suggestionsMade, 'suggestions.total'],
    ['referrals', all('referrals'), p.referralsMade, 'referrals.made'],
  ];
}
