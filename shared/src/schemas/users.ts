import { z } from 'zod';
import { zRole } from '../roles.js';
import { zId, zIsoDateTime } from './common.js';

export const zUserSummary = z.object({
  id: zId,
  name: z.string(),
  email: z.string(),
  role: zRole,
  disabled: z.boolean(),
  createdAt: zIsoDateTime,
});
export type UserSummary = z.infer<typeof zUserSummary>;
export const zUserList = z.object({ users: z.array(zUserSummary) });

export const zUserIdParams = z.strictObject({ userId: zId });
