import { type CustomTerm, type LanguageSettings, type LanguageTerm, languageCodes } from '@alongside/shared';
import { css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
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
        <form class="form-grid" novalidate @submit=${this.add}>
          <al-field name="label" label=${tlang('admin.label')} maxlength="80"></al-field>
          <al-textarea name="variants" label=${tlang('admin.variants')} hint=${tlang('admin.variantsHint')} optional rows="2"></al-textarea>
          <al-field name="alternative" label=${tlang('admin.alternative')} hint=${tlang('admin.alternativeHint')} optional maxlength="120"></al-field>
          <al-field name="why" label=${tlang('admin.why')} maxlength="200"></al-field>
          <al-select
            name="language"
            label=${tlang('admin.language')}
            value="en"
            .options=${languageCodes.map((l) => ({ value: l, label: tlang(`language.${l}`) }))}
          ></al-select>
          <div><al-button type="submit" variant="primary" ?busy=${this.actions.busy === 'add'}>${tlang('admin.save')}</al-button></div>
        </form>
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

  private renderCustom(c: CustomTerm) {
    return html`<li>
      <span lang=${c.language}><strong>${c.label}</strong>${c.alternative ? html` → ${c.alternative}` : ''}</span>
      <al-button variant="quiet" aria-label=${tlang('admin.removeLabel', { label: c.label })} ?busy=${this.actions.busy === c.id} @click=${() => this.removeTerm(c)}
        >${tlang('admin.remove')}</al-button
      >
    </li>`;
  }

  private async add(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const values = readForm(form);
    const label = (values.label ?? '').trim();
    await this.actions.run('add', async () => {
      await languageApi.create({
        language: values.language === 'es' ? 'es' : 'en',
        label,
        variants: (values.variants ?? '')
          .split('\n')
          .map((v) => v.trim())
          .filter(Boolean),
        alternative: (values.alternative ?? '').trim(),
        why: (values.why ?? '').trim(),
      });
      form.reset();
      forgetTerms();
      this.actions.say(tlang('admin.added', { label }));
      await this.view.reload();
    });
  }

  private async removeTerm(c: CustomTerm) {
    await this.actions.run(c.id, async () => {
      await languageApi.remove(c.id);
      forgetTerms();
      this.actions.say(tlang('admin.removed', { label: c.label }));
      await this.view.reload();
    });
  }

  private async switchTerm(term: LanguageTerm, on: boolean) {
    await this.actions.run(term.key, async () => {
      await languageApi.switchBuiltIn(term.key, on);
      forgetTerms();
      this.actions.say(tlang('admin.switched', { label: term.label, on }));
      await this.view.reload();
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
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'al-language-terms-admin': AlLanguageTermsAdmin;
  }
}
