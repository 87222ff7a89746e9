import type { z } from 'zod';
import { isApiError } from '../data/api-error.js';
import { t } from '../i18n/i18n.js';
import { errorText } from './error-text.js';

export type FieldErrors = Partial<Record<string, string>>;

/** The values of a form's fields (including `al-field`/`al-select`, which are form-associated). */
export function readForm(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of new FormData(form)) {
    if (typeof value === 'string') values[key] = value;
  }
  return values;
}

/**
 * Checks input with the same shared schema the server uses, so the rules cannot drift apart.
 * Messages come from `messages` (by field), in the person's language, never from zod.
 */
export function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
  messages: FieldErrors,
): { ok: true; data: z.output<S> } | { ok: false; errors: FieldErrors } {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    // Nested fields are named by their dotted path (`settings.smallCellThreshold`), as the server names them.
    const field = issue.path.map(String).join('.');
    if (field && errors[field] === undefined) errors[field] = messages[field] ?? t('error.validationFailed');
  }
  return { ok: false, errors };
}

/**
 * Splits a failed call into a message for one field (when the server named a field this form
 * has) and a message for the whole form.
 */
export function explainError(
  error: unknown,
  fieldMessages: FieldErrors,
): { fieldErrors: FieldErrors; formError: string } {
  if (isApiError(error) && error.field && error.field in fieldMessages) {
    const message =
      error.code === 'validation_failed' ? (fieldMessages[error.field] ?? errorText(error)) : errorText(error);
    return { fieldErrors: { [error.field]: message }, formError: t('form.checkFields') };
  }
  return { fieldErrors: {}, formError: errorText(error) };
}

/** Moves focus to the first field with an error, in the order the fields appear. */
export async function focusFirstError(root: ParentNode, errors: FieldErrors): Promise<void> {
  const fields = root.querySelectorAll<HTMLElement & { name: string; updateComplete?: Promise<unknown> }>(
    'al-field, al-select',
  );
  for (const field of fields) {
    if (errors[field.name]) {
      await field.updateComplete;
      field.focus();
      return;
    }
  }
}
