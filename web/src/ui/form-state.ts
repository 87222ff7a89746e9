import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { z } from 'zod';
import { t } from '../i18n/i18n.js';
import { explainError, type FieldErrors, focusFirstError, validate } from './form-helpers.js';
import './al-button.js';
import './al-notice.js';

type Host = ReactiveControllerHost & { renderRoot: ParentNode };

/**
 * One form's submit, the way every account and admin form does it: check the input with the
 * shared schema (each field's message in the person's language), then send it while the button
 * says it is busy; a refusal the server pins on a field shows under that field, anything else
 * above the button, and focus goes to the first field in error.
 */
export class FormState {
  errors: FieldErrors = {};
  formError = '';
  busy = false;

  /** `messages`: each field's wording when it is wrong, read at submit (in the language then). */
  constructor(
    private readonly host: Host,
    private readonly messages: () => FieldErrors,
  ) {}

  /** The error under `field`, or '' (for an `al-field`'s `.error`). */
  error(field: string): string {
    return this.errors[field] ?? '';
  }

  /**
   * Checks `input` and, if it passes, runs `save` with the parsed data. `refused` may take an
   * error `save` threw and return true when it has dealt with it itself; `invalid` words the
   * summary of a failed check (default: "check the fields").
   */
  async submit<S extends z.ZodType>(
    schema: S,
    input: unknown,
    save: (data: z.output<S>) => Promise<void>,
    options: { refused?: (error: unknown) => boolean; invalid?: (errors: FieldErrors) => string } = {},
  ): Promise<void> {
    if (this.busy) return;
    const messages = this.messages();
    const checked = validate(schema, input, messages);
    if (!checked.ok) {
      this.show(checked.errors, options.invalid?.(checked.errors) ?? t('form.checkFields'));
      await focusFirstError(this.host.renderRoot, checked.errors);
      return;
    }
    this.busy = true;
    this.show({}, '');
    try {
      await save(checked.data);
    } catch (error) {
      if (options.refused?.(error)) return;
      const explained = explainError(error, messages);
      this.show(explained.fieldErrors, explained.formError);
      await focusFirstError(this.host.renderRoot, explained.fieldErrors);
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  private show(errors: FieldErrors, formError: string): void {
    this.errors = errors;
    this.formError = formError;
    this.host.requestUpdate();
  }

  /** The end of the form: the alert with the form's error (and `more`, e.g. a link), then the submit button. */
  renderEnd(labels: { submit: string; busy?: string }, more: TemplateResult | typeof nothing = nothing) {
    return html`<div role="alert">
        ${this.formError ? html`<al-notice tone="error"><p>${this.formError}</p>${more}</al-notice>` : nothing}
      </div>
      <div class="actions">
        <al-button type="submit" variant="primary" ?busy=${this.busy}>
          ${this.busy ? (labels.busy ?? labels.submit) : labels.submit}
        </al-button>
      </div>`;
  }
}
