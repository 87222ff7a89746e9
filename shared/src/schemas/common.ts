import { z } from 'zod';

export const zId = z.uuid();
export const zIsoDateTime = z.iso.datetime({ offset: true });

/**
 * Numbers that reach the database are bounded by their column, so an input the schema accepts is
 * one PostgreSQL accepts too (a bigger one would fail in the query: a 500 instead of a 400).
 */
export const int4Max = 2_147_483_647;
/** The largest `bigint` (int8), as text: ids of that type travel as strings of digits. */
const int8Max = 9_223_372_036_854_775_807n;

/** The `version` an edit was made against. The edit stores version + 1 in an int4, so one less. */
export const zVersion = z
  .int()
  .min(1)
  .max(int4Max - 1);
/** A position in a plan's event log (`seq`, int4): 0 is before the first event. */
export const zSeqCursor = z.int().min(0).max(int4Max);
/** The same in a query string, where it arrives as text. */
export const zSeqCursorQuery = z.coerce.number().int().min(0).max(int4Max);
/** An int8 id as a string of digits (JSON numbers cannot carry all of them). */
export const zInt8IdString = z
  .string()
  .regex(/^\d{1,19}$/, { message: 'a whole number', abort: true })
  .refine((digits) => BigInt(digits) <= int8Max, 'a number this large is no id');

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
