import type { ErrorBody } from '@alongside/shared';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { type ErrorAnswer, errorBodyOf, httpFaultWords } from '../lib/error-body.js';
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
      // A domain error or an outage reads the same here as in a live nack (`errorBodyOf`).
      const answer = errorBodyOf(error, httpFaultWords);
      if (answer.log !== 'error') {
        if (answer.log === 'warn') request.log.warn({ err: error }, 'database unavailable');
        return send(reply, request, answer);
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
        return send(reply, request, {
          status: 400,
          body: {
            error: 'validation_failed',
            message: first ? summarise(first, 'request') : 'The request is not valid.',
            field: first?.field,
            issues,
          },
        });
      }
      if (isResponseSerializationError(error)) {
        request.log.error({ err: error }, 'response did not match its schema');
        return send(reply, request, answer);
      }
      const status = error instanceof AppError ? 500 : (error.statusCode ?? 500);
      if (status >= 400 && status < 500) {
        // Fastify's own client errors (bad JSON, unsupported media type, body too large) are safe to echo.
        return send(reply, request, { status, body: { error: clientErrorCode(error), message: error.message } });
      }
      if (status === 503) {
        return send(reply, request, {
          status: 503,
          body: { error: 'unavailable', message: 'Alongside is restarting. Please try again.' },
          headers: { 'retry-after': '5' },
        });
      }
      request.log.error({ err: error }, 'internal error');
      return send(reply, request, answer);
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
      send(reply, request, { status: 404, body: { error: 'not_found', message: 'Not found.' } }),
    );
  },
  { name: 'error-handler' },
);

/** An answer of the shared mapping, or one of the framework's own (a 400 lists its issues). */
type Answer = Omit<ErrorAnswer, 'body'> & { body: Omit<ErrorBody, 'requestId'> };

function send(reply: FastifyReply, request: FastifyRequest, answer: Answer) {
  const payload: ErrorBody = { ...answer.body, requestId: request.id };
  if (payload.field === undefined) delete payload.field;
  if (answer.headers) reply.headers(answer.headers);
  return reply.status(answer.status).type('application/json').send(payload);
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
