import {
  choicePathwayBands,
  confidenceBands,
  consentKinds,
  consentStates,
  goalStatuses,
  lifeAreas,
  nudgeOutcomes,
  type ReportCount,
  type ReportSummary,
  type ReportTrendPoint,
  referralStatuses,
  reportSuggestionStatuses,
  selfCheckChangeBands,
  selfCheckDimensions,
  sessionModes,
  supportBands,
} from '@alongside/shared';
import { hidden, isHidden, type Published } from './disclosure.js';
import { maxAdjustment } from './perturbation.js';
import type { PublishedYear } from './published-years.js';
import { type FamilyId, selfCheckFamily } from './report-families.js';
import { cellId } from './report-universe.js';

/** Reads published cells of one period and scope out of a published year. */
export function reader(published: PublishedYear, period: number, scope: number) {
  return (family: FamilyId, name: string): ReportCount => {
    const i = published.universe.blocks.get(family)?.index.get(cellId(period, scope, name));
    const value = i === undefined ? undefined : published.values.get(family)?.[i];
    if (value === undefined) throw new Error(`report cell missing: ${family}.${name}`);
    return value;
  };
}

/** A whole percentage from two published counts; hidden when either is, or there is nothing to divide. */
export function publishShare(numerator: Published, denominator: Published): Published {
  if (isHidden(numerator) || isHidden(denominator) || denominator === 0) return hidden;
  return Math.min(100, Math.round((100 * numerator) / denominator));
}

/**
 * The band the middle one (goal, person) falls in, from the published band counts in band order;
 * hidden if any of them is, or there is no one.
 */
export function medianBand<B extends string>(bands: readonly B[], counts: readonly Published[]): B | typeof hidden {
  if (counts.some(isHidden)) return hidden;
  const values = counts as number[];
  const n = values.reduce((a, b) => a + b, 0);
  if (n === 0) return hidden;
  let seen = 0;
  for (const [i, v] of values.entries()) {
    seen += v;
    if (seen >= (n + 1) / 2) return bands[i] ?? hidden;
  }
  return hidden;
}

export const disclosureOf = (published: PublishedYear) => ({ threshold: published.threshold, maxAdjustment });

type Read = ReturnType<typeof reader>;
const byKeys = <K extends string>(read: Read, family: FamilyId, keys: readonly K[], prefix = '') =>
  Object.fromEntries(keys.map((k) => [k, read(family, `${prefix}${k}`)])) as Record<K, ReportCount>;

/** The report's numbers (an allow-list: only these leave the server). */
export function summaryBody(
  read: Read,
  scope: number,
): Omit<ReportSummary, 'period' | 'scope' | 'disclosure' | 'generatedAt'> {
  const confidence = byKeys(read, 'confidence', confidenceBands);
  return {
    sessions: { byMode: byKeys(read, 'sessions', sessionModes), total: read('sessions', 'total') },
    participantsEngaged: read('engaged', 'participants'),
    goals: {
      rows: lifeAreas.map((a) => ({
        lifeArea: a,
        byStatus: byKeys(read, 'goals', goalStatuses, `${a}.`),
        total: read('goals', `${a}.total`),
      })),
      totalsByStatus: byKeys(read, 'goals', goalStatuses, 'total.'),
      total: read('goals', 'total'),
    },
    stepsCompleted: read('steps', 'completed'),
    partnership: {
      activeGoalsByVoice: {
        participant: read('goals', 'voice.participant'),
        specialist: read('goals', 'voice.specialist'),
        total: read('goals', 'total.active'),
      },
      activeGoalsOwnVoiceShare: publishShare(read('goals', 'voice.participant'), read('goals', 'total.active')),
      suggestions: {
        byStatus: byKeys(read, 'suggestions', reportSuggestionStatuses),
        total: read('suggestions', 'total'),
      },
      choices: { byPathways: byKeys(read, 'choices', choicePathwayBands), total: read('choices', 'total') },
      choicesMoreThanOnePathwayShare: publishShare(read('choices', 'more-than-one'), read('choices', 'total')),
    },
    confidenceChange: {
      byBand: confidence,
      goals: read('confidence', 'goals'),
      medianBand: medianBand(
        confidenceBands,
        confidenceBands.map((b) => confidence[b]),
      ),
    },
    selfCheckChange: selfCheckDimensions.map((dimension) => {
      const byBand = byKeys(read, selfCheckFamily(dimension), selfCheckChangeBands);
      return {
        dimension,
        byBand,
        people: read(selfCheckFamily(dimension), 'people'),
        medianBand: medianBand(
          selfCheckChangeBands,
          selfCheckChangeBands.map((b) => byBand[b]),
        ),
      };
    }),
    referrals: {
      byStatus: byKeys(read, 'referrals', referralStatuses),
      made: read('referrals', 'total'),
      connectedShare: publishShare(read('referrals', 'connected'), read('referrals', 'total')),
    },
    supportsPerParticipant: {
      byBand: byKeys(read, 'engaged', supportBands),
      participants: read('engaged', 'participants'),
    },
    consents: {
      rows: consentKinds.map((kind) => ({
        kind,
        byState: byKeys(read, 'consents', consentStates, `${kind}.`),
        total: read('consents', `${kind}.total`),
      })),
      totalsByState: byKeys(read, 'consents', consentStates, 'total.'),
      total: read('consents', 'total'),
    },
    recordDisclosures: {
      byConsentKind: byKeys(read, 'record-disclosures', consentKinds),
      total: read('record-disclosures', 'total'),
    },
    // Nudge events are counted under no specialist: a specialist's report has none to show.
    languageNudges: scope === 0 ? byKeys(read, 'language-nudges', nudgeOutcomes) : null,
  };
}

/** A trend point: the same published cells its own period's summary shows. */
export function trendCounts(read: Read): Omit<ReportTrendPoint, 'period'> {
  return {
    sessions: read('sessions', 'total'),
    participantsEngaged: read('engaged', 'participants'),
    goalsSet: read('goals', 'total'),
    stepsCompleted: read('steps', 'completed'),
    suggestionsMade: read('suggestions', 'total'),
    referralsMade: read('referrals', 'total'),
  };
}
