import { randomUUID } from 'node:crypto';
import type {
  ConsentKind,
  ConsentState,
  GoalStatus,
  LifeArea,
  Pathway,
  ReferralStatus,
  SelfCheckDimension,
  SessionMode,
  SuggestionStatus,
  Voice,
} from '@alongside/shared';
import type { Db } from '../../../server/src/db/client.js';
import {
  checkIns,
  choiceOptions,
  choices,
  consents,
  disclosures,
  goals,
  liveSessions,
  partnerships,
  planEvents,
  referrals,
  selfChecks,
  steps,
  suggestions,
  supports,
  users,
} from '../../../server/src/db/schema/index.js';

/** What each participant of a cohort does (or one burst of a participant's activity). */
export interface CohortPlan {
  sessions?: SessionMode[];
  goals?: { lifeArea: LifeArea; status: GoalStatus; voice: Voice }[];
  stepsDone?: number;
  suggestions?: SuggestionStatus[];
  /** Pathways of each choice's options. */
  choices?: Pathway[][];
  /** Confidence ratings on the first goal, in order. */
  confidence?: number[];
  supports?: number;
  /** Referrals saved to the plan, by where they stand now. */
  referrals?: ReferralStatus[];
  /** Self-checks, in order (a minute apart), each with the dimensions rated. */
  selfChecks?: Partial<Record<SelfCheckDimension, number>>[];
  /** Consents drafted (never expired: TPO without an end, specific until the end of peer support) and disclosures under each. */
  consents?: { kind: ConsentKind; state: Exclude<ConsentState, 'expired'>; disclosures: number }[];
}

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
  perParticipant: CohortPlan;
  /** Text planted in every free-text column (canary tests). */
  text?: (i: number) => string;
}

export async function insertCohort(db: Db, spec: CohortSpec): Promise<string[]> {
  const { organisationId: org, specialistId, at } = spec;
  const p = spec.perParticipant;
  const text = spec.text ?? ((i: number) => `text ${i}`);
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
    await insertActivity(
      db,
      { organisationId: org, participantId, partnershipId: partnership.id, specialistId, at, seq: 1 },
      p,
      text(i),
    );
  }
  return ids;
}

/** Whose activity, and when: one burst of a participant's plan, written at `at`. */
export interface ActivityOwner {
  organisationId: string;
  participantId: string;
  /** Sessions and suggestions need one; a participant of no specialist has none. */
  partnershipId?: string | undefined;
  specialistId?: string | undefined;
  at: Date;
  /** The plan event's sequence number (one per burst, increasing per participant). */
  seq: number;
}

/**
 * One burst of a participant's activity, all on `at`'s day: sessions, goals (steps and confidence
 * ratings go on the first goal of the burst), suggestions, choices, supports, referrals, and one plan
 * event (what makes them engaged that month).
 */
export async function insertActivity(db: Db, who: ActivityOwner, p: CohortPlan, text: string): Promise<void> {
  const { organisationId: org, participantId, at, specialistId, partnershipId } = who;
  const day = at.toISOString().slice(0, 10);
  const owner = { organisationId: org, participantId };
  for (const mode of p.sessions ?? []) {
    // Sessions need a partnership and suggestions an author: a participant of no specialist has neither.
    if (!specialistId || !partnershipId) break;
    await db.insert(liveSessions).values({
      organisationId: org,
      partnershipId,
      specialistId,
      participantId,
      mode,
      placeLabel: text,
      startedAt: at,
      lastActivityAt: at,
      endedAt: at,
    });
  }
  const goalIds: string[] = [];
  for (const [n, g] of (p.goals ?? []).entries()) {
    const [row] = await db
      .insert(goals)
      .values({ ...owner, title: text, why: text, position: n, createdAt: at, updatedAt: at, ...g })
      .returning({ id: goals.id });
    if (row) goalIds.push(row.id);
  }
  const goalId = goalIds[0];
  for (let n = 0; n < (p.stepsDone ?? 0) && goalId; n++) {
    await db.insert(steps).values({
      ...owner,
      goalId,
      text,
      doneOn: day,
      position: n,
      voice: 'participant',
      createdAt: at,
      updatedAt: at,
    });
  }
  for (const status of p.suggestions ?? []) {
    if (!specialistId) break;
    await db.insert(suggestions).values({
      ...owner,
      authorId: specialistId,
      proposal: { kind: 'goal', title: text, lifeArea: 'health' },
      kind: 'goal',
      rationale: text,
      status,
      decisionNote: text,
      createdAt: at,
    });
  }
  for (const pathways of p.choices ?? []) {
    const [choice] = await db
      .insert(choices)
      .values({ ...owner, question: text, reasons: text, voice: 'participant', createdAt: at, updatedAt: at })
      .returning({ id: choices.id });
    if (!choice) throw new Error('no choice');
    for (const [n, pathway] of pathways.entries()) {
      await db.insert(choiceOptions).values({
        ...owner,
        choiceId: choice.id,
        label: text,
        notes: text,
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
      note: text,
      recordedTogether: false,
      recordedBy: 'participant',
      recordedByUserId: participantId,
      at: new Date(at.getTime() + n * 60_000),
    });
  }
  for (let n = 0; n < (p.supports ?? 0); n++) {
    await db.insert(supports).values({
      ...owner,
      label: text,
      kind: 'friend',
      howToReach: text,
      voice: 'participant',
      createdAt: at,
      updatedAt: at,
    });
  }
  for (const status of p.referrals ?? []) {
    await db.insert(referrals).values({ ...owner, resourceName: text, status, createdAt: at, updatedAt: at });
  }
  for (const [n, ratings] of (p.selfChecks ?? []).entries()) {
    await db.insert(selfChecks).values({
      ...owner,
      ...ratings,
      note: text,
      recordedTogether: false,
      recordedBy: 'participant',
      recordedByUserId: participantId,
      at: new Date(at.getTime() + n * 60_000),
    });
  }
  for (const c of p.consents ?? []) {
    const [consent] = await db
      .insert(consents)
      .values({
        ...owner,
        kind: c.kind,
        state: c.state,
        dataClasses: ['all'],
        recipientName: c.kind === 'tpo' ? null : text,
        purpose: text,
        expiryKind: c.kind === 'tpo' ? 'none' : 'end-of-peer-support',
        draftedBy: participantId,
        draftedAt: at,
      })
      .returning({ id: consents.id });
    if (!consent) throw new Error('no consent');
    for (let n = 0; n < c.disclosures; n++) {
      await db.insert(disclosures).values({
        ...owner,
        consentId: consent.id,
        recipientName: text,
        purpose: text,
        dataClasses: ['plan'],
        language: 'en',
        disclosedBy: specialistId ?? participantId,
        disclosedAt: at,
      });
    }
  }
  await db.insert(planEvents).values({
    ...owner,
    seq: who.seq,
    actorId: participantId,
    actorRole: 'participant',
    voice: 'participant',
    type: 'goal.create',
    command: { type: 'goal.create', title: text, lifeArea: 'health' },
    effects: [],
    resultIds: [],
    at,
  });
}
