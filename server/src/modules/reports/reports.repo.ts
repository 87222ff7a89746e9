import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';

/** The report's scope: one organisation, a half-open time range [start, end), optionally one specialist. */
export interface ReportScope {
  organisationId: string;
  /** First day, YYYY-MM-DD (inclusive). */
  from: string;
  /** Last day, YYYY-MM-DD (inclusive). */
  to: string;
  specialistId?: string | undefined;
}

/** Raw aggregate counts. Never leaves the server unsuppressed. */
export interface RawReport {
  sessionsByMode: Map<string, number>;
  participantsBySupportCount: Map<number, number>;
  goals: { lifeArea: string; status: string; voice: string; n: number }[];
  stepsCompleted: number;
  suggestionsByStatus: Map<string, number>;
  choices: { multi: number; single: number };
  confidenceChanges: Map<number, number>;
  referralsByStatus: Map<string, number>;
}

function nextDay(ymd: string): string {
  const d = new Date(`${ymd}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

async function rows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

const int = (v: number | string | null | undefined): number => Number(v ?? 0);

/**
 * The aggregate SQL behind the supervisor report. Every query is filtered by organisation_id and
 * returns counts only — no ids, names or text ever leave the database for a report.
 */
export function createReportsRepo(db: DbOrTx) {
  return {
    async summary(scope: ReportScope): Promise<RawReport> {
      const org = scope.organisationId;
      const start = `${scope.from}T00:00:00Z`;
      const end = `${nextDay(scope.to)}T00:00:00Z`;
      const s = scope.specialistId;
      // Participants partnered with the specialist at some point in the range.
      const cohort = (column: SQL) =>
        s
          ? sql`and ${column} in (select p.participant_id from partnerships p where p.organisation_id = ${org} and p.specialist_id = ${s} and p.started_at < ${end}::timestamptz and (p.ended_at is null or p.ended_at >= ${start}::timestamptz))`
          : sql``;

      const sessionsQ = rows<{ mode: string; n: string }>(
        db,
        sql`select ls.mode, count(*) as n from live_sessions ls
            where ls.organisation_id = ${org} and ls.started_at >= ${start}::timestamptz and ls.started_at < ${end}::timestamptz
            ${s ? sql`and ls.specialist_id = ${s}` : sql``}
            group by ls.mode`,
      );

      // One probe per participant on (organisation, participant, time) indexes: the cost follows the
      // number of participants, not the number of events in the range.
      const engagedQ = rows<{ supports: number; n: string }>(
        db,
        sql`with engaged as (
              select u.id as participant_id from users u
              where u.organisation_id = ${org} and u.role = 'participant'
                ${cohort(sql`u.id`)}
                and (
                  exists (
                    select 1 from live_sessions ls
                    where ls.organisation_id = ${org} and ls.participant_id = u.id
                      and ls.started_at >= ${start}::timestamptz and ls.started_at < ${end}::timestamptz
                      ${s ? sql`and ls.specialist_id = ${s}` : sql``}
                  )
                  or exists (
                    select 1 from plan_events pe
                    where pe.organisation_id = ${org} and pe.participant_id = u.id
                      and pe.at >= ${start}::timestamptz and pe.at < ${end}::timestamptz
                  )
                )
            ),
            per as (
              select e.participant_id, least(count(su.id), 5) as supports
              from engaged e
              left join supports su
                on su.organisation_id = ${org} and su.participant_id = e.participant_id and su.created_at < ${end}::timestamptz
              group by e.participant_id
            )
            select supports::int as supports, count(*) as n from per group by supports`,
      );

      const goalsQ = rows<{ life_area: string; status: string; voice: string; n: string }>(
        db,
        sql`select g.life_area, g.status, g.voice, count(*) as n from goals g
            where g.organisation_id = ${org} and g.created_at >= ${start}::timestamptz and g.created_at < ${end}::timestamptz
            ${cohort(sql`g.participant_id`)}
            group by g.life_area, g.status, g.voice`,
      );

      const stepsQ = rows<{ n: string }>(
        db,
        sql`select count(*) as n from steps st
            where st.organisation_id = ${org} and st.done_on >= ${scope.from}::date and st.done_on <= ${scope.to}::date
            ${cohort(sql`st.participant_id`)}`,
      );

      const suggestionsQ = rows<{ status: string; n: string }>(
        db,
        sql`select sg.status, count(*) as n from suggestions sg
            where sg.organisation_id = ${org} and sg.created_at >= ${start}::timestamptz and sg.created_at < ${end}::timestamptz
            ${s ? sql`and sg.author_id = ${s}` : sql``}
            group by sg.status`,
      );

      const choicesQ = rows<{ multi: boolean; n: string }>(
        db,
        sql`select multi, count(*) as n from (
              select c.id, count(distinct o.pathway) > 1 as multi
              from choices c
              left join choice_options o on o.organisation_id = ${org} and o.choice_id = c.id
              where c.organisation_id = ${org} and c.created_at >= ${start}::timestamptz and c.created_at < ${end}::timestamptz
              ${cohort(sql`c.participant_id`)}
              group by c.id
            ) per_choice
            group by multi`,
      );

      const confidenceQ = rows<{ change: number; n: string }>(
        db,
        sql`with per_goal as (
              select ci.goal_id,
                (array_agg(ci.confidence order by ci.at, ci.id))[1] as first,
                (array_agg(ci.confidence order by ci.at desc, ci.id desc))[1] as latest
              from check_ins ci
              where ci.organisation_id = ${org} and ci.goal_id is not null and ci.confidence is not null
                and ci.at >= ${start}::timestamptz and ci.at < ${end}::timestamptz
                ${cohort(sql`ci.participant_id`)}
              group by ci.goal_id
              having count(*) >= 2
            )
            select (latest - first)::int as change, count(*) as n from per_goal group by 1`,
      );

      const referralsQ = rows<{ status: string; n: string }>(
        db,
        sql`select r.status, count(*) as n from referrals r
            where r.organisation_id = ${org} and r.created_at >= ${start}::timestamptz and r.created_at < ${end}::timestamptz
            ${cohort(sql`r.participant_id`)}
            group by r.status`,
      );

      const [sessions, engaged, goals, steps, suggestions, choices, confidence, referrals] = await Promise.all([
        sessionsQ,
        engagedQ,
        goalsQ,
        stepsQ,
        suggestionsQ,
        choicesQ,
        confidenceQ,
        referralsQ,
      ]);
      return {
        sessionsByMode: new Map(sessions.map((r) => [r.mode, int(r.n)])),
        participantsBySupportCount: new Map(engaged.map((r) => [int(r.supports), int(r.n)])),
        goals: goals.map((r) => ({ lifeArea: r.life_area, status: r.status, voice: r.voice, n: int(r.n) })),
        stepsCompleted: int(steps[0]?.n),
        suggestionsByStatus: new Map(suggestions.map((r) => [r.status, int(r.n)])),
        choices: {
          multi: int(choices.find((r) => r.multi)?.n),
          single: int(choices.find((r) => !r.multi)?.n),
        },
        confidenceChanges: new Map(confidence.map((r) => [int(r.change), int(r.n)])),
        referralsByStatus: new Map(referrals.map((r) => [r.status, int(r.n)])),
      };
    },

    /** The organisation's small-cell threshold setting. */
    async threshold(organisationId: string): Promise<number | undefined> {
      const [row] = await rows<{ threshold: number | null }>(
        db,
        sql`select (settings->>'smallCellThreshold')::int as threshold from organisations where id = ${organisationId}`,
      );
      return row?.threshold ?? undefined;
    },

    async specialists(organisationId: string): Promise<{ id: string; name: string }[]> {
      return rows<{ id: string; name: string }>(
        db,
        sql`select id, name from users where organisation_id = ${organisationId} and role = 'specialist' order by lower(name)`,
      );
    },

    /** Whether `userId` is a specialist of the organisation (disabled ones included: their history counts). */
    async isSpecialist(organisationId: string, userId: string): Promise<boolean> {
      const found = await rows<{ one: number }>(
        db,
        sql`select 1 as one from users where organisation_id = ${organisationId} and id = ${userId} and role = 'specialist'`,
      );
      return found.length > 0;
    },
  };
}

export type ReportsRepo = ReturnType<typeof createReportsRepo>;
