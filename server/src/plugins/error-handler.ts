import type { ErrorBody } from '@alongside/shared';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { isDatabaseUnavailable } from '../lib/db-errors.js';
import { AppError, ServiceUnavailableError } from '../lib/errors.js';
import { describeIssue, summarise } from '../lib/validation-issue.js';

/** Issues listed in a 400; the first names the field. */
const maxIssues = 10;

/**
 * One place that turns any failure into `{ error, message, requestId, field? }`.
 * 4xx answers say what was wrong and name the field; 5xx answers never carry internal text.
 */
export const errorHandlerPlugin = fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      if (error instanceof AppError) {
        // A domain error with a 5xx status (a missing access declaration…) is still internal text.
        if (error.status >= 500 && error.status !== 503) {
          request.log.error({ err: error }, 'internal error');
          return internal(reply, request);
        }
        if (error.headers) reply.headers(error.headers);
        return send(reply, request, error.status, {
          error: error.code,
          message: error.message,
          field: error.field,
          ...(error.current === undefined ? {} : { current: error.current }),
        });
      }
      if (hasZodFastifySchemaValidationErrors(error)) {
        // The first few issues, each bounded: the answer never grows with what was sent.
        const issues = error.validation.slice(0, maxIssues).map((v) =>
          describeIssue({
            code: v.keyword,
            path: v.instancePath.split('/').filter(Boolean),
            message: v.message ?? 'Invalid value.',
            keys: v.params.keys,
          }),
        );
        const first = issues[0];
        return send(reply, request, 400, {
          error: 'validation_failed',
          message: first ? summarise(first, 'request') : 'The request is not valid.',
          field: first?.field,
          issues,
        });
      }
      if (isDatabaseUnavailable(error)) {
        request.log.warn({ err: error }, 'database unavailable');
        reply.header('retry-after', '5');
        return send(reply, request, 503, {
          error: 'database_unavailable',
          message: 'Alongside cannot reach its database right now. Please try again in a moment.',
        });
      }
      if (isResponseSerializationError(error)) {
        request.log.error({ err: error }, 'response did not match its schema');
        return internal(reply, request);
      }
      const status = error.statusCode ?? 500;
      if (status >= 400 && status < 500) {
        // Fastify's own client errors (bad JSON, unsupported media type, body too large) are safe to echo.
        return send(reply, request, status, { error: clientErrorCode(error), message: error.message });
      }
      if (status === 503) {
        reply.header('retry-after', '5');
        return send(reply, request, 503, {
          error: 'unavailable',
          message: 'Alongside is restarting. Please try again.',
        });
      }
      request.log.error({ err: error }, 'unhandled error');
      return internal(reply, request);
    });

    // Graceful shutdown: requests in flight finish; a new one arriving on an open connection gets a
    // 503 in the usual shape, and its connection is closed so the server can finish closing.
    let closing = false;
    app.addHook('preClose', async () => {
      closing = true;
    });
    app.addHook('onRequest', async (_request, reply) => {
      if (!closing) return;
      reply.header('connection', 'close');
      throw new ServiceUnavailableError('shutting_down', 'Alongside is restarting. Please try again in a moment.');
    });

    app.setNotFoundHandler((request, reply) =>
      send(reply, request, 404, { error: 'not_found', message: 'Not found.' }),
    );
  },
  { name: 'error-handler' },
);

function internal(reply: FastifyReply, request: FastifyRequest) {
  return send(reply, request, 500, {
    error: 'internal',
    message: 'Something went wrong on our side. It has been logged; please try again.',
  });
}

function send(reply: FastifyReply, request: FastifyRequest, status: number, body: Omit<ErrorBody, 'requestId'>) {
  const payload: ErrorBody = { ...body, requestId: request.id };
  if (payload.field === undefined) delete payload.field;
  return reply.status(status).type('application/json').send(payload);
}

function clientErrorCode(error: FastifyError): string {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'unsupported_media_type';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'body_too_large';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return 'invalid_json';
    default:
      return 'bad_request';
  }
}
