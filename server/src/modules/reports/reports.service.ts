import {
  choicePathwayBands,
  confidenceBands,
  defaultOrganisationSettings,
  goalStatuses,
  lifeAreas,
  type ReportCount,
  type ReportSummary,
  type ReportSummaryQuery,
  referralStatuses,
  reportSuggestionStatuses,
  sessionModes,
  supportBands,
} from '@alongside/shared';
import type { Db } from '../../db/client.js';
import type { RequestContext } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { NotFoundError } from '../../lib/errors.js';
import { createAccessLogRepo, createAudit } from '../access-log/index.js';
import { createReportsRepo, type RawReport } from './reports.repo.js';
import {
  type CountTable,
  type Equation,
  type Published,
  publishMedian,
  publishShare,
  suppress,
} from './suppression.js';

function confidenceBand(change: number): (typeof confidenceBands)[number] {
  if (change < 0) return 'decreased';
  if (change === 0) return 'same';
  return change <= 2 ? 'up-1-2' : 'up-3-plus';
}

function supportBand(n: number): (typeof supportBands)[number] {
  if (n <= 2) return String(n) as '0' | '1' | '2';
  return n <= 4 ? '3-4' : '5-plus';
}

/**
 * The report's cells and the sums that tie them together. Keys are stable names; a key used in two
 * equations (the active-goals column total and the voice split; engaged participants and the support
 * bands) is one number, suppressed the same way wherever it appears.
 */
export function reportTable(raw: RawReport): CountTable {
  const cells = new Map<string, number>();
  const equations: Equation[] = [];
  const add = (key: string, n: number) => cells.set(key, (cells.get(key) ?? 0) + n);
  const relate = (total: string, parts: string[]) => {
    add(total, 0);
    for (const p of parts) add(p, 0);
    equations.push({ total, parts });
  };

  for (const m of sessionModes) add(`sessions.${m}`, raw.sessionsByMode.get(m) ?? 0);
  add(
    'sessions.total',
    [...raw.sessionsByMode.values()].reduce((a, b) => a + b, 0),
  );
  relate(
    'sessions.total',
    sessionModes.map((m) => `sessions.${m}`),
  );

  for (const [supports, n] of raw.participantsBySupportCount) {
    add(`supports.${supportBand(supports)}`, n);
    add('participantsEngaged', n);
  }
  relate(
    'participantsEngaged',
    supportBands.map((b) => `supports.${b}`),
  );

  for (const g of raw.goals) {
    add(`goals.${g.lifeArea}.${g.status}`, g.n);
    add(`goals.${g.lifeArea}.total`, g.n);
    add(`goals.total.${g.status}`, g.n);
    add('goals.total', g.n);
    if (g.status === 'active') add(`voice.${g.voice === 'participant' ? 'participant' : 'specialist'}`, g.n);
  }
  for (const a of lifeAreas) {
    relate(
      `goals.${a}.total`,
      goalStatuses.map((s) => `goals.${a}.${s}`),
    );
  }
  for (const s of goalStatuses) {
    relate(
      `goals.total.${s}`,
      lifeAreas.map((a) => `goals.${a}.${s}`),
    );
  }
  relate(
    'goals.total',
    lifeAreas.map((a) => `goals.${a}.total`),
  );
  relate(
    'goals.total',
    goalStatuses.map((s) => `goals.total.${s}`),
  );
  relate('goals.total.active', ['voice.participant', 'voice.specialist']);

  add('stepsCompleted', raw.stepsCompleted);

  for (const s of reportSuggestionStatuses) add(`suggestions.${s}`, raw.suggestionsByStatus.get(s) ?? 0);
  add(
    'suggestions.total',
    reportSuggestionStatuses.reduce((sum, s) => sum + (raw.suggestionsByStatus.get(s) ?? 0), 0),
  );
  relate(
    'suggestions.total',
    reportSuggestionStatuses.map((s) => `suggestions.${s}`),
  );

  for (const r of referralStatuses) add(`referrals.${r}`, raw.referralsByStatus.get(r) ?? 0);
  add(
    'referrals.total',
    referralStatuses.reduce((sum, r) => sum + (raw.referralsByStatus.get(r) ?? 0), 0),
  );
  relate(
    'referrals.total',
    referralStatuses.map((r) => `referrals.${r}`),
  );

  add('choices.more-than-one', raw.choices.multi);
  add('choices.one-or-none', raw.choices.single);
  add('choices.total', raw.choices.multi + raw.choices.single);
  relate(
    'choices.total',
    choicePathwayBands.map((b) => `choices.${b}`),
  );

  for (const [change, n] of raw.confidenceChanges) {
    add(`confidence.${confidenceBand(change)}`, n);
    add('confidence.goals', n);
  }
  relate(
    'confidence.goals',
    confidenceBands.map((b) => `confidence.${b}`),
  );
  return { cells, equations };
}

