import {
  goalStatuses,
  lifeAreas,
  type PlanCommandType,
  pathways,
  planCommandTypes,
  type SuggestionProposal,
  supportKinds,
  wellnessSections,
} from '@alongside/shared';
import fc from 'fast-check';

/** Who sends a generated command. */
export const propertyActors = ['participant', 'partner', 'unpartnered', 'supervisor'] as const;
export type PropertyActor = (typeof propertyActors)[number];

/**
 * One generated move: who acts, what kind of command, and the random choices that turn it into a
 * concrete command against the plan as it is at that moment (see `commandFor`).
 */
export interface Move {
  actor: PropertyActor;
  type: PlanCommandType;
  /** Indexes into the plan's current items (taken modulo their count). */
  pick: number;
  pick2: number;
  /** Use an id that names nothing instead of a real one. */
  strayId: boolean;
  /** A second coin: edits when accepting, stale versions, options on a new choice, … */
  flag: boolean;
  text: string;
  rating: number;
  lifeArea: (typeof lifeAreas)[number];
  status: (typeof goalStatuses)[number];
  pathway: (typeof pathways)[number];
  supportKind: (typeof supportKinds)[number];
  proposalKind: SuggestionProposal['kind'];
  section: (typeof wellnessSections)[number];
}

const anyType = fc.constantFrom(...planCommandTypes);
const participantTypes = planCommandTypes.filter(
  (type) => !type.startsWith('suggestion.') || type === 'suggestion.accept' || type === 'suggestion.decline',
);

/**
 * Any actor may send any command, but each draws more often what they would really do — the
 * participant builds and decides, the specialist suggests — so that plans grow rich enough for
 * suggestions to be accepted, edited, declined and withdrawn.
 */
function typeFor(actor: PropertyActor): fc.Arbitrary<PlanCommandType> {
  switch (actor) {
    case 'participant':
      return fc.oneof(
        { weight: 1, arbitrary: anyType },
        { weight: 3, arbitrary: fc.constantFrom(...participantTypes) },
        {
          weight: 3,
          arbitrary: fc.constantFrom<PlanCommandType>(
            'goal.create',
            'goal.set-status',
            'step.create',
            'choice.create',
            'support.create',
            'suggestion.accept',
            'suggestion.accept',
            'suggestion.decline',
          ),
        },
      );
    case 'partner':
      return fc.oneof(
        { weight: 2, arbitrary: anyType },
        { weight: 3, arbitrary: fc.constant<PlanCommandType>('suggestion.create') },
        { weight: 1, arbitrary: fc.constant<PlanCommandType>('suggestion.withdraw') },
      );
    default:
      return anyType;
  }
}

const words = [
  'Walk',
  'Sleep early',
  'Call Mum',
  'Cook',
  'Meeting on Tuesday',
  'Read',
  '  Garden  ',
  'Rest',
  'Job fair',
];

const actorArbitrary = fc.oneof(
  { weight: 5, arbitrary: fc.constant<PropertyActor>('participant') },
  { weight: 4, arbitrary: fc.constant<PropertyActor>('partner') },
  { weight: 1, arbitrary: fc.constant<PropertyActor>('unpartnered') },
  { weight: 1, arbitrary: fc.constant<PropertyActor>('supervisor') },
);

export const moveArbitrary: fc.Arbitrary<Move> = actorArbitrary.chain((actor) =>
  fc.record({
    actor: fc.constant(actor),
    type: typeFor(actor),
    pick: fc.nat({ max: 50 }),
    pick2: fc.nat({ max: 50 }),
    strayId: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
    flag: fc.boolean(),
    text: fc.constantFrom(...words),
    rating: fc.integer({ min: 0, max: 10 }),
    lifeArea: fc.constantFrom(...lifeAreas),
    status: fc.constantFrom(...goalStatuses),
    pathway: fc.constantFrom(...pathways),
    supportKind: fc.constantFrom(...supportKinds),
    proposalKind: fc.constantFrom<SuggestionProposal['kind']>(
      'goal',
      'step',
      'goal-rewording',
      'step-rewording',
      'option',
      'support',
      'wellness-item',
    ),
    section: fc.constantFrom(...wellnessSections),
  }),
);

export { commandFor } from './plan-move-commands.js';
