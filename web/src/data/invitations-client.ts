import {
  type AcceptInvitation,
  type CreateInvitation,
  zCreatedInvitation,
  zInvitationList,
  zInvitationPreview,
  zMe,
  zOk,
} from '@alongside/shared';
import { call } from './client.js';

const id = (value: string) => encodeURIComponent(value);

/** Invitations: made and followed by an admin, opened and accepted by the person invited. */
export const invitationsApi = {
  create: (body: CreateInvitation) => call('/invitations', zCreatedInvitation, { method: 'POST', body }),
  list: (signal?: AbortSignal) => call('/invitations', zInvitationList, { signal }),
  withdraw: (invitationId: string) => call(`/invitations/${id(invitationId)}`, zOk, { method: 'DELETE' }),
  preview: (token: string, signal?: AbortSignal) =>
    call('/invitations/preview', zInvitationPreview, { method: 'POST', body: { token }, signal }),
  accept: (body: AcceptInvitation) => call('/invitations/accept', zMe, { method: 'POST', body }),
  reissue: (invitationId: string) =>
    call(`/invitations/${id(invitationId)}/reissue`, zCreatedInvitation, { method: 'POST' }),
};
