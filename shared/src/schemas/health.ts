import { z } from 'zod';

export const zHealth = z.object({ status: z.literal('ok') });
export const zReady = z.object({ status: z.literal('ready') });
