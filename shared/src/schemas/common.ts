import { z } from 'zod';

export const zId = z.uuid();
export const zIsoDateTime = z.iso.datetime({ offset: true });

/** Names as people write them: trimmed, 1–100 characters. */
export const zPersonName = z.string().trim().min(1).max(100);

export const zEmail = z.string().trim().toLowerCase().pipe(z.email().max(254));

/** 8–128 characters and no composition rules (NIST 800-63B); the server also refuses common ones. */
export const zPassword = z.string().min(8).max(128);

/** The body of every error answer. `field` names the offending input when there is one. */
export const zErrorBody = z.object({
  error: z.string(),
  message: z.string(),
  requestId: z.string(),
  field: z.string().optional(),
  issues: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  /** On a 409 stale-version conflict: the item as it is now. */
  current: z.unknown().optional(),
});
export type ErrorBody = z.infer<typeof zErrorBody>;

export const zOk = z.object({ ok: z.literal(true) });