/** Maps the published cells onto the response shape (an allow-list: only these numbers go out). */
export function toSummary(
  published: ReadonlyMap<string, Published>,
  raw: RawReport,
  meta: Pick<ReportSummary, 'range' | 'scope' | 'generatedAt'> & { threshold: number },
): ReportSummary {
  const c = (key: string): ReportCount => {
    const v = published.get(key);
    if (v === undefined) throw new Error(`report cell missing: ${key}`);
    return v;
  };
  const byKeys = <K extends string>(keys: readonly K[], prefix: string) =>
    Object.fromEntries(keys.map((k) => [k, c(`${prefix}.${k}`)])) as Record<K, ReportCount>;
  return {
    range: meta.range,
    scope: meta.scope,
    suppression: { threshold: meta.threshold, roundingBase: meta.threshold },
    generatedAt: meta.generatedAt,
    sessions: { byMode: byKeys(sessionModes, 'sessions'), total: c('sessions.total') },
    participantsEngaged: c('participantsEngaged'),
    goals: {
      rows: lifeAreas.map((a) => ({
        lifeArea: a,
        byStatus: byKeys(goalStatuses, `goals.${a}`),
        total: c(`goals.${a}.total`),
      })),
      totalsByStatus: byKeys(goalStatuses, 'goals.total'),
      total: c('goals.total'),
    },
    stepsCompleted: c('stepsCompleted'),
    partnership: {
      activeGoalsByVoice: {
        participant: c('voice.participant'),
        specialist: c('voice.specialist'),
        total: c('goals.total.active'),
      },
      activeGoalsOwnVoiceShare: publishShare(c('voice.participant'), c('goals.total.active')),
      suggestions: { byStatus: byKeys(reportSuggestionStatuses, 'suggestions'), total: c('suggestions.total') },
      choices: { byPathways: byKeys(choicePathwayBands, 'choices'), total: c('choices.total') },
      choicesMoreThanOnePathwayShare: publishShare(c('choices.more-than-one'), c('choices.total')),
    },
    confidenceChange: {
      byBand: byKeys(confidenceBands, 'confidence'),
      goals: c('confidence.goals'),
      median: publishMedian(raw.confidenceChanges, c('confidence.goals')),
    },
    referrals: {
      byStatus: byKeys(referralStatuses, 'referrals'),
      made: c('referrals.total'),
      connectedShare: publishShare(c('referrals.connected'), c('referrals.total')),
    },
    supportsPerParticipant: {
      byBand: byKeys(supportBands, 'supports'),
      participants: c('participantsEngaged'),
    },
  };
}

/**
 * Supervisor reports: aggregate counts for the supervisor's own organisation, small cells
 * suppressed. Each view is written to the access log as `report.view` without a participant —
 * a report concerns no one person, and names none.
 */
export function createReportsService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;
  const reports = createReportsRepo(db);
  const audit = createAudit({ repo: createAccessLogRepo(db) });

  return {
    /** Specialists of the supervisor's organisation (disabled ones too: their history is in reports). */
    async specialists(ctx: RequestContext): Promise<{ id: string; name: string }[]> {
      return reports.specialists(ctx.actor.organisationId);
    },

    async summary(ctx: RequestContext, query: ReportSummaryQuery): Promise<ReportSummary> {
      const organisationId = ctx.actor.organisationId;
      // Another organisation's specialist, a participant's id, or no such id: all the same 404.
      if (query.specialistId && !(await reports.isSpecialist(organisationId, query.specialistId))) {
        throw new NotFoundError();
      }
      const threshold = (await reports.threshold(organisationId)) ?? defaultOrganisationSettings.smallCellThreshold;
      const raw = await reports.summary({ organisationId, ...query });
      const published = suppress(reportTable(raw), threshold);
      const summary = toSummary(published, raw, {
        range: { from: query.from, to: query.to },
        scope: query.specialistId ? 'specialist' : 'organisation',
        generatedAt: clock.now().toISOString(),
        threshold,
      });
      await audit.recordAggregate(ctx, 'report.view');
      return summary;
    },
  };
}

export type ReportsService = ReturnType<typeof createReportsService>;
