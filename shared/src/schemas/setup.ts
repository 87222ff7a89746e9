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
