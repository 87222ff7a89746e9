import type { ErrorCode } from '@alongside/shared';

/**
 * Domain errors. Services throw these; one error handler turns them into
 * `{ error, message, requestId, field? }`. Services never throw HTTP-framework errors.
 */
export class AppError extends Error {
  /** For conflicts: the current value, so a client can show it rather than overwrite it. */
  current?: unknown;

  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadRequestError extends AppError {
  constructor(code: ErrorCode, message: string, field?: string) {
    super(400, code, message, field);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Please sign in.') {
    super(401, 'unauthenticated', message);
  }
}

export class ForbiddenError extends AppError {
  constructor(code: ErrorCode = 'forbidden', message = 'You are not allowed to do this.') {
    super(403, code, message);
  }
}

/** The same answer for "does not exist", "another organisation's" and "not yours to see". */
export class NotFoundError extends AppError {
  constructor(message = 'Not found.') {
    super(404, 'not_found', message);
  }
}

export class ConflictError extends AppError {
  constructor(code: ErrorCode, message: string, field?: string) {
    super(409, code, message, field);
  }
}

/** 409 carrying the current value, so the client can show it instead of overwriting it. */
export class StaleVersionError extends AppError {
  constructor(current: unknown) {
    super(409, 'stale_version', 'This was changed by someone else since you opened it. Here is the current version.');
    this.current = current;
  }
}

export class GoneError extends AppError {
  constructor(code: ErrorCode, message: string) {
    super(410, code, message);
  }
}

export class TooManyRequestsError extends AppError {
  constructor(retryAfterSeconds: number) {
    super(429, 'too_many_requests', 'Too many attempts. Please wait and try again.', undefined, {
      'retry-after': String(Math.max(1, Math.ceil(retryAfterSeconds))),
    });
  }
}

export class ServiceUnavailableError extends AppError {
  constructor(
    code: ErrorCode = 'unavailable',
    message = 'The service is briefly unavailable. Please try again.',
    retryAfterSeconds = 5,
  ) {
    super(503, code, message, undefined, { 'retry-after': String(retryAfterSeconds) });
  }
}
