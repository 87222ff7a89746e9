import type { PlanCommand } from '@alongside/shared';
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
  referrals,
  resources,
  steps,
  suggestions,
  supports,
  users,
} from '../../db/schema/index.js';
import { type DbStep, statementTemplate } from '../../db/statement.js';

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
  | typeof referrals;

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

const p = sql.placeholder;

/**
 * Claims the next seq and looks for an earlier event with the same operation id, in one
 * statement (each round trip to the database is the dearest thing a command does). The upsert
 * creates the plan's head row if needed, locks it and increments it; the lock is held to the end
 * of the transaction, so commands on one plan take turns, and a rolled-back command rolls its
 * increment back too: seq never has a gap. (A twin that commits while this one waits for the lock
 * may be missed here; the executor catches that case when the event is written.)
 */
const claimStatement = statementTemplate<PlanScope & { actorId: string; clientOpId: string | null }>(
  'alongside_claim_seq',
  () => sql`
    with head as (
      insert into ${planHeads} (participant_id, organisation_id, seq)
      values (${p('participantId')}, ${p('organisationId')}, 1)
      on conflict (participant_id) do update set seq = ${planHeads.seq} + 1
      returning seq
    )
    select head.seq,
      (select json_build_object('participantId', e.participant_id, 'command', e.command, 'seq', e.seq,
                                'resultIds', e.result_ids)
         from ${planEvents} e
        where e.actor_id = ${p('actorId')} and e.client_op_id = ${p('clientOpId')}
        limit 1) as prior
    from head`,
);

/**
 * Writes the event, its access-log row and its announcement in one statement. PostgreSQL
 * delivers the notification only if the transaction commits.
 */
const appendStatement = statementTemplate<
  PlanScope & {
    seq: number;
    actorId: string;
    actorRole: string;
    voice: string;
    type: string;
    command: string;
    effects: string;
    resultIds: string;
    clientOpId: string | null;
    liveSessionId: string | null;
    at: string;
    action: string;
    requestId: string;
    channel: string;
    payload: string;
  }
>(
  'alongside_append_event',
  () => sql`
    with event as (
      insert into ${planEvents} (organisation_id, participant_id, seq, actor_id, actor_role, voice, type, command,
                                 effects, result_ids, client_op_id, live_session_id, at)
      values (${p('organisationId')}, ${p('participantId')}, ${p('seq')}, ${p('actorId')}, ${p('actorRole')},
              ${p('voice')}, ${p('type')}, ${p('command')}::jsonb, ${p('effects')}::jsonb, ${p('resultIds')}::jsonb,
              ${p('clientOpId')}, ${p('liveSessionId')}, ${p('at')}::timestamptz)
    ), logged as (
      insert into access_log (organisation_id, actor_user_id, actor_role, action, participant_id, outcome, request_id)
      values (${p('organisationId')}, ${p('actorId')}, ${p('actorRole')}, ${p('action')}, ${p('participantId')},
              'allowed', ${p('requestId')})
    )
    select pg_notify(${p('channel')}, ${p('payload')})`,
);

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

    /** A resource of the plan's own organisation's directory, or undefined. */
    async findResource(id: string): Promise<{ id: string; name: string } | undefined> {
      const [row] = await db
        .select({ id: resources.id, name: resources.name })
        .from(resources)
        .where(and(eq(resources.organisationId, scope.organisationId), eq(resources.id, id)))
        .limit(1);
      return row;
    },

    async nextPosition(table: typeof goals | typeof steps | typeof choiceOptions, where?: SQL): Promise<number> {
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

    /** The next seq, and an earlier event with the same operation id if any (see `claimStatement`). */
    claimNextSeqDbStep(actorId: string, clientOpId: string | undefined): DbStep<{ seq: number; prior?: PriorEvent }> {
      return {
        statement: claimStatement(db, { ...scope, actorId, clientOpId: clientOpId ?? null }),
        read([row]) {
          if (!row) throw new Error('plan head upsert returned no row');
          const seq = Number(row.seq);
          return row.prior ? { seq, prior: row.prior as PriorEvent } : { seq };
        },
      };
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

    /** The event, its access-log row and its announcement (see `appendStatement`). */
    appendEventDbStep(
      event: Omit<typeof planEvents.$inferInsert, 'organisationId' | 'participantId' | 'at' | 'command' | 'effects'> & {
        at: Date;
        commandJson: string;
        effectsJson: string;
      },
      access: { organisationId: string; actorRole: string; action: string; requestId: string },
      announcement: { channel: string; payload: string },
    ): DbStep<void> {
      return {
        statement: appendStatement(db, {
          ...scope,
          seq: event.seq,
          actorId: event.actorId,
          actorRole: event.actorRole,
          voice: event.voice,
          type: event.type,
          command: event.commandJson,
          effects: event.effectsJson,
          resultIds: JSON.stringify(event.resultIds),
          clientOpId: event.clientOpId ?? null,
          liveSessionId: event.liveSessionId ?? null,
          at: event.at.toISOString(),
          action: access.action,
          requestId: access.requestId,
          channel: announcement.channel,
          payload: announcement.payload,
        }),
        read: () => undefined,
      };
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

/** An event already written for an operation id: enough to answer a retry with the first result. */
export interface PriorEvent {
  participantId: string;
  command: PlanCommand;
  seq: number;
  resultIds: string[];
}
