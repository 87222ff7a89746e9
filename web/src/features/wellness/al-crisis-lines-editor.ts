import {
  type CrisisLine,
  defaultCrisisLines,
  type Organisation,
  zCrisisLines,
  zUpdateOrganisation,
} from '@alongside/shared';
import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { organisationApi } from '../../data/organisation-client.js';
import { tp } from '../../i18n/plan-i18n.js';
import { AlElement } from '../../ui/al-element.js';
import '../../ui/al-button.js';
import '../../ui/al-field.js';
import '../../ui/al-notice.js';
import { fire } from '../../ui/events.js';
import type { FieldErrors } from '../../ui/form-helpers.js';
import { readForm } from '../../ui/form-helpers.js';
import { FormState } from '../../ui/form-state.js';
import { sharedStyles } from '../../ui/shared-styles.js';

const fields = ['name', 'call', 'text', 'chat'] as const;
const maxLines = 6;

/** The organisation's own crisis lines from its (loosely typed) settings; undefined when it has none. */
export function ownCrisisLines(organisation: Organisation): CrisisLine[] | undefined {
  const parsed = zCrisisLines.safeParse(organisation.settings.crisisLines);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Admin: the crisis lines every person of the organisation sees with their wellness plan — up to
 * six, each with a name and at least one of a number to call, a number to text, a chat address.
 * Until the organisation sets its own, its people see 988 (shown here as the starting point).
 *
 * @property organisation - the organisation as last read
 * @fires al-organisation-saved - `Organisation`: the organisation after the lines were saved
 */
@customElement('al-crisis-lines-editor')
export class AlCrisisLinesEditor extends AlElement {
  @property({ attribute: false }) organisation!: Organisation;
  @state() private lines: CrisisLine[] = [];
  @state() private saved = '';
  private loadedFrom: Organisation | undefined;
  private readonly form = new FormState(this, () => this.messages());

  override willUpdate(): void {
    if (this.organisation !== this.loadedFrom) {
      this.loadedFrom = this.organisation;
      this.lines = ownCrisisLines(this.organisation) ?? [...defaultCrisisLines];
    }
  }

  override render() {
    const own = ownCrisisLines(this.organisation);
    return html`<section aria-labelledby="crisis-lines-title">
      <h2 id="crisis-lines-title">${tp('crisisLines.title')}</h2>
      <p>${tp('crisisLines.lead')}</p>
      ${own ? nothing : html`<p class="muted">${tp('crisisLines.usingDefault')}</p>`}
      <form class="form-grid" novalidate @submit=${this.submit}>
        ${this.lines.map((line, i) => this.renderLine(line, i))}
        ${
          this.lines.length < maxLines
            ? html`<div><al-button @click=${this.addLine}>${tp('crisisLines.add')}</al-button></div>`
            : nothing
        }
        <div role="status">${this.saved ? html`<al-notice tone="success"><p>${this.saved}</p></al-notice>` : nothing}</div>
        ${this.form.renderEnd({ submit: tp('crisisLines.save') })}
      </form>
    </section>`;
  }

  private renderLine(line: CrisisLine, i: number) {
    const n = i + 1;
    const name = (field: string) => `settings.crisisLines.${i}.${field}`;
    return html`<fieldset class="line">
      <legend>${tp('crisisLines.line', { n })}</legend>
      ${fields.map(
        (field) => html`<al-field
          name=${name(field)}
          label=${tp(`crisisLines.${field}`)}
          ?optional=${field !== 'name'}
          type="text"
          inputmode=${field === 'chat' ? 'url' : field === 'name' ? 'text' : 'tel'}
          maxlength=${field === 'chat' ? 300 : field === 'name' ? 80 : 40}
          .value=${line[field] ?? ''}
          .error=${this.form.error(name(field))}
        ></al-field>`,
      )}
      ${
        this.lines.length > 1
          ? html`<div><al-button variant="quiet" @click=${() => this.removeLine(i)}>${tp('crisisLines.remove', { n })}</al-button></div>`
          : nothing
      }
    </fieldset>`;
  }

  private messages(): FieldErrors {
    const messages: FieldErrors = {};
    for (let i = 0; i < maxLines; i += 1) {
      messages[`settings.crisisLines.${i}.name`] = tp('crisisLines.nameInvalid');
      messages[`settings.crisisLines.${i}.call`] = tp('crisisLines.numberInvalid');
      messages[`settings.crisisLines.${i}.text`] = tp('crisisLines.numberInvalid');
      messages[`settings.crisisLines.${i}.chat`] = tp('crisisLines.chatInvalid');
    }
    return messages;
  }

  /** The lines as typed so far (kept when one is added or removed). */
  private read(): CrisisLine[] {
    const form = this.renderRoot.querySelector('form');
    if (!form) return this.lines;
    const values = readForm(form);
    return this.lines.map((_, i) => {
      const line: Record<string, string> = {};
      for (const field of fields) {
        const value = (values[`settings.crisisLines.${i}.${field}`] ?? '').trim();
        if (value || field === 'name') line[field] = value;
      }
      return line as CrisisLine;
    });
  }

  private async addLine(): Promise<void> {
    this.lines = [...this.read(), { name: '' }];
    await this.updateComplete;
    const names = this.renderRoot.querySelectorAll<HTMLElement>('fieldset al-field');
    names[(this.lines.length - 1) * fields.length]?.focus();
  }

  private async removeLine(i: number): Promise<void> {
    this.lines = this.read().filter((_, at) => at !== i);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('legend')?.closest('fieldset')?.querySelector('al-field')?.focus();
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const lines = this.read();
    this.lines = lines;
    this.saved = '';
    await this.form.submit(zUpdateOrganisation, { settings: { crisisLines: lines } }, async (data) => {
      const updated = await organisationApi.update(data);
      this.saved = tp('crisisLines.saved');
      fire(this, 'al-organisation-saved', updated);
    });
  }

  static override styles = [
    sharedStyles,
    css`
      fieldset.line {
        border: 1px solid var(--c-line);
        border-radius: var(--radius-small);
        padding: var(--space-3);
        display: grid;
        gap: var(--space-3);
      }
      legend {
        font-weight: 600;
        padding: 0 var(--space-1);
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'al-crisis-lines-editor': AlCrisisLinesEditor;
  }
  interface HTMLElementEventMap {
    'al-organisation-saved': CustomEvent<Organisation>;
  }
}
