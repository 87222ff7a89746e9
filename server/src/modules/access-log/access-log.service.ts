import type { AccessLogPage } from '@alongside/shared';
import type { RequestContext } from '../../lib/actor.js';
import type { AccessLogRepo } from './access-log.repo.js';

export interface AccessLogDeps {
  accessLog: Pick<AccessLogRepo, 'pageForParticipant'>;
}

/** "Who has looked at my record": a participant reads the access log about themselves. */
export function createAccessLogService(deps: AccessLogDeps) {
  const { accessLog } = deps;
  return {
    async pageForSelf(
      ctx: RequestContext,
      query: { limit: number; before?: string | undefined },
    ): Promise<AccessLogPage> {
      const { actor } = ctx;
      const rows = await accessLog.pageForParticipant(
        actor.organisationId,
        actor.userId,
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
            name: r.actorUserId === actor.userId ? actor.name : (r.actorName ?? ''),
            role: r.actorRole,
          },
          action: r.action,
          outcome: r.outcome,
        })),
        nextBefore: rows.length > query.limit ? (page.at(-1)?.id.toString() ?? null) : null,
      };
    },
  };
}

export type AccessLogService = ReturnType<typeof createAccessLogService>;
