import { z } from 'zod';
import { zId, zIsoDateTime } from './common.js';

const zPerson = z.object({ id: zId, name: z.string() });

export const zPartnership = z.object({
  id: zId,
  specialist: zPerson,
  participant: zPerson,
  startedAt: zIsoDateTime,
  endedAt: zIsoDateTime.nullable(),
});
export type Partnership = z.infer<typeof zPartnership>;
export const zPartnershipList = z.object({ partnerships: z.array(zPartnership) });

export const zCreatePartnership = z.strictObject({ specialistId: zId, participantId: zId });
export type CreatePartnership = z.infer<typeof zCreatePartnership>;

export const zPartnershipIdParams = z.strictObject({ partnershipId: zId });
