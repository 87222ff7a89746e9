import type { SelfCheckDimension } from '@alongside/shared';
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';

/**
 * A count of things of one kind in one month, under one unit (a specialist's id, or null for
 * "no specialist"), with the sum of the record keys of the people behind them.
 */
export interface MonthCount {
  /** 1–12. */
  month: number;
  unit: string | null;
  /** The innermost cell: a session mode, `health.active.participant`, a suggestion status… */
  leaf: string;
  count: number;
  keySum: number;
}

/** One participant's year: who they are counted under, their record key, when they took part. */
export interface ParticipantYear {
  unit: string | null;
  recordKey: number;
  /** Months (1–12) with a session or a change to their plan. */
  engagedMonths: number[];
  /** When each of their supports was added (ms), for the count at the end of a period. */
  supportsAddedAt: number[];
}

/** One confidence rating on a goal, in time order per goal. */
export interface GoalRating {
  goalId: string;
  participantId: string;
  at: number;
  confidence: number;
}

/** One self-check: its time and the dimensions rated (null: not rated), in time order per person. */
export interface SelfCheckFact {
  participantId: string;
  at: number;
  ratings: Record<SelfCheckDimension, number | null>;
}

/** What a year of reports is counted from: aggregates and per-person facts, never text or names. */
export interface YearFacts {
  monthly: Record<
    | 'sessions'
    | 'goals'
    | 'steps'
    | 'suggestions'
    | 'choices'
    | 'referrals'
    | 'consents'
    | 'record-disclosures'
    | 'language-nudges',
    MonthCount[]
  >;
  participants: Map<string, ParticipantYear>;
  ratings: GoalRating[];
  selfChecks: SelfCheckFact[];
}

async function rows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
const int = (v: number | string | null | undefined): number => Number(v ?? 0);
const rating = (v: number | string | null): number | null => (v === null ? null : Number(v));
type SelfCheckRow = { participant_id: string; at: Date | string } & Record<SelfCheckDimension, number | string | null>;

type MonthRow = { month: number; unit: string | null; leaf: string; n: string; k: string };
const toMonthCounts = (list: MonthRow[]): MonthCount[] =>
  list.map((r) => ({ month: int(r.month), unit: r.unit, leaf: r.leaf, count: int(r.n), keySum: int(r.k) }));

/**
 * The SQL behind a year of supervisor reports. Every query is filtered by organisation_id and
 * returns counts, months and record keys only.
 *
 * Each participant is counted under one unit for the whole year: the specialist of their latest
 * partnership that overlapped the year (none if none did). That makes the organisation exactly the
 * sum of its specialists and of "no specialist", so no one is counted twice. Sessions are counted
 * under the session's own specialist and suggestions under their author.
 */
