import type { ErrorBody } from '@alongside/shared';

/**
 * Every failed call ends up as one of these. `code` is the server's stable error code (or one of
 * the client's own: `network`, `unexpected_response`); `field` names the input the server
 * objected to, so a form can put the message next to it.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly requestId: string | undefined;
  readonly field: string | undefined;
  readonly issues: ErrorBody['issues'];
  /** From Retry-After, when the server sent one (429, 503). */
  readonly retryAfterSeconds: number | undefined;
  /** On a 409 `stale_version`: the item as it is now, to show instead of overwriting it. */
  readonly current: unknown;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    requestId?: string | undefined;
    field?: string | undefined;
    issues?: ErrorBody['issues'];
    retryAfterSeconds?: number | undefined;
    current?: unknown;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.field = init.field;
    this.issues = init.issues;
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.current = init.current;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

export function isAbort(value: unknown): boolean {
  return value instanceof DOMException && value.name === 'AbortError';
}
