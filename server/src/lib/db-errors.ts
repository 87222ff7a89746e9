/**
 * Recognises "the database is unreachable" (as opposed to a bad query), walking the error's
 * `cause` chain because drizzle wraps driver errors.
 */
const connectionErrorCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'EAI_AGAIN',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '53300', // too_many_connections
]);

const connectionMessages = [
  'Connection terminated',
  'connection timeout',
  // pg-pool, when no pooled connection came free in time: the database is not answering.
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'Cannot use a pool after calling end',
  'Client was closed and is not queryable',
];

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 8; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (connectionErrorCodes.has(code) || code.startsWith('08'))) return true;
    if (connectionMessages.some((m) => e instanceof Error && e.message.includes(m))) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/** SQLSTATE of a driver error inside drizzle's wrapper, if any. */
export function sqlState(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 8; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}
