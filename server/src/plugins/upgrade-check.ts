import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { BadRequestError } from '../lib/errors.js';

// What the `ws` library accepts in a handshake (RFC 6455 §4.2.1; tokens per RFC 7230 §3.2.6).
const keyPattern = /^[+/0-9A-Za-z]{22}==$/;
const tokenPattern = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/**
 * A websocket upgrade that `ws` would refuse (an Upgrade other than websocket, no or a malformed
 * Sec-WebSocket-Key, an unknown version, a malformed subprotocol list) is refused here first: `ws`
 * writes its refusal straight to the socket as bare text, this is a 400 in the usual shape naming
 * the header. It runs after the access check, so an outsider still only learns they must sign in.
 */
export const upgradeCheckPlugin = fp(
  async (app: FastifyInstance) => {
    app.addHook('preHandler', async (request) => {
      if (!request.ws) return;
      const problem = handshakeProblem(request.headers);
      if (problem) throw new BadRequestError('invalid_upgrade', `This is not a valid websocket handshake.`, problem);
    });
  },
  { name: 'upgrade-check', dependencies: ['@fastify/websocket'] },
);

/** The header at fault, or undefined when `ws` will accept the handshake. */
function handshakeProblem(headers: Record<string, string | string[] | undefined>): string | undefined {
  const one = (name: string) => {
    const value = headers[name];
    return Array.isArray(value) ? undefined : value;
  };
  if (one('upgrade')?.toLowerCase() !== 'websocket') return 'upgrade';
  if (!keyPattern.test(one('sec-websocket-key') ?? '')) return 'sec-websocket-key';
  const version = one('sec-websocket-version');
  if (version !== '13' && version !== '8') return 'sec-websocket-version';
  const protocols = headers['sec-websocket-protocol'];
  if (protocols !== undefined && !validProtocolList(protocols)) return 'sec-websocket-protocol';
  return undefined;
}

function validProtocolList(header: string | string[]): boolean {
  if (Array.isArray(header)) return false;
  const names = header.split(',').map((name) => name.replace(/^[ \t]+|[ \t]+$/g, ''));
  return names.every((name) => tokenPattern.test(name)) && new Set(names).size === names.length;
}
