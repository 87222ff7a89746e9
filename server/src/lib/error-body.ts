import type { ErrorBody, ErrorCode } from '@alongside/shared';
import { isDatabaseUnavailable } from './db-errors.js';
import { AppError } from './errors.js';

/** What the client is told, over HTTP (with the request id added) and in a socket's nack alike. */
export type ErrorFields = Pick<ErrorBody, 'message' | 'field' | 'current'> & { error: ErrorCode };

export interface ErrorAnswer {
  status: number;
  body: ErrorFields;
  headers?: Readonly<Record<string, string>>;
  /**
   * How loudly the server logs it: `error` for a fault of ours (the client's answer says nothing
   * of it), `warn` for the database being out of reach; absent for what the client got wrong.
   */
  log?: 'error' | 'warn';
}

/**
 * The words for the two failures that are not the client's. Each channel has its own: over the
 * socket a command was sent, so the answer speaks of the change (and the client resends on a 503).
 */
export interface ServerFaultWords {
  unavailable: string;
  internal: string;
}

export const httpFaultWords: ServerFaultWords = {
  unavailable: 'Alongside cannot reach its database right now. Please try again in a moment.',
  internal: 'Something went wrong on our side. It has been logged; please try again.',
};

/**
 * The one mapping from a thrown error to its answer, for the HTTP error handler and the live
 * channel's nack: a domain error gives its status, code, message, field and, on a conflict, the
 * current value; an unreachable database gives 503; anything else — a domain error with a 5xx
 * status included (a missing access declaration…) — is internal, and its text stays in the log.
 */
export function errorBodyOf(error: unknown, words: ServerFaultWords): ErrorAnswer {
  if (error instanceof AppError) {
    if (error.status >= 500 && error.status !== 503) return internalAnswer(words);
    return {
      status: error.status,
      body: {
        error: error.code,
        message: error.message,
        ...(error.field === undefined ? {} : { field: error.field }),
        ...(error.current === undefined ? {} : { current: error.current }),
      },
      ...(error.headers ? { headers: error.headers } : {}),
    };
  }
  if (isDatabaseUnavailable(error)) {
    return {
      status: 503,
      body: { error: 'database_unavailable', message: words.unavailable },
      headers: { 'retry-after': '5' },
      log: 'warn',
    };
  }
  return internalAnswer(words);
}

function internalAnswer(words: ServerFaultWords): ErrorAnswer {
  return { status: 500, body: { error: 'internal', message: words.internal }, log: 'error' };
}
