import { randomUUID } from 'node:crypto';
import type { GoalStatus, LifeArea, Pathway, SessionMode, SuggestionStatus, Voice } from '@alongside/shared';
import type { Db } from '../../../server/src/db/client.js';
import {
  checkIns,
  choiceOptions,
  choices,
  goals,
  liveSessions,
  partnerships,
  planEvents,
  steps,
  suggestions,
  supports,
  users,
} from '../../../server/src/db/schema/index.js';

/**
 * A known cohort written straight into the tables (a report needs more people than the API can
 * make quickly). Every participant gets the same plan, so expected totals are simple products.
 */
export interface CohortSpec {
  organisationId: string;
  specialistId: string;
  participants: number;
  /** When everything happens. */
  at: Date;
  perParticipant: {
    sessions?: SessionMode[];
    goals?: { lifeArea: LifeArea; status: GoalStatus; voice: Voice }[];
    stepsDone?: number;
    suggestions?: SuggestionStatus[];
    /** Pathways of each choice's options. */
    choices?: Pathway[][];
    /** Confidence ratings on the first goal, in order. */
    confidence?: number[];
    supports?: number;
  };
  /** Text planted in every free-text column (canary tests). */
  text?: (i: number) => string;
}

export async function insertCohort(db: Db, spec: CohortSpec): Promise<string[]> {
  const { organisationId: org, specialistId, at } = spec;
  const p = spec.perParticipant;
  const text = spec.text ?? ((i: number) => `text ${i}`);
  const day = at.toISOString().slice(0, 10);
  const ids: string[] = [];
  for (let i = 0; i < spec.participants; i++) {
    const participantId = randomUUID();
    ids.push(participantId);
    await db.insert(users).values({
      id: participantId,
      organisationId: org,
      email: `cohort-${participantId}@example.org`,
      name: text(i),
      role: 'participant',
      passwordHash: 'x',
    });
    const [partnership] = await db
      .insert(partnerships)
      .values({ organisationId: org, specialistId, participantId, startedAt: at })
      .returning({ id: partnerships.id });
    if (!partnership) throw new Error('no partnership');
    const owner = { organisationId: org, participantId };
    for (const mode of p.sessions ?? []) {
      await db.insert(liveSessions).values({
        organisationId: org,
        partnershipId: partnership.id,
        specialistId,
        participantId,
        mode,
        placeLabel: text(i),
        startedAt: at,
        lastActivityAt: at,
        endedAt: at,
      });
    }
    const goalIds: string[] = [];
    for (const [n, g] of (p.goals ?? []).entries()) {
      const [row] = await db
        .insert(goals)
        .values({ ...owner, title: text(i), why: text(i), position: n, createdAt: at, updatedAt: at, ...g })
        .returning({ id: goals.id });
      if (row) goalIds.push(row.id);
    }
    const goalId = goalIds[0];
    for (let n = 0; n < (p.stepsDone ?? 0) && goalId; n++) {
      await db.insert(steps).values({
        ...owner,
        goalId,
        text: text(i),
        doneOn: day,
        position: n,
        voice: 'participant',
        createdAt: at,
        updatedAt: at,
      });
    }
    for (const status of p.suggestions ?? []) {
      await db.insert(suggestions).values({
        ...owner,
        authorId: specialistId,
        proposal: { kind: 'goal', title: text(i), lifeArea: 'health' },
        kind: 'goal',
        rationale: text(i),
        status,
        decisionNote: text(i),
        createdAt: at,
      });
    }
    for (const pathways of p.choices ?? []) {
      const [choice] = await db
        .insert(choices)
        .values({ ...owner, question: text(i), reasons: text(i), voice: 'participant', createdAt: at, updatedAt: at })
        .returning({ id: choices.id });
      if (!choice) throw new Error('no choice');
      for (const [n, pathway] of pathways.entries()) {
        await db.insert(choiceOptions).values({
          ...owner,
          choiceId: choice.id,
          label: text(i),
          notes: text(i),
          pathway,
          raisedBy: 'participant',
          position: n,
        });
      }
    }
    for (const [n, confidence] of (p.confidence ?? []).entries()) {
      await db.insert(checkIns).values({
        ...owner,
        goalId: goalId ?? null,
        confidence,
        note: text(i),
        recordedTogether: false,
        recordedBy: 'participant',
        recordedByUserId: participantId,
        at: new Date(at.getTime() + n * 60_000),
      });
    }
    for (let n = 0; n < (p.supports ?? 0); n++) {
      await db.insert(supports).values({
        ...owner,
        label: text(i),
        kind: 'friend',
        howToReach: text(i),
        voice: 'participant',
        createdAt: at,
        updatedAt: at,
      });
    }
    await db.insert(planEvents).values({
      ...owner,
      seq: 1,
      actorId: participantId,
      actorRole: 'participant',
      voice: 'participant',
      type: 'goal.create',
      command: { type: 'goal.create', title: text(i), lifeArea: 'health' },
      effects: [],
      resultIds: [],
      at,
    });
  }
  return ids;
}
