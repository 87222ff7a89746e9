import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ErrorBody, ErrorCode } from '@alongside/shared';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

/**
 * How every error leaves: `{ error, message, requestId, field? }`, whoever raised it — a service,
 * a schema, the router, a body parser, Node's HTTP parser. Fastify's own codes (`FST_ERR_*`) and
 * wording never reach a client: each of its client errors gets a stable code of ours.
 */
export type ErrorReply = Omit<ErrorBody, 'requestId' | 'error'> & { error: ErrorCode };

export function sendError(reply: FastifyReply, request: FastifyRequest, status: number, body: ErrorReply) {
  const payload: ErrorBody = { ...body, requestId: request.id };
  if (payload.field === undefined) delete payload.field;
  // Set here as well as by the app's onSend hook: the router's errors are answered outside any route.
  reply.header('x-request-id', request.id);
  return reply.status(status).type('application/json').send(payload);
}

const internalReply: ErrorReply = {
  error: 'internal',
  message: 'Something went wrong on our side. It has been logged; please try again.',
};

export function sendInternal(reply: FastifyReply, request: FastifyRequest) {
  return sendError(reply, request, 500, internalReply);
}

interface FrameworkReply extends ErrorReply {
  status: number;
}

/** Fastify's client errors, by its code. `field` names the part of the request at fault. */
const frameworkReplies: Record<string, FrameworkReply> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    error: 'unsupported_media_type',
    message: 'This address does not accept a body of this Content-Type.',
    field: 'content-type',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    error: 'body_too_large',
    message: 'The request body is too large.',
    field: 'body',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    error: 'invalid_json',
    message: 'The body is empty, but its Content-Type says JSON.',
    field: 'body',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    error: 'invalid_json',
    message: 'The body is not valid JSON.',
    field: 'body',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    error: 'invalid_content_length',
    message: 'The body is not as long as its Content-Length says.',
    field: 'body',
  },
  FST_ERR_BAD_URL: {
    status: 400,
    error: 'invalid_path',
    message: 'The address has a part that cannot be decoded.',
    field: 'path',
  },
  FST_ERR_MAX_PARAM_LENGTH: {
    status: 414,
    error: 'path_too_long',
    message: 'A part of the address is too long.',
    field: 'path',
  },
};

/** Other client errors a framework part may raise, by status alone: never its own wording. */
const byStatus: Record<number, ErrorReply> = {
  404: { error: 'not_found', message: 'Not found.' },
  405: { error: 'method_not_allowed', message: 'This address does not answer this method.' },
  408: { error: 'request_timeout', message: 'The request took too long to arrive.' },
  413: { error: 'body_too_large', message: 'The request body is too large.', field: 'body' },
  414: { error: 'path_too_long', message: 'The address is too long.', field: 'path' },
  415: {
    error: 'unsupported_media_type',
    message: 'This address does not accept a body of this Content-Type.',
    field: 'content-type',
  },
  431: { error: 'headers_too_large', message: 'The request headers are too large.', field: 'headers' },
};

/** The reply for a 4xx error raised by the framework (not by us): our code and wording for it. */
export function frameworkClientError(error: FastifyError, status: number): FrameworkReply {
  return frameworkReplies[error.code] ?? { status, ...replyForStatus(status) };
}

/** Our code and wording for an error known only by its status. */
export function replyForStatus(status: number): ErrorReply {
  if (status >= 500) return internalReply;
  return byStatus[status] ?? { error: 'bad_request', message: 'The request could not be understood.' };
}

/**
 * The `frameworkErrors` option: errors the router raises before any route (and so before any hook
 * or the error handler) runs — an address that cannot be decoded, a path parameter too long.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const status = error.statusCode ?? 500;
  if (status >= 500) {
    request.log.error({ err: error }, 'router error');
    void sendInternal(reply, request);
    return;
  }
  const { status: replyStatus, ...body } = frameworkClientError(error, status);
  void sendError(reply, request, replyStatus, body);
}

/**
 * The `clientErrorHandler` option: a request Node's HTTP parser could not read (malformed, headers
 * too large, too slow). There is no request object yet, so the answer is written to the socket.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Duplex): void {
  // A reset connection has nobody to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const status = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  const requestId = randomUUID();
  const reply = byStatus[status] ?? {
    error: 'bad_request',
    message: 'The request could not be read.',
    field: 'request',
  };
  const body = JSON.stringify({ ...reply, requestId });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
        'Content-Type: application/json\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        `X-Request-Id: ${requestId}\r\n` +
        'Connection: close\r\n\r\n' +
        body,
    );
  }
  socket.destroy(error);
}
