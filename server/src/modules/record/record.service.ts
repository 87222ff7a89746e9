import type { RequestContext } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { NotFoundError } from '../../lib/errors.js';
import type { Audit } from '../access-log/index.js';
import type { PlanScope } from '../plan/index.js';
import type { RecordExport } from './record-export.js';

export interface RecordServiceDeps {
  exports: Pick<RecordExport, 'json' | 'fhirBundle'>;
  audit: Pick<Audit, 'record'>;
  clock: Clock;
}

/** A download: the file name to offer, and its content. */
export interface RecordDownload<T> {
  filename: string;
  body: T;
}

/**
 * "My data, for me": the person downloads their whole record (their right of access, which needs
 * no consent). Only the person themselves: a partnered specialist reads the plan inside Alongside,
 * and the record leaves it for anyone else only as a disclosure under the person's consent.
 * Every download is a row of the access log the person sees; anyone else is logged as refused and
 * answered 404, as for every read of a participant's data.
 */
export function createRecordService(deps: RecordServiceDeps) {
  const { exports, audit, clock } = deps;

  async function ownRecord(ctx: RequestContext, participantId: string, action: string): Promise<PlanScope> {
    const { actor } = ctx;
    if (actor.role === 'participant' && actor.userId === participantId) {
      return { organisationId: actor.organisationId, participantId };
    }
    await audit.record(ctx, action, [participantId], 'denied');
    throw new NotFoundError();
  }

  const filename = (ext: string) => `alongside-record-${clock.now().toISOString().slice(0, 10)}.${ext}`;

  return {
    /** The record as JSON text chunks; logged before the first chunk, so the log it holds shows this download. */
    async json(ctx: RequestContext, participantId: string): Promise<RecordDownload<AsyncIterable<string>>> {
      const action = 'record.export.json';
      const body = await exports.json(await ownRecord(ctx, participantId, action));
      await audit.record(ctx, action, [participantId]);
      return { filename: filename('json'), body };
    },

    async fhir(ctx: RequestContext, participantId: string): Promise<RecordDownload<string>> {
      const action = 'record.export.fhir';
      const bundle = await exports.fhirBundle(await ownRecord(ctx, participantId, action));
      await audit.record(ctx, action, [participantId]);
      return { filename: filename('fhir.json'), body: JSON.stringify(bundle) };
    },
  };
}

export type RecordService = ReturnType<typeof createRecordService>;
