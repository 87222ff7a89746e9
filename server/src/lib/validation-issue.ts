/**
 * How a validation failure is put into words for an error answer, over HTTP (the error handler)
 * and on the live channel alike. An answer repeats only a bounded part of what was sent: zod's own
 * message for unknown keys lists every key, so a body of invented keys would come straight back.
 */

/** Unknown keys named one by one; the rest are only counted. */
const maxKeysNamed = 3;
/** The longest key repeated as it was sent. */
const maxKeyLength = 40;
const maxFieldLength = 100;
/** The longest message an error answer carries. */
export const maxMessageLength = 200;

/** A zod issue, or what fastify-type-provider-zod makes of one. */
export interface IssueInput {
  /** zod's issue code: `unrecognized_keys`, `too_small`… */
  code: string;
  path: readonly PropertyKey[];
  message: string;
  /** For `unrecognized_keys`: the keys. */
  keys?: unknown;
}

export interface DescribedIssue {
  field: string;
  message: string;
}

/** `steps.0.title` and what is wrong with it; an unknown key is named itself. */
export function describeIssue(issue: IssueInput): DescribedIssue {
  const keys = issue.code === 'unrecognized_keys' && Array.isArray(issue.keys) ? issue.keys.map(String) : [];
  const field = clip([...issue.path.map(String), ...keys.slice(0, 1)].join('.'), maxFieldLength);
  return { field, message: keys.length > 0 ? unknownKeys(keys) : clip(issue.message, maxMessageLength) };
}

/** The answer's one line: `field: what is wrong` (the whole input's name when no field is at fault). */
export function summarise(issue: DescribedIssue, whole: string): string {
  return clip(`${issue.field || whole}: ${issue.message}`, maxMessageLength);
}

function unknownKeys(keys: string[]): string {
  const named = keys.slice(0, maxKeysNamed).map((key) => JSON.stringify(clip(key, maxKeyLength)));
  const more = keys.length - named.length;
  return `Unrecognized key${keys.length === 1 ? '' : 's'}: ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  // Never half of a character written as two UTF-16 units (an emoji, say).
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}
