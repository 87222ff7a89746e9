import {
  type CustomTerm,
  type CustomTermInput,
  type LanguageSettings,
  type LanguageTerm,
  languageCodes,
} from '@alongside/shared';
import { css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { languageApi } from '../../data/language-client.js';
import { Resource } from '../../data/resource.js';
import { tlang } from '../../i18n/language-i18n.js';
import { Actions } from '../../ui/actions.js';
import { AlElement } from '../../ui/al-element.js';
import { renderResource } from '../../ui/async-state.js';
import { readForm } from '../../ui/form-helpers.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import '../../ui/al-button.js';
import '../../ui/al-field.js';
import '../../ui/al-select.js';
import '../../ui/al-textarea.js';
import { forgetTerms } from './language-terms.js';

interface AdminView {
  builtIn: readonly LanguageTerm[];
  settings: LanguageSettings;
}

/**
 * An admin's respectful-language words: switch built-in terms off (and on), add the organisation's
 * own (a word, its other forms, an alternative or none, why) and remove them. What staff are
 * nudged about; participants' own words are never checked.
 */
@customElement('al-language-terms-admin')
export class AlLanguageTermsAdmin extends AlElement {
  private readonly actions = new Actions(this);
  /** The organisation's own term being changed, if one is. */
  @state() private editing: string | undefined;
  private readonly view = new Resource<AdminView>(this, async (signal) => {
    const [{ builtInTerms }, settings] = await Promise.all([
      import('./built-in-terms.js'),
      languageApi.settings(signal),
    ]);
    return { builtIn: builtInTerms, settings };
  });

  override render() {
    return html`<section aria-labelledby="language-terms-title">
      <h2 id="language-terms-title">${tlang('admin.title')}</h2>
      <p>${tlang('admin.lead')}</p>
      <div role="alert">${this.actions.failure}</div>
      <div role="status">${this.actions.feedback}</div>
      ${renderResource(this.view, (v) => this.renderView(v))}
    </section>`;
  }

  private renderView(v: AdminView) {
    const off = new Set(v.settings.disabledBuiltIn);
    return html`<h3>${tlang('admin.custom')}</h3>
      ${
        v.settings.custom.length === 0
          ? html`<p class="muted">${tlang('admin.none')}</p>`
          : html`<ul class="list">
              ${v.settings.custom.map((c) => this.renderCustom(c))}
            </ul>`
      }
      <details>
        <summary>${tlang('admin.add')}</summary>
        ${this.renderTermForm(undefined, this.add, tlang('admin.save'), 'add')}
      </details>
      <h3>${tlang('admin.builtIn')}</h3>
      <ul class="list switches">
        ${v.builtIn.map(
          (term) => html`<li>
            <input
              type="checkbox"
              id="term-${term.key}"
              .checked=${!off.has(term.key)}
              @change=${(e: Event) => this.switchTerm(term, (e.target as HTMLInputElement).checked)}
            />
            <label for="term-${term.key}" lang=${term.language}
              >${term.label} <span class="muted">(${tlang(`language.${term.language}`)})</span></label
            >
          </li>`,
        )}
      </ul>`;
  }

  /** The fields of one term: empty to add, filled in to change one of the organisation's own. */
  private renderTermForm(c: CustomTerm | undefined, submit: (e: SubmitEvent) => void, label: string, busy: string) {
    const name = c ? tlang('admin.editing', { label: c.label }) : undefined;
    return html`<form class="form-grid" novalidate aria-label=${ifDefined(name)} @submit=${submit}>
      <al-field name="label" label=${tlang('admin.label')} maxlength="80" .value=${c?.label ?? ''}></al-field>
      <al-textarea name="variants" label=${tlang('admin.variants')} hint=${tlang('admin.variantsHint')} optional rows="2" .value=${c?.variants.join('\n') ?? ''}></al-textarea>
      <al-field name="alternative" label=${tlang('admin.alternative')} hint=${tlang('admin.alternativeHint')} optional maxlength="120" .value=${c?.alternative ?? ''}></al-field>
      <al-field name="why" label=${tlang('admin.why')} maxlength="200" .value=${c?.why ?? ''}></al-field>
      <al-select
        name="language"
        label=${tlang('admin.language')}
        value=${c?.language ?? 'en'}
        .options=${languageCodes.map((l) => ({ value: l, label: tlang(`language.${l}`) }))}
      ></al-select>
      <div class="buttons">
        <al-button type="submit" variant="primary" ?busy=${this.actions.busy === busy}>${label}</al-button>
        ${c ? html`<al-button @click=${() => this.stopEditing(c)}>${tlang('admin.cancel')}</al-button>` : ''}
      </div>
    </form>`;
  }

  private renderCustom(c: CustomTerm) {
    if (this.editing === c.id) {
      return html`<li class="editing" lang=${c.language}>
        ${this.renderTermForm(c, (e) => this.change(e, c), tlang('admin.saveChange'), `save-${c.id}`)}
      </li>`;
    }
    return html`<li>
      <span lang=${c.language}><strong>${c.label}</strong>${c.alternative ? html` → ${c.alternative}` : ''}</span>
      <al-button variant="quiet" data-edit=${c.id} @click=${() => this.startEditing(c)}
        >${tlang('admin.edit')}<span class="visually-hidden"> ${tlang('admin.quoted', { label: c.label })}</span></al-button
      >
      <al-button variant="quiet" ?busy=${this.actions.busy === c.id} @click=${() => this.removeTerm(c)}
        >${tlang('admin.remove')}<span class="visually-hidden"> ${tlang('admin.quoted', { label: c.label })}</span></al-button
      >
    </li>`;
  }

  /** After any change to the words: staff fields compile them afresh, the list is read again. */
  private async termsChanged(message: string) {
    forgetTerms();
    this.actions.say(message);
    await this.view.reload();
  }

  private async startEditing(c: CustomTerm) {
    this.editing = c.id;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('li.editing al-field')?.focus();
  }

  private async stopEditing(c: CustomTerm) {
    this.editing = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`al-button[data-edit="${c.id}"]`)?.focus();
  }

  private async change(event: SubmitEvent, c: CustomTerm) {
    event.preventDefault();
    const input = termInput(event.target as HTMLFormElement);
    await this.actions.run(`save-${c.id}`, async () => {
      await languageApi.update(c.id, input);
      this.editing = undefined;
      await this.termsChanged(tlang('admin.changed', { label: input.label }));
    });
  }

  private add = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const input = termInput(form);
    const label = input.label;
    await this.actions.run('add', async () => {
      await languageApi.create(input);
      form.reset();
      await this.termsChanged(tlang('admin.added', { label }));
    });
  };

  private async removeTerm(c: CustomTerm) {
    await this.actions.run(c.id, async () => {
      await languageApi.remove(c.id);
      await this.termsChanged(tlang('admin.removed', { label: c.label }));
    });
  }

  private async switchTerm(term: LanguageTerm, on: boolean) {
    await this.actions.run(term.key, async () => {
      await languageApi.switchBuiltIn(term.key, on);
      await this.termsChanged(tlang('admin.switched', { label: term.label, on }));
    });
  }

  static override styles = [
    sharedStyles,
    css`
      .list li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--space-2);
        margin-bottom: var(--space-2);
      }
      .switches input {
        width: 1.5rem;
        height: 1.5rem;
      }
      details {
        margin-bottom: var(--space-4);
      }
      .list li.editing {
        display: block;
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: var(--space-2);
      }
    `,
  ];
}

/** What the term form says, as the API takes it (the server trims and bounds it again). */
function termInput(form: HTMLFormElement): CustomTermInput {
  const values = readForm(form);
  return {
    language: values.language === 'es' ? 'es' : 'en',
    label: (values.label ?? '').trim(),
    variants: (values.variants ?? '')
      .split('\n')
      .map((v) => v.trim())
      .filter(Boolean),
    alternative: (values.alternative ?? '').trim(),
    why: (values.why ?? '').trim(),
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'al-language-terms-admin': AlLanguageTermsAdmin;
  }
}
