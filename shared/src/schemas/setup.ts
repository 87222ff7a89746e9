import { z } from 'zod';
import { zEmail, zPassword, zPersonName } from './common.js';
import { zOrganisationName } from './organisation.js';

export const zSetupStatus = z.object({ needsSetup: z.boolean() });
export type SetupStatus = z.infer<typeof zSetupStatus>;

/** First run: creates the organisation and its first admin, using the one-time token printed at start. */
export const zSetupRequest = z.strictObject({
  token: z.string().min(16).max(200),
  organisationName: zOrganisationName,
  adminName: zPersonName,
  email: zEmail,
  password: zPassword,
});
export type SetupRequest = z.infer<typeof zSetupRequest>;

/** An operator's link for another organisation on the server (`npm run org:create`): the token only. */
export const zOrganisationLinkRequest = z.strictObject({ token: z.string().min(16).max(200) });
export type OrganisationLinkRequest = z.infer<typeof zOrganisationLinkRequest>;

/** Which organisation the link is for, shown above the form. */
export const zOrganisationLinkPreview = z.object({ organisationName: zOrganisationName });
export type OrganisationLinkPreview = z.infer<typeof zOrganisationLinkPreview>;

/** Opening that link: the organisation exists already; this makes its first admin. */
export const zOrganisationAdminRequest = zSetupRequest.omit({ organisationName: true });
export type OrganisationAdminRequest = z.infer<typeof zOrganisationAdminRequest>;
