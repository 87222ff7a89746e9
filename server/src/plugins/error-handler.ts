import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { type ErrorAnswer, errorBodyOf, httpFaultWords } from '../lib/error-body.js';
import { AppError, ServiceUnavailableError } from '../lib/errors.js';
import { describeIssue, summarise } from '../lib/validation-issue.js';
import { frameworkClientError, replyForStatus, sendError } from './error-replies.js';

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
        return sendAnswer(reply, request, answer);
      }
      if (hasZodFastifySchemaValidationErrors(error)) {
        // The first few issues, each bounded: the answer never grows with what was sent. A problem
        // with the whole body (or query…) rather than one of its fields is named by its part.
        const part = error.validationContext ?? 'request';
        const issues = error.validation.slice(0, maxIssues).map((v) => {
          const issue = describeIssue({
            code: v.keyword,
            path: v.instancePath.split('/').filter(Boolean),
            message: v.message ?? 'Invalid value.',
            keys: v.params.keys,
          });
          return { ...issue, field: issue.field || part };
        });
        const first = issues[0];
        return sendError(reply, request, 400, {
          error: 'validation_failed',
          message: first ? summarise(first, part) : 'The request is not valid.',
          field: first?.field,
          issues,
        });
      }
      if (isResponseSerializationError(error)) {
        request.log.error({ err: error }, 'response did not match its schema');
        return sendAnswer(reply, request, answer);
      }
      // A domain error that reached here has a 5xx status: internal, whatever it says.
      const status = error instanceof AppError ? 500 : (error.statusCode ?? 500);
      if (status >= 400 && status < 500) {
        // The framework's client errors (bad JSON, unsupported media type, body too large), in our words.
        const { status: replyStatus, ...body } = frameworkClientError(error, status);
        return sendError(reply, request, replyStatus, body);
      }
      if (status === 503) {
        reply.header('retry-after', '5');
        return sendError(reply, request, 503, {
          error: 'unavailable',
          message: 'Alongside is restarting. Please try again.',
        });
      }
      request.log.error({ err: error }, 'internal error');
      return sendAnswer(reply, request, answer);
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
      sendError(reply, request, 404, { error: 'not_found', message: 'Not found.' }),
    );

    // A part that answers an error with no body at all (the websocket plugin's 404 for a plain GET
    // of the socket's address, say) still answers in the usual shape.
    app.addHook('onSend', async (request, reply, payload) => {
      if (reply.statusCode < 400 || (payload !== undefined && payload !== null && payload !== '')) return payload;
      reply.type('application/json');
      return JSON.stringify({ ...replyForStatus(reply.statusCode), requestId: request.id });
    });
  },
  { name: 'error-handler' },
);

/** An answer of the shared mapping (`errorBodyOf`), with its headers (Retry-After…). */
function sendAnswer(reply: FastifyReply, request: FastifyRequest, answer: ErrorAnswer) {
  if (answer.headers) reply.headers(answer.headers);
  return sendError(reply, request, answer.status, answer.body);
}
