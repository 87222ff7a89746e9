import { type AccessLogPage, type AccessSittingsPage, sittingGapMinutes } from '@alongside/shared';
import type { RequestContext } from '../../lib/actor.js';
import type { AccessLogRepo } from './access-log.repo.js';
import { type Grouped, groupSittings, type SittingRow, toSitting } from './access-log.sittings.js';

/** Rows read per round trip, and at most per page: a page's work is bounded however busy a record is. */
const batchRows = 500;
const maxRowsPerPage = 2000;

export interface AccessLogDeps {
  accessLog: Pick<AccessLogRepo, 'pageForParticipant'>;
}

/** "Who has looked at my record": a participant reads the access log about themselves. */
export function createAccessLogService(deps: AccessLogDeps) {
  const { accessLog } = deps;

  async function pageFor(
    person: { organisationId: string; id: string; name: string },
    query: { limit: number; before?: string | undefined },
  ): Promise<AccessLogPage> {
    const rows = await accessLog.pageForParticipant(
      person.organisationId,
      person.id,
      query.limit + 1,
      query.before === undefined ? undefined : BigInt(query.before),
    );
    const page = rows.slice(0, query.limit);
    return {
      entries: page.map((r) => ({
        id: r.id.toString(),
        at: r.at.toISOString(),
        actor: {
          id: r.actorUserId,
          name: r.actorUserId === person.id ? person.name : (r.actorName ?? ''),
          role: r.actorRole,
        },
        action: r.action,
        outcome: r.outcome,
      })),
      nextBefore: rows.length > query.limit ? (page.at(-1)?.id.toString() ?? null) : null,
    };
  }

  return {
    async pageForSelf(
      ctx: RequestContext,
      query: { limit: number; before?: string | undefined },
    ): Promise<AccessLogPage> {
      const { actor } = ctx;
      return pageFor({ organisationId: actor.organisationId, id: actor.userId, name: actor.name }, query);
    },

    /** The same page for a participant named by the caller (the record export, already authorized). */
    pageFor,

    /** The same log read as sittings, newest first; `others` leaves out what the person did themselves. */
    async sittingsForSelf(
      ctx: RequestContext,
      query: { limit: number; before?: string | undefined; others: 'true' | 'false' },
    ): Promise<AccessSittingsPage> {
      const { actor } = ctx;
      const rows: SittingRow[] = [];
      let before = query.before === undefined ? undefined : BigInt(query.before);
      let grouped: Grouped;
      do {
        const batch = await accessLog.pageForParticipant(
          actor.organisationId,
          actor.userId,
          batchRows,
          before,
          query.others === 'true' ? actor.userId : undefined,
        );
        rows.push(...batch);
        before = batch.at(-1)?.id;
        grouped = groupSittings(rows, {
          minSittings: query.limit,
          gapMs: sittingGapMinutes * 60_000,
          exhausted: batch.length < batchRows,
          atCap: rows.length >= maxRowsPerPage,
        });
      } while (!grouped.complete);
      return {
        sittings: grouped.drafts.map((d) => toSitting(d, { id: actor.userId, name: actor.name })),
        nextBefore: grouped.nextBefore?.toString() ?? null,
      };
    },
  };
}

export type AccessLogService = ReturnType<typeof createAccessLogService>;
