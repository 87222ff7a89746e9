import type {
  Choice,
  ChoiceOption,
  Goal,
  LiveSession,
  Me,
  PlanEvent,
  PlanSnapshot,
  Role,
  Step,
  Suggestion,
} from '@alongside/shared';
import { emptyPlan } from '../helpers/plan-model.js';

/** Valid plan data (it passes the shared schemas the live socket checks every message with). */

let counter = 0;
/** A fresh UUID-shaped id, readable in a failure (`…0001`, `…0002`). */
export function id(): string {
  counter += 1;
  return `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
}

const at = '2026-12-01T10:00:00.000Z';
export const participantId = '10000000-0000-4000-8000-000000000001';
export const specialistId = '10000000-0000-4000-8000-000000000002';

/** A plan item's text as the person first wrote it. */
const newText = { voice: 'participant', fromSuggestionId: null, version: 1, createdAt: at, updatedAt: at } as const;

export function me(role: Role, overrides: Partial<Me> = {}): Me {
  return {
    id: role === 'participant' ? participantId : specialistId,
    name: role === 'participant' ? 'Pat Participant' : 'Sam Specialist',
    email: `${role}@riverside.example`,
    role,
    language: 'en',
    organisation: { id: '20000000-0000-4000-8000-000000000001', name: 'Riverside' },
    ...overrides,
  };
}

export function goal(overrides: Partial<Goal> = {}): Goal {
  return {
    id: id(),
    title: 'Walk to the library on Saturdays',
    why: null,
    lifeArea: 'community',
    status: 'active',
    targetDate: null,
    position: 0,
    ...newText,
    whyVoice: overrides.voice ?? newText.voice,
    ...overrides,
  };
}

export function step(goalId: string, overrides: Partial<Step> = {}): Step {
  return {
    id: id(),
    goalId,
    text: 'Check the opening hours',
    doneOn: null,
    position: 0,
    ...newText,
    ...overrides,
  };
}

export function suggestion(proposal: Suggestion['proposal'], overrides: Partial<Suggestion> = {}): Suggestion {
  return {
    id: id(),
    proposal,
    rationale: null,
    author: { id: specialistId, name: 'Sam Specialist' },
    status: 'pending',
    resourceName: null,
    decisionNote: null,
    decidedAt: null,
    resultId: null,
    createdAt: at,
    ...overrides,
  };
}

/** An option the person raised, in their own words, unless `overrides` say otherwise. */
export function option(label: string, overrides: Partial<ChoiceOption> = {}): ChoiceOption {
  return {
    id: id(),
    label,
    notes: null,
    pathway: 'peer-community',
    raisedBy: 'participant',
    voice: 'participant',
    notesVoice: 'participant',
    fromSuggestionId: null,
    ...overrides,
  };
}

/** A choice the person opened, not decided yet. */
export function choice(question: string, options: ChoiceOption[], overrides: Partial<Choice> = {}): Choice {
  return {
    id: id(),
    question,
    goalId: null,
    options,
    chosenOptionId: null,
    reasons: null,
    decidedOn: null,
    disagreesWithSpecialist: false,
    disagreementNote: null,
    pastDecisions: [],
    voice: 'participant',
    version: 1,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

export function plan(overrides: Partial<PlanSnapshot> = {}): PlanSnapshot {
  return { ...emptyPlan({ id: participantId, name: 'Pat Participant' }), ...overrides };
}

/** An event that brings `effects` into the plan at `seq`. */
export function event(seq: number, command: PlanEvent['command'], effects: PlanEvent['effects']): PlanEvent {
  return {
    seq,
    at,
    actor: { id: participantId, name: 'Pat Participant', role: 'participant' },
    voice: 'participant',
    command,
    effects,
    liveSessionId: null,
    atOneScreen: false,
  };
}

export function session(overrides: Partial<LiveSession> = {}): LiveSession {
  return {
    id: id(),
    specialist: { id: specialistId, name: 'Sam Specialist' },
    participant: { id: participantId, name: 'Pat Participant' },
    mode: 'in-person',
    placeLabel: null,
    startedAt: at,
    endedAt: null,
    endReason: null,
    participantJoinedAt: null,
    joinMethod: null,
    eventSeqs: [],
    hasNote: false,
    ...overrides,
  };
}
