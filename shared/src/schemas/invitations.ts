import { z } from 'zod';
import { zRole } from '../roles.js';
import { zEmail, zId, zIsoDateTime, zPassword, zPersonName } from './common.js';
import { zLanguage } from './organisation.js';

export const zCreateInvitation = z.strictObject({
  email: zEmail,
  role: zRole,
  /** For a participant invited by an admin: the specialist they will partner with. */
  specialistId: zId.optional(),
  /** Also mail the link to the address (only when mail is configured; the link is shown either way). */
  sendEmail: z.boolean().optional(),
});
export type CreateInvitation = z.infer<typeof zCreateInvitation>;

/** A specialist invites a participant; the partnership with the inviter is created on acceptance. */
export const zCreateParticipantInvitation = z.strictObject({ email: zEmail });
export type CreateParticipantInvitation = z.infer<typeof zCreateParticipantInvitation>;

export const invitationStatuses = ['pending', 'accepted', 'expired', 'revoked'] as const;
export const zInvitationStatus = z.enum(invitationStatuses);

export const zInvitation = z.object({
  id: zId,
  email: z.string(),
  role: zRole,
  status: zInvitationStatus,
  invitedBy: z.object({ id: zId, name: z.string() }),
  createdAt: zIsoDateTime,
  expiresAt: zIsoDateTime,
});
export type Invitation = z.infer<typeof zInvitation>;
export const zInvitationList = z.object({ invitations: z.array(zInvitation) });

/** Only answer that carries the link: the inviter passes it on (it may also have been mailed). */
export const zCreatedInvitation = z.object({
  invitation: zInvitation,
  link: z.string(),
  /** True when the link was also mailed; false when not asked, not configured, or the mail server failed. */
  mailed: z.boolean(),
});
export type CreatedInvitation = z.infer<typeof zCreatedInvitation>;

export const zInvitationToken = z.string().min(16).max(200);

/** What the invitee sees before accepting. */
export const invitationUnusableReasons = ['unknown', 'used', 'revoked', 'expired'] as const;
export type InvitationUnusableReason = (typeof invitationUnusableReasons)[number];

/**
 * What an invitation link is for — or why it cannot be used. Always a 200, so a page opened from an
 * old link says why in plain words without a failed request (accepting it is still refused).
 */
export const zInvitationPreview = z.discriminatedUnion('usable', [
  z.object({
    usable: z.literal(true),
    email: z.string(),
    role: zRole,
    organisationName: z.string(),
    invitedByName: z.string(),
    expiresAt: zIsoDateTime,
  }),
  z.object({ usable: z.literal(false), reason: z.enum(invitationUnusableReasons) }),
]);
export type InvitationPreview = z.infer<typeof zInvitationPreview>;

export const zInvitationPreviewRequest = z.strictObject({ token: zInvitationToken });

export const zAcceptInvitation = z.strictObject({
  token: zInvitationToken,
  name: zPersonName,
  password: zPassword,
  /** The language the person chose on the invitation page; the organisation's default otherwise. */
  language: zLanguage.optional(),
});
export type AcceptInvitation = z.infer<typeof zAcceptInvitation>;

export const zInvitationIdParams = z.strictObject({ invitationId: zId });
