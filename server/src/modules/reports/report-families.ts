import {
  choicePathwayBands,
  confidenceBands,
  consentKinds,
  consentStates,
  goalStatuses,
  lifeAreas,
  nudgeOutcomes,
  referralStatuses,
  reportSuggestionStatuses,
  type SelfCheckDimension,
  selfCheckChangeBands,
  sessionModes,
  supportBands,
} from '@alongside/shared';

/**
 * The report's numbers, as families of cells. A family's cells are sums of its innermost cells
 * ("leaves"), so every total, row and column of a table is one sum among others — and families
 * share no leaves, so each can be audited on its own.
 *
 * - An additive family counts things that happen once, in one month (a session, a goal set, a step
 *   done): its leaves are counted per month, and a quarter or a year is the sum of its months.
 * - The others count people or goals over a whole period (participants engaged, confidence change
 *   between a goal's first and latest rating in the period): their leaves are counted per period,
 *   and only the bounds below relate one period to another.
 */
export interface Family {
  readonly id: FamilyId;
  readonly additive: boolean;
  readonly leaves: readonly string[];
  /** Published cell name → the leaves it sums. */
  readonly cells: ReadonlyMap<string, readonly number[]>;
  /**
   * For a family counted per period: the cell that counts distinct people, for which
   * max(sub-periods) ≤ period ≤ Σ sub-periods holds (a person engaged in two months is one person
   * in the quarter).
   */
  readonly distinctCell?: string;
}

export const familyIds = [
  'sessions',
  'goals',
  'steps',
  'suggestions',
  'choices',
  'referrals',
  'consents',
  'record-disclosures',
  // Respectful-language nudges: shown, alternative taken, kept as written (counts of events, no person).
  'language-nudges',
  'engaged',
  'confidence',
  // One family per self-check dimension: a small cell in one dimension hides no other's zeros.
  'self-check-health',
  'self-check-home',
  'self-check-purpose',
  'self-check-community',
] as const;
export type FamilyId = (typeof familyIds)[number];

function family(
  id: FamilyId,
  additive: boolean,
  leaves: readonly string[],
  groups: Record<string, (leaf: string) => boolean>,
  distinctCell?: string,
): Family {
  const cells = new Map<string, number[]>();
  leaves.forEach((leaf, i) => {
    cells.set(leaf, [i]);
  });
  for (const [name, includes] of Object.entries(groups)) {
    cells.set(
      name,
      leaves.flatMap((leaf, i) => (includes(leaf) ? [i] : [])),
    );
  }
  return distinctCell === undefined ? { id, additive, leaves, cells } : { id, additive, leaves, cells, distinctCell };
}

/** A simple breakdown and its total. */
const withTotal = (id: FamilyId, additive: boolean, leaves: readonly string[], total: string) =>
  family(id, additive, leaves, { [total]: () => true });

const goalLeaves = lifeAreas.flatMap((area) =>
  goalStatuses.flatMap((status) =>
    status === 'active' ? [`${area}.active.participant`, `${area}.active.specialist`] : [`${area}.${status}`],
  ),
);
// A leaf and a group never share a name: the active leaves are split by voice, the groups are not.
const goalGroups: Record<string, (leaf: string) => boolean> = {
  total: () => true,
  'voice.participant': (leaf) => leaf.endsWith('.active.participant'),
  'voice.specialist': (leaf) => leaf.endsWith('.active.specialist'),
};
for (const area of lifeAreas) {
  goalGroups[`${area}.total`] = (leaf) => leaf.startsWith(`${area}.`);
  goalGroups[`${area}.active`] = (leaf) => leaf.startsWith(`${area}.active.`);
}
for (const status of goalStatuses) goalGroups[`total.${status}`] = (leaf) => leaf.split('.')[1] === status;

/** Consents by kind (rows) and state (columns), like goals by life area and status. */
const consentLeaves = consentKinds.flatMap((kind) => consentStates.map((state) => `${kind}.${state}`));
const consentGroups: Record<string, (leaf: string) => boolean> = { total: () => true };
for (const kind of consentKinds) consentGroups[`${kind}.total`] = (leaf) => leaf.startsWith(`${kind}.`);
for (const state of consentStates) consentGroups[`total.${state}`] = (leaf) => leaf.endsWith(`.${state}`);

export const families: Readonly<Record<FamilyId, Family>> = {
  sessions: withTotal('sessions', true, sessionModes, 'total'),
  goals: family('goals', true, goalLeaves, goalGroups),
  steps: family('steps', true, ['completed'], {}),
  suggestions: withTotal('suggestions', true, reportSuggestionStatuses, 'total'),
  choices: withTotal('choices', true, choicePathwayBands, 'total'),
  referrals: withTotal('referrals', true, referralStatuses, 'total'),
  consents: family('consents', true, consentLeaves, consentGroups),
  // Disclosures of a record under a consent (not the statistical disclosure control of this module).
  'record-disclosures': withTotal('record-disclosures', true, consentKinds, 'total'),
  // No total: "shown" counts every nudge, and a shown nudge may later be taken or kept.
  'language-nudges': family('language-nudges', true, nudgeOutcomes, {}),
  engaged: family('engaged', false, supportBands, { participants: () => true }, 'participants'),
  confidence: withTotal('confidence', false, confidenceBands, 'goals'),
  // Counted per period, like confidence: a person rated twice in the year may be rated once a quarter.
  'self-check-health': withTotal('self-check-health', false, selfCheckChangeBands, 'people'),
  'self-check-home': withTotal('self-check-home', false, selfCheckChangeBands, 'people'),
  'self-check-purpose': withTotal('self-check-purpose', false, selfCheckChangeBands, 'people'),
  'self-check-community': withTotal('self-check-community', false, selfCheckChangeBands, 'people'),
};

/** The family of a self-check dimension's change. */
export const selfCheckFamily = (d: SelfCheckDimension): FamilyId => `self-check-${d}`;

/** The band of a self-check change (latest minus first rating of a dimension in the period). */
export function selfCheckBand(change: number): (typeof selfCheckChangeBands)[number] {
  if (change === 0) return 'same';
  if (change < 0) return change >= -2 ? 'lower-1-2' : 'lower-3-plus';
  return change <= 2 ? 'higher-1-2' : 'higher-3-plus';
}

/** The band of a confidence change (latest minus first rating of a goal in the period). */
export function confidenceBand(change: number): (typeof confidenceBands)[number] {
  if (change < 0) return 'decreased';
  if (change === 0) return 'same';
  return change <= 2 ? 'up-1-2' : 'up-3-plus';
}

/** The band of how many supports a person's plan lists. */
export function supportBand(n: number): (typeof supportBands)[number] {
  if (n <= 2) return String(n) as '0' | '1' | '2';
  return n <= 4 ? '3-4' : '5-plus';
}
