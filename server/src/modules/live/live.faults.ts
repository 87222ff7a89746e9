import type { LiveServerMessage } from '@alongside/shared';
import type { FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import type { z } from 'zod';
import { describeIssue, summarise } from '../../lib/validation-issue.js';

/**
 * What the live channel answers and logs when a client gets the protocol wrong. Both are bounded
 * and quiet: a client's mistakes are its own, not the server's, and never fill the logs or echo
 * back what was sent.
 */

/** The one answer to a message that is not a valid client message, worded as a 400 would be. */
export function badMessageReply(error: z.ZodError): Extract<LiveServerMessage, { type: 'error' }> {
  const first = error.issues[0];
  const issue = first ? describeIssue(first) : { field: '', message: 'invalid' };
  return { type: 'error', code: 'bad_message', message: summarise(issue, 'message'), field: issue.field };
}

/**
 * For @fastify/websocket's `errorHandler`: every error on an open socket, and any thrown by its
 * handler. ws reports a client breaking the framing rules (a frame over the size limit, invalid
 * UTF-8, an unknown opcode…) as an error after it has closed the socket with the matching code;
 * that is the client's fault and a warning with the code is all it deserves: no stack, which
 * would only say where in ws it was noticed. Anything else is ours, logged in full.
 */
export function liveSocketErrorHandler(error: Error, socket: WebSocket, request: FastifyRequest): void {
  const closeCode = wsCloseCode(error);
  if (closeCode !== undefined) {
    const code = 'code' in error ? error.code : undefined;
    request.log.warn({ closeCode, code }, 'live socket closed: the client broke the WebSocket protocol');
  } else {
    request.log.error({ err: error }, 'live socket failed');
  }
  socket.terminate();
}

/**
 * The close code ws sent for a protocol fault. ws keeps it on the error under a symbol of its own
 * (`kStatusCode`), which it does not export; a test would notice if a new version moved it.
 */
function wsCloseCode(error: Error): number | undefined {
  const symbol = Object.getOwnPropertySymbols(error).find((s) => s.description === 'status-code');
  const value: unknown = symbol === undefined ? undefined : Reflect.get(error, symbol);
  return typeof value === 'number' ? value : undefined;
}
