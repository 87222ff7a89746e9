import type { Questionnaire } from '@alongside/shared';
import { css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { isApiError } from '../../data/api-error.js';
import { questionnairesApi } from '../../data/questionnaires-client.js';
import { Resource } from '../../data/resource.js';
import { tad } from '../../i18n/admin-i18n.js';
import { Actions } from '../../ui/actions.js';
import { AlElement } from '../../ui/al-element.js';
import { renderResource } from '../../ui/async-state.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import '../../ui/al-button.js';

/**
 * An admin's questionnaires: upload a FHIR R4 Questionnaire file, see what is offered, stop
 * offering one. A refused file is explained in words, naming where the problem is (`item.3.type`)
 * as the server found it; a file that is no JSON at all is caught before it is sent.
 */
@customElement('al-questionnaire-admin')
export class AlQuestionnaireAdmin extends AlElement {
  @state() private problem = '';
  private readonly actions = new Actions(this);
  private readonly list = new Resource(this, (signal) => questionnairesApi.all(signal));

  override render() {
    return html`<section aria-labelledby="questionnaires-title">
      <h2 id="questionnaires-title">${tad('questionnaires.title')}</h2>
      <p>${tad('questionnaires.lead')}</p>
      <form @submit=${this.upload} novalidate>
        <p>
          <label for="questionnaire-file">${tad('questionnaires.file')}</label><br />
          <input id="questionnaire-file" name="file" type="file" accept=".json,application/json,application/fhir+json" />
        </p>
        <al-button type="submit" ?busy=${this.actions.busy === 'upload'}>${tad('questionnaires.upload')}</al-button>
      </form>
      <div role="alert">${this.problem || this.actions.failure}</div>
      <div role="status">${this.actions.feedback}</div>
      ${renderResource(this.list, (l) => this.renderList(l.questionnaires))}
    </section>`;
  }

  private renderList(list: Questionnaire[]) {
    if (list.length === 0) return html`<p class="muted">${tad('questionnaires.none')}</p>`;
    return html`<ul class="list">
      ${list.map(
        (q) => html`<li>
          <strong>${q.title}</strong> — ${tad('questionnaires.items', { count: q.items.length })}
          ${
            q.retiredAt
              ? html`<span class="badge">${tad('questionnaires.retired')}</span>`
              : html`<al-button variant="secondary" ?busy=${this.actions.busy === q.id} @click=${() => this.retire(q)}
                  >${tad('questionnaires.retire')}</al-button
                >`
          }
        </li>`,
      )}
    </ul>`;
  }

  private async upload(event: SubmitEvent) {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).querySelector<HTMLInputElement>('input[type=file]');
    const file = input?.files?.[0];
    this.problem = '';
    if (!file) {
      this.problem = tad('questionnaires.chooseFile');
      return;
    }
    let resource: unknown;
    try {
      resource = JSON.parse(await file.text());
    } catch {
      this.problem = tad('questionnaires.notJson');
      return;
    }
    await this.actions.run('upload', async () => {
      try {
        const q = await questionnairesApi.upload(resource);
        this.actions.say(tad('questionnaires.uploaded', { title: q.title }));
        (event.target as HTMLFormElement).reset();
        await this.list.reload();
      } catch (error) {
        // Where the file is wrong, in the server's words about it (a path such as item.3.type).
        if (isApiError(error) && error.field) {
          this.problem = tad('questionnaires.where', { field: error.field, message: error.message });
          return;
        }
        throw error;
      }
    });
  }

  private async retire(q: Questionnaire) {
    await this.actions.run(q.id, async () => {
      await questionnairesApi.retire(q.id);
      this.actions.say(tad('questionnaires.retiredDone', { title: q.title }));
      await this.list.reload();
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
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'al-questionnaire-admin': AlQuestionnaireAdmin;
  }
}
