import {
  type AcceptInvitation,
  type ChangePassword,
  type CompletePasswordReset,
  type CreateInvitation,
  type CreatePartnership,
  type OrganisationAdminRequest,
  type SetupRequest,
  type SignInRequest,
  type UpdateMe,
  type UpdateOrganisation,
  zAccessLogPage,
  zAccessSittingsPage,
  zAuthStatus,
  zCreatedInvitation,
  zErrorBody,
  zInvitationList,
  zInvitationPreview,
  zIssuedPasswordReset,
  zMe,
  zOk,
  zOrganisation,
  zOrganisationLinkPreview,
  zPartnership,
  zPartnershipList,
  zPasswordResetPreview,
  zSetupStatus,
  zSignInSessionList,
  zUserList,
  zUserSummary,
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
  if (!response.ok) throw toApiError(response, payload);

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

export const api = {
  setup: {
    status: (signal?: Signal) => call('/setup', zSetupStatus, { signal }),
    complete: (body: SetupRequest) => call('/setup', zMe, { method: 'POST', body }),
    /** An operator's link for another organisation (`npm run org:create`): which one it is for. */
    organisationLink: (token: string, signal?: Signal) =>
      call('/setup/link', zOrganisationLinkPreview, { method: 'POST', body: { token }, signal }),
    completeOrganisation: (body: OrganisationAdminRequest) => call('/setup/admin', zMe, { method: 'POST', body }),
  },
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
  invitations: {
    create: (body: CreateInvitation) => call('/invitations', zCreatedInvitation, { method: 'POST', body }),
    list: (signal?: Signal) => call('/invitations', zInvitationList, { signal }),
    withdraw: (invitationId: string) => call(`/invitations/${id(invitationId)}`, zOk, { method: 'DELETE' }),
    preview: (token: string, signal?: Signal) =>
      call('/invitations/preview', zInvitationPreview, { method: 'POST', body: { token }, signal }),
    accept: (body: AcceptInvitation) => call('/invitations/accept', zMe, { method: 'POST', body }),
    reissue: (invitationId: string) =>
      call(`/invitations/${id(invitationId)}/reissue`, zCreatedInvitation, { method: 'POST' }),
  },
  passwords: {
    issueReset: (userId: string) =>
      call('/passwords/resets', zIssuedPasswordReset, { method: 'POST', body: { userId } }),
    previewReset: (token: string, signal?: Signal) =>
      call('/passwords/resets/preview', zPasswordResetPreview, { method: 'POST', body: { token }, signal }),
    completeReset: (body: CompletePasswordReset) => call('/passwords/resets/complete', zOk, { method: 'POST', body }),
    requestReset: (email: string) => call('/passwords/resets/request', zOk, { method: 'POST', body: { email } }),
    change: (body: ChangePassword) => call('/passwords/change', zOk, { method: 'POST', body }),
  },
  users: {
    list: (signal?: Signal) => call('/users', zUserList, { signal }),
    setDisabled: (userId: string, disabled: boolean) =>
      call(`/users/${id(userId)}/${disabled ? 'disable' : 'enable'}`, zUserSummary, { method: 'POST' }),
  },
  partnerships: {
    list: (signal?: Signal) => call('/partnerships', zPartnershipList, { signal }),
    create: (body: CreatePartnership) => call('/partnerships', zPartnership, { method: 'POST', body }),
    end: (partnershipId: string) => call(`/partnerships/${id(partnershipId)}/end`, zPartnership, { method: 'POST' }),
  },
  accessLog: {
    page: (query: { before?: string | undefined; limit?: number }, signal?: Signal) =>
      call('/access-log', zAccessLogPage, { query, signal }),
    sittings: (query: { before?: string | undefined; limit?: number; others?: 'true' | 'false' }, signal?: Signal) =>
      call('/access-log/sittings', zAccessSittingsPage, { query, signal }),
  },
  organisation: {
    get: (signal?: Signal) => call('/organisation', zOrganisation, { signal }),
    update: (body: UpdateOrganisation) => call('/organisation', zOrganisation, { method: 'PATCH', body }),
  },
};
