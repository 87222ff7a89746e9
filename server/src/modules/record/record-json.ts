import { type AccessLogEntry, type PlanEvent, recordSchemaVersion } from '@alongside/shared';
import type { RecordData } from './record-data.js';

export interface RecordJsonSource {
  readonly data: RecordData;
  readonly exportedAt: string;
  readonly history: AsyncIterable<PlanEvent[]>;
  /** Absent for a limited export: the access log is the person's own. */
  readonly accessLog: AsyncIterable<AccessLogEntry[]> | undefined;
}

/** `[`, the items of every page comma-separated, `]`, one page of text at a time. */
async function* jsonArray<T>(pages: AsyncIterable<T[]> | undefined): AsyncGenerator<string> {
  yield '[';
  let first = true;
  if (pages) {
    for await (const page of pages) {
      if (page.length === 0) continue;
      yield (first ? '' : ',') + page.map((item) => JSON.stringify(item)).join(',');
      first = false;
    }
  }
  yield ']';
}

/**
 * The record export (shape: `zRecordExport` in shared) written as text, section by section, in
 * the schema's key order. Each chunk is one section or one page of a long one.
 */
export async function* recordJsonChunks(source: RecordJsonSource): AsyncGenerator<string> {
  const { data } = source;
  const head = {
    schemaVersion: recordSchemaVersion,
    exportedAt: source.exportedAt,
    participant: { ...data.participant, organisation: data.organisation },
    dataClasses: data.dataClasses,
  };
  // The head without its closing brace, so the sections follow inside the same object.
  yield `${JSON.stringify(head).slice(0, -1)},"plan":${JSON.stringify(data.plan)},"history":`;
  yield* jsonArray(source.history);
  yield `,"liveSessions":${JSON.stringify(data.liveSessions)},"notes":${JSON.stringify(data.notes)},"accessLog":`;
  yield* jsonArray(source.accessLog);
  yield `,"consents":${JSON.stringify(data.consents)},"disclosures":${JSON.stringify(data.disclosures)}}`;
}