export function createYearFactsRepo(db: DbOrTx) {
  return {
    async year(organisationId: string, year: number): Promise<YearFacts> {
      const org = organisationId;
      const start = `${year}-01-01T00:00:00Z`;
      const end = `${year + 1}-01-01T00:00:00Z`;
      const inYear = (column: SQL) => sql`${column} >= ${start}::timestamptz and ${column} < ${end}::timestamptz`;
      const month = (column: SQL) => sql`extract(month from ${column} at time zone 'UTC')::int`;
      // The participant's unit for the year, and their record key.
      const pu = sql`(select u.id as participant_id, u.record_key,
          (select p.specialist_id from partnerships p
            where p.organisation_id = ${org} and p.participant_id = u.id
              and p.started_at < ${end}::timestamptz and (p.ended_at is null or p.ended_at >= ${start}::timestamptz)
            order by p.started_at desc, p.id desc limit 1) as unit
        from users u where u.organisation_id = ${org} and u.role = 'participant')`;

      const sessionsQ = rows<MonthRow>(
        db,
        sql`select ${month(sql`ls.started_at`)} as month, ls.specialist_id as unit, ls.mode as leaf,
              count(*) as n, sum(u.record_key) as k
            from live_sessions ls join users u on u.id = ls.participant_id
            where ls.organisation_id = ${org} and ${inYear(sql`ls.started_at`)}
            group by 1, 2, 3`,
      );
      const goalsQ = rows<MonthRow>(
        db,
        sql`select ${month(sql`g.created_at`)} as month, pu.unit,
              g.life_area || '.' || g.status ||
                case when g.status = 'active'
                  then case when g.voice = 'participant' then '.participant' else '.specialist' end
                  else '' end as leaf,
              count(*) as n, sum(pu.record_key) as k
            from goals g join ${pu} pu on pu.participant_id = g.participant_id
            where g.organisation_id = ${org} and ${inYear(sql`g.created_at`)}
            group by 1, 2, 3`,
      );
      const stepsQ = rows<MonthRow>(
        db,
        sql`select extract(month from st.done_on)::int as month, pu.unit, 'completed' as leaf,
              count(*) as n, sum(pu.record_key) as k
            from steps st join ${pu} pu on pu.participant_id = st.participant_id
            where st.organisation_id = ${org} and st.done_on >= ${`${year}-01-01`}::date and st.done_on <= ${`${year}-12-31`}::date
            group by 1, 2, 3`,
      );
      const suggestionsQ = rows<MonthRow>(
        db,
        sql`select ${month(sql`sg.created_at`)} as month, sg.author_id as unit, sg.status as leaf,
              count(*) as n, sum(u.record_key) as k
            from suggestions sg join users u on u.id = sg.participant_id
            where sg.organisation_id = ${org} and ${inYear(sql`sg.created_at`)}
            group by 1, 2, 3`,
      );
      const choicesQ = rows<MonthRow>(
        db,
        sql`select month, unit, leaf, count(*) as n, sum(record_key) as k from (
              select ${month(sql`c.created_at`)} as month, pu.unit, pu.record_key,
                case when count(distinct o.pathway) > 1 then 'more-than-one' else 'one-or-none' end as leaf
              from choices c
              join ${pu} pu on pu.participant_id = c.participant_id
              left join choice_options o on o.organisation_id = ${org} and o.choice_id = c.id
              where c.organisation_id = ${org} and ${inYear(sql`c.created_at`)}
              group by c.id, 1, 2, 3
            ) per_choice
            group by 1, 2, 3`,
      );
      const referralsQ = rows<MonthRow>(
        db,
        sql`select ${month(sql`r.created_at`)} as month, pu.unit, r.status as leaf,
              count(*) as n, sum(pu.record_key) as k
            from referrals r join ${pu} pu on pu.participant_id = r.participant_id
            where r.organisation_id = ${org} and ${inYear(sql`r.created_at`)}
            group by 1, 2, 3`,
      );
      // A consent's state as the person sees it: an active one past its day, or past the end of peer
      // support (a closed account), is expired (the same rule as the consents module, on the database's clock).
      const consentsQ = rows<MonthRow>(
        db,
        sql`select ${month(sql`c.drafted_at`)} as month, pu.unit,
              c.kind || '.' || case when c.state = 'active' and (
                  (c.expiry_kind = 'date' and c.expires_on < to_char(now() at time zone 'UTC', 'YYYY-MM-DD'))
                  or (c.expiry_kind = 'end-of-peer-support' and u.disabled_at is not null))
                then 'expired' else c.state end as leaf,
              count(*) as n, sum(pu.record_key) as k
            from consents c join ${pu} pu on pu.participant_id = c.participant_id
            join users u on u.id = c.participant_id
            where c.organisation_id = ${org} and ${inYear(sql`c.drafted_at`)}
            group by 1, 2, 3`,
      );
      const disclosuresQ = rows<MonthRow>(
        db,
        sql`select ${month(sql`d.disclosed_at`)} as month, pu.unit, c.kind as leaf,
              count(*) as n, sum(pu.record_key) as k
            from disclosures d join consents c on c.id = d.consent_id
            join ${pu} pu on pu.participant_id = d.participant_id
            where d.organisation_id = ${org} and ${inYear(sql`d.disclosed_at`)}
            group by 1, 2, 3`,
      );
      // Respectful-language nudges: no person behind them, so under "no specialist"; each event's
      // own random key stands in for a person's record key.
      const nudgesQ = rows<MonthRow>(
        db,
        sql`select ${month(sql`n.at`)} as month, null::text as unit, n.outcome as leaf,
              count(*) as n, sum(n.record_key) as k
            from language_nudge_events n
            where n.organisation_id = ${org} and ${inYear(sql`n.at`)}
            group by 1, 3`,
      );
      const peopleQ = rows<{ participant_id: string; unit: string | null; record_key: number }>(
        db,
        sql`select participant_id, unit, record_key from ${pu} pu`,
      );
      // Months with a session or a plan change: one row per participant and month.
      const engagedQ = rows<{ participant_id: string; month: number }>(
        db,
        sql`select participant_id, ${month(sql`ls.started_at`)} as month from live_sessions ls
              where ls.organisation_id = ${org} and ${inYear(sql`ls.started_at`)}
            union
            select participant_id, ${month(sql`pe.at`)} as month from plan_events pe
              where pe.organisation_id = ${org} and ${inYear(sql`pe.at`)}`,
      );
      const supportsQ = rows<{ participant_id: string; at: Date | string }>(
        db,
        sql`select participant_id, created_at as at from supports
            where organisation_id = ${org} and created_at < ${end}::timestamptz`,
      );
      const ratingsQ = rows<{ goal_id: string; participant_id: string; at: Date | string; confidence: number }>(
        db,
        sql`select ci.goal_id, ci.participant_id, ci.at, ci.confidence from check_ins ci
            where ci.organisation_id = ${org} and ci.goal_id is not null and ci.confidence is not null
              and ${inYear(sql`ci.at`)}
            order by ci.goal_id, ci.at, ci.id`,
      );

      // Ratings only (never the note): what the median change per dimension is counted from.
      const selfChecksQ = rows<SelfCheckRow>(
        db,
        sql`select sc.participant_id, sc.at, sc.health, sc.home, sc.purpose, sc.community from self_checks sc
            where sc.organisation_id = ${org} and ${inYear(sql`sc.at`)}
            order by sc.participant_id, sc.at, sc.id`,
      );

      const [sessions, goals, steps, suggestions, choices, referrals, consentsMade, disclosed] = await Promise.all([
        sessionsQ,
        goalsQ,
        stepsQ,
        suggestionsQ,
        choicesQ,
        referralsQ,
        consentsQ,
        disclosuresQ,
      ]);
      const [people, engaged, supportsAdded, ratings, checks, nudges] = await Promise.all([
        peopleQ,
        engagedQ,
        supportsQ,
        ratingsQ,
        selfChecksQ,
        nudgesQ,
      ]);

      const participants = new Map<string, ParticipantYear>();
      for (const p of people) {
        participants.set(p.participant_id, {
          unit: p.unit,
          recordKey: int(p.record_key),
          engagedMonths: [],
          supportsAddedAt: [],
        });
      }
      for (const e of engaged) participants.get(e.participant_id)?.engagedMonths.push(int(e.month));
      for (const s of supportsAdded) participants.get(s.participant_id)?.supportsAddedAt.push(new Date(s.at).getTime());
      return {
        monthly: {
          sessions: toMonthCounts(sessions),
          goals: toMonthCounts(goals),
          steps: toMonthCounts(steps),
          suggestions: toMonthCounts(suggestions),
          choices: toMonthCounts(choices),
          referrals: toMonthCounts(referrals),
          consents: toMonthCounts(consentsMade),
          'record-disclosures': toMonthCounts(disclosed),
          'language-nudges': toMonthCounts(nudges),
        },
        participants,
        ratings: ratings.map((r) => ({
          goalId: r.goal_id,
          participantId: r.participant_id,
          at: new Date(r.at).getTime(),
          confidence: int(r.confidence),
        })),
        selfChecks: checks.map((r) => ({
          participantId: r.participant_id,
          at: new Date(r.at).getTime(),
          ratings: {
            health: rating(r.health),
            home: rating(r.home),
            purpose: rating(r.purpose),
            community: rating(r.community),
          },
        })),
      };
    },
  };
}
export type YearFactsRepo = ReturnType<typeof createYearFactsRepo>;
