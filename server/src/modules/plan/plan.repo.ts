import { and, asc, eq, gt, inArray, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { insertReturning } from '../../db/insert-returning.js';
import {
  checkIns,
  choiceOptions,
  choices,
  goals,
  planEvents,
  planHeads,
  questionnaireResponses,
  questionnaires,
  referrals,
  resources,
  selfChecks,
  steps,
  suggestions,
  supports,
  users,
  wellnessItems,
  wellnessReviews,
} from '../../db/schema/index.js';

/** Whose plan: every query below filters by both, inside the query. */
export interface PlanScope {
  readonly organisationId: string;
  readonly participantId: string;
}

type PlanTable =
  | typeof goals
  | typeof steps
  | typeof suggestions
  | typeof choices
  | typeof choiceOptions
  | typeof checkIns
  | typeof supports
  | typeof referrals
  | typeof wellnessItems
  | typeof selfChecks
  | typeof questionnaireResponses;

/** The same five operations for every plan table, always inside the participant's scope. */
function scopedTable<T extends PlanTable>(db: DbOrTx, table: T, scope: PlanScope) {
  type Select = T['$inferSelect'];
  type Insert = T['$inferInsert'];
  const owned = (...more: (SQL | undefined)[]) =>
    and(eq(table.organisationId, scope.organisationId), eq(table.participantId, scope.participantId), ...more);
  // drizzle cannot narrow a union of tables; the casts restore the row type of the one passed in.
  const t = table as typeof goals;
  return {
    async find(id: string): Promise<Select | undefined> {
      const rows = await db
        .select()
        .from(t)
        .where(owned(eq(table.id, id)))
        .limit(1);
      return rows[0] as Select | undefined;
    },
    async list(where?: SQL): Promise<Select[]> {
      return (await db.select().from(t).where(owned(where))) as Select[];
    },
    async insert(values: Omit<Insert, 'organisationId' | 'participantId'>): Promise<Select> {
      // Nothing a handler does depends on the database's answer to a plain insert.
      const [row] = await insertReturning(db, t, { ...values, ...scope }, { writeBehind: true });
      if (!row) throw new Error('insert returned no row');
      return row as Select;
    },
    async update(id: string, patch: Partial<Insert>): Promise<Select> {
      const rows = await db
        .update(t)
        .set(patch as Partial<typeof goals.$inferInsert>)
        .where(owned(eq(table.id, id)))
        .returning();
      const row = rows[0];
      if (!row) throw new Error('update found no row in scope');
      return row as Select;
    },
    async remove(ids: string[]): Promise<void> {
      if (ids.length > 0) await db.delete(t).where(owned(inArray(table.id, ids)));
    },
  };
}

export function createPlanRepo(db: DbOrTx, scope: PlanScope) {
  // Made on first use: a command touches one or two of the eight, and a repo is made per command.
  const lazy = <T extends PlanTable>(table: T) => {
    let made: ReturnType<typeof scopedTable<T>> | undefined;
    return () => {
      made ??= scopedTable(db, table, scope);
      return made;
    };
  };
  const tables = {
    goals: lazy(goals),
    steps: lazy(steps),
    suggestions: lazy(suggestions),
    choices: lazy(choices),
    options: lazy(choiceOptions),
    checkIns: lazy(checkIns),
    supports: lazy(supports),
    referrals: lazy(referrals),
    wellness: lazy(wellnessItems),
    selfChecks: lazy(selfChecks),
    responses: lazy(questionnaireResponses),
  };
  return {
    scope,
    get goals() {
      return tables.goals();
    },
    get steps() {
      return tables.steps();
    },
    get suggestions() {
      return tables.suggestions();
    },
    get choices() {
      return tables.choices();
    },
    get options() {
      return tables.options();
    },
    get checkIns() {
      return tables.checkIns();
    },
    get supports() {
      return tables.supports();
    },
    get referrals() {
      return tables.referrals();
    },
    get wellness() {
      return tables.wellness();
    },
    get selfChecks() {
      return tables.selfChecks();
    },
    /** Answers to the organisation's questionnaires. */
    get responses() {
      return tables.responses();
    },

    /** Questionnaires of the plan's own organisation, by id (retired ones included: old answers point at them). */
    async questionnaires(ids: string[]) {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(questionnaires)
        .where(
          and(eq(questionnaires.organisationId, scope.organisationId), inArray(questionnaires.id, [...new Set(ids)])),
        );
    },

    /** The day the person last reviewed their wellness plan, or null. */
    async wellnessReviewedOn(): Promise<string | null> {
      const [row] = await db
        .select({ reviewedOn: wellnessReviews.reviewedOn })
        .from(wellnessReviews)
        .where(
          and(
            eq(wellnessReviews.participantId, scope.participantId),
            eq(wellnessReviews.organisationId, scope.organisationId),
          ),
        );
      return row?.reviewedOn ?? null;
    },

    async setWellnessReview(reviewedOn: string, now: Date): Promise<void> {
      await db
        .insert(wellnessReviews)
        .values({ ...scope, reviewedOn, updatedAt: now })
        .onConflictDoUpdate({ target: wellnessReviews.participantId, set: { reviewedOn, updatedAt: now } });
    },

    /** A resource of the plan's own organisation's directory, or undefined. */
    async findResource(id: string): Promise<{ id: string; name: string } | undefined> {
      const [row] = await db
        .select({ id: resources.id, name: resources.name })
        .from(resources)
        .where(and(eq(resources.organisationId, scope.organisationId), eq(resources.id, id)))
        .limit(1);
      return row;
    },

    async nextPosition(
      table: typeof goals | typeof steps | typeof choiceOptions | typeof wellnessItems,
      where?: SQL,
    ): Promise<number> {
      const t = table as typeof goals;
      const [row] = await db
        .select({ next: sql<number>`coalesce(max(${t.position}) + 1, 0)::int` })
        .from(t)
        .where(and(eq(t.organisationId, scope.organisationId), eq(t.participantId, scope.participantId), where));
      return row?.next ?? 0;
    },

    async authorNames(ids: string[]): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map();
      const rows = await db
        .select({ id: users.id, name: users.name })
        .from(users)
        .where(and(eq(users.organisationId, scope.organisationId), inArray(users.id, [...new Set(ids)])));
      return new Map(rows.map((r) => [r.id, r.name]));
    },

    async currentSeq(): Promise<number> {
      const [row] = await db
        .select({ seq: planHeads.seq })
        .from(planHeads)
        .where(
          and(eq(planHeads.participantId, scope.participantId), eq(planHeads.organisationId, scope.organisationId)),
        );
      return row?.seq ?? 0;
    },

    async findEventByOp(actorId: string, clientOpId: string) {
      const [row] = await db
        .select()
        .from(planEvents)
        .where(and(eq(planEvents.actorId, actorId), eq(planEvents.clientOpId, clientOpId)))
        .limit(1);
      return row;
    },

    async eventsAfter(after: number, limit: number) {
      return db
        .select({ event: planEvents, actorName: users.name })
        .from(planEvents)
        .innerJoin(users, eq(users.id, planEvents.actorId))
        .where(
          and(
            eq(planEvents.organisationId, scope.organisationId),
            eq(planEvents.participantId, scope.participantId),
            gt(planEvents.seq, after),
          ),
        )
        .orderBy(asc(planEvents.seq))
        .limit(limit);
    },
  };
}

export type PlanRepo = ReturnType<typeof createPlanRepo>;
