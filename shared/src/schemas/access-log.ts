import { z } from 'zod';
import { zRole } from '../roles.js';
import { zId, zInt8IdString, zIsoDateTime } from './common.js';

export const accessOutcomes = ['allowed', 'denied'] as const;
export const zAccessOutcome = z.enum(accessOutcomes);

/** One row of "who has looked at my record", as the participant sees it. */
export const zAccessLogEntry = z.object({
  id: z.string(),
  at: zIsoDateTime,
  actor: z.object({ id: zId.nullable(), name: z.string(), role: zRole.nullable() }),
  action: z.string(),
  outcome: zAccessOutcome,
});
export type AccessLogEntry = z.infer<typeof zAccessLogEntry>;

export const zAccessLogQuery = z.strictObject({
  before: zInt8IdString.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const zAccessLogPage = z.object({
  entries: z.array(zAccessLogEntry),
  nextBefore: z.string().nullable(),
});
export type AccessLogPage = z.infer<typeof zAccessLogPage>;

/**
 * "Who looked at my record", read as sittings: one person's rows with the same outcome, each
 * within 30 minutes of the next, become one line ("Sam looked at your plan and notes, 9:12–9:40,
 * 14 times"). Grouped on the server, a page at a time, so the browser never holds the raw log.
 */
export const sittingGapMinutes = 30;

/** What a row is about, for the words of a sitting; every action code falls in one. */
export const accessAreas = [
  'plan',
  'notes',
  'sessions',
  'record',
  'account',
  'partnership',
  'consents',
  'other',
] as const;
export const zAccessArea = z.enum(accessAreas);
export type AccessArea = z.infer<typeof zAccessArea>;

const areaPrefixes: readonly [string, AccessArea][] = [
  ['plan.', 'plan'],
  ['note.', 'notes'],
  ['live-session.', 'sessions'],
  ['record.', 'record'],
  ['account.', 'account'],
  ['partnership.', 'partnership'],
  // Consents and disclosures, and the access check's refusals of them (`consents.use`, `disclosures.make`).
  ['consent.', 'consents'],
  ['consents.', 'consents'],
  ['disclosure.', 'consents'],
  ['disclosures.', 'consents'],
];
export function accessAreaOf(action: string): AccessArea {
  return areaPrefixes.find(([prefix]) => action.startsWith(prefix))?.[1] ?? 'other';
}

/** Reads change nothing: `plan.read…`, `plan.overview`, `record.export…`, `record.own`, `….list`, `….read` (a refused read included). */
export function isReadAction(action: string): boolean {
  return (
    /^plan\.(read|overview)(\.|$)/.test(action) ||
    /^record\.(export\.|own$)/.test(action) ||
    /\.(list|read|view)$/.test(action)
  );
}

export const zAccessSitting = z.object({
  /** The newest row's id: stable, for keys. */
  id: z.string(),
  from: zIsoDateTime,
  to: zIsoDateTime,
  count: z.number().int().min(1),
  actor: z.object({ id: zId.nullable(), name: z.string(), role: zRole.nullable() }),
  /** True when the person themselves acted (the "others only" filter hides these). */
  self: z.boolean(),
  outcome: zAccessOutcome,
  areas: z.array(zAccessArea),
  /** What happened in the sitting: each action once with how many times, the most frequent first (at most 20). */
  actions: z.array(z.object({ action: z.string(), count: z.number().int().min(1) })).max(20),
  /** Whether anything in the sitting was a read, and whether anything was (or tried to be) a change. */
  looked: z.boolean(),
  changed: z.boolean(),
});
export type AccessSitting = z.infer<typeof zAccessSitting>;

export const zAccessSittingsQuery = z.strictObject({
  before: zInt8IdString.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  /** `true`: leave out what the person did themselves. */
  others: z.enum(['true', 'false']).default('false'),
});
export const zAccessSittingsPage = z.object({
  sittings: z.array(zAccessSitting),
  /** Pass as `before` for older sittings; null at the start of the record. */
  nextBefore: z.string().nullable(),
});
export type AccessSittingsPage = z.infer<typeof zAccessSittingsPage>;
