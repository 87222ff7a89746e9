import { type CreatePartnership, zPartnership, zPartnershipList, zUserList, zUserSummary } from '@alongside/shared';
import { call } from './client.js';

const id = (value: string) => encodeURIComponent(value);

/** The organisation's accounts (turned off or on by an admin). */
export const usersApi = {
  list: (signal?: AbortSignal) => call('/users', zUserList, { signal }),
  setDisabled: (userId: string, disabled: boolean) =>
    call(`/users/${id(userId)}/${disabled ? 'disable' : 'enable'}`, zUserSummary, { method: 'POST' }),
};

/** Partnerships between a specialist and a participant. */
export const partnershipsApi = {
  list: (signal?: AbortSignal) => call('/partnerships', zPartnershipList, { signal }),
  create: (body: CreatePartnership) => call('/partnerships', zPartnership, { method: 'POST', body }),
  end: (partnershipId: string) => call(`/partnerships/${id(partnershipId)}/end`, zPartnership, { method: 'POST' }),
};
