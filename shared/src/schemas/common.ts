import { z } from 'zod';

export const zId = z.uuid();
export const zIsoDateTime = z.iso.datetime({ offset: true });

/**
 * True when the text holds a control character other than tab, line feed or carriage return:
 * never typed on purpose, and NUL cannot be stored at all.
 */
export function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127) return true;
  }
  return false;
}

/** Free text as people type it: trimmed, `min`–`max` characters, no control characters. */
export const zText = (max: number, min = 0) =>
  (min > 0 ? z.string().trim().min(min) : z.string().trim())
    .max(max)
    .refine((text) => !hasControlCharacter(text), 'Remove the control character from this text.');

/** Names as people write them: trimmed, 1–100 characters. */
export const zPersonName = zText(100, 1);

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
