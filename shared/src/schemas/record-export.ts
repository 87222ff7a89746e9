import { z } from 'zod';
import { zPlanEvent, zPlanSnapshot } from '../commands.js';
import { zAccessLogEntry } from './access-log.js';
import { zId, zIsoDateTime } from './common.js';
import { zConsent, zDataClass, zDisclosure } from './consents.js';
import { zLiveSession, zSessionNote } from './live-sessions.js';

/**
 * "My data, for me": the person's whole record as one JSON document (their right of access). The
 * server streams it section by section, in the key order below; this schema is what a reader
 * parses it with. Its data classes are the ones a consent names (`dataClasses` in ./consents.ts).
 */

/** Bumped when a reader of an older export would misread a newer one. */
export const recordSchemaVersion = 1;

export const zRecordExport = z.object({
  schemaVersion: z.literal(recordSchemaVersion),
  exportedAt: zIsoDateTime,
  participant: z.object({
    id: zId,
    name: z.string(),
    organisation: z.object({ id: zId, name: z.string() }),
  }),
  /**
   * What the document holds. A section of a class left out is present and empty: the person's own
   * export holds every class; a disclosure package only the consented ones.
   */
  dataClasses: z.array(zDataClass),
  /** The plan as of `plan.seq`: goals, steps, suggestions, choices, supports (plan), check-ins, referrals. */
  plan: zPlanSnapshot,
  /** The plan's event log up to `plan.seq`, oldest first: who did what, in whose words. */
  history: z.array(zPlanEvent),
  /** Peer-support sessions, newest first, and the notes written in them with amendments and the person's view. */
  liveSessions: z.array(zLiveSession),
  notes: z.array(zSessionNote),
  /** Who has looked at or changed the record, newest first (the export itself included); the person's own export only. */
  accessLog: z.array(zAccessLogEntry),
  /** Every consent the person has given, drafted or revoked, and every disclosure made under one; the person's own export only. */
  consents: z.array(zConsent),
  disclosures: z.array(zDisclosure),
});
export type RecordExport = z.infer<typeof zRecordExport>;
