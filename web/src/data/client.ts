import {
  type SignInRequest,
  type UpdateMe,
  zAuthStatus,
  zErrorBody,
  zMe,
  zOk,
  zSignInSessionList,
} from '@alongside/shared';
import type { z } from 'zod';
import { ApiError } from './api-error.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface CallOptions {
  method?: Method;
  body?: unknown;
  query?: Record<string, string | number | undefined>;
  signal?: AbortSignal | undefined;
}

type UnauthenticatedListener = () => void;
let onUnauthenticated: UnauthenticatedListener | undefined;

/** Called when a request answers 401 `unauthenticated` (the session ended or timed out). */
export function setUnauthenticatedListener(listener: UnauthenticatedListener | undefined): void {
  onUnauthenticated = listener;
}

type ReconfirmListener = () => Promise<boolean>;
let onReconfirm: ReconfirmListener | undefined;

/**
 * Called when a sensitive act answers 403 `reconfirmation_required`: it asks the person to confirm
 * it is them (a dialog, loaded then) and says whether they did; if so, the request is sent again.
 */
export function setReconfirmListener(listener: ReconfirmListener | undefined): void {
  onReconfirm = listener;
}

/**
 * The one door to the API. JSON in and out, cookies on the same origin only, and every answer —
 * success or error — is parsed with the shared zod schema before anyone sees it.
 */
export async function call<S extends z.ZodType>(
  path: string,
  schema: S,
  options: CallOptions = {},
): Promise<z.output<S>> {
  const method = options.method ?? 'GET';
  const url = new URL(`/api${path}`, location.origin);
  for (const [key, value] of Object.entries(options.query ?? {})) {
    if (value !== undefined) url.searchParams.set(key, String(value));
  }
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ status: 0, code: 'network', message: 'Could not reach Alongside.' });
  }

  const payload = await readJson(response);
  if (!response.ok) {
    const error = toApiError(response, payload);
    if (error.code === 'reconfirmation_required' && onReconfirm && (await onReconfirm())) {
      return call(path, schema, options);
    }
    throw error;
  }

  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    throw new ApiError({
      status: response.status,
      code: 'unexpected_response',
      message: `The answer from ${method} ${path} did not have the expected shape.`,
      requestId: response.headers.get('x-request-id') ?? undefined,
    });
  }
  return parsed.data;
}

async function readJson(response: Response): Promise<unknown> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('application/json')) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

function toApiError(response: Response, payload: unknown): ApiError {
  const retryAfter = Number.parseInt(response.headers.get('retry-after') ?? '', 10);
  const retryAfterSeconds = Number.isFinite(retryAfter) ? retryAfter : undefined;
  const body = zErrorBody.safeParse(payload);
  const error = body.success
    ? new ApiError({ status: response.status, ...body.data, code: body.data.error, retryAfterSeconds })
    : new ApiError({
        status: response.status,
        code: response.status >= 500 ? 'internal' : 'unexpected_response',
        message: response.statusText || 'Request failed.',
        requestId: response.headers.get('x-request-id') ?? undefined,
        retryAfterSeconds,
      });
  if (error.status === 401 && error.code === 'unauthenticated') onUnauthenticated?.();
  return error;
}

const id = (value: string) => encodeURIComponent(value);
type Signal = AbortSignal | undefined;

/**
 * What the first screen and every signed-in page need: who is signed in, signing in and out,
 * one's own account, and asking for a reset link from the sign-in screen. Each area's calls are
 * in their own client (setup-client.ts, invitations-client.ts, people-client.ts, plan-client.ts…),
 * loaded with the pages that use them, so their schemas stay out of the first screen.
 */
export const api = {
  auth: {
    signIn: (body: SignInRequest) => call('/auth/sign-in', zMe, { method: 'POST', body }),
    signOut: () => call('/auth/sign-out', zOk, { method: 'POST' }),
    me: (signal?: Signal) => call('/auth/me', zMe, { signal }),
    /** Who is signed in (null: nobody) and whether mail is configured; 200 either way. */
    status: (signal?: Signal) => call('/auth/status', zAuthStatus, { signal }),
    updateMe: (body: UpdateMe) => call('/auth/me', zMe, { method: 'PATCH', body }),
    sessions: (signal?: Signal) => call('/auth/sessions', zSignInSessionList, { signal }),
    endSession: (sessionId: string) => call(`/auth/sessions/${id(sessionId)}`, zOk, { method: 'DELETE' }),
  },
  passwords: {
    requestReset: (email: string) => call('/passwords/resets/request', zOk, { method: 'POST', body: { email } }),
  },
};
