import type { PlanSnapshot } from '@alongside/shared';
import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { Resource } from '../../data/resource.js';
import { resourcesApi } from '../../data/resources-client.js';
import { tp } from '../../i18n/plan-i18n.js';
import { tres } from '../../i18n/resources-i18n.js';
import { Actions } from '../../ui/actions.js';
import '../../ui/al-button.js';
import '../../ui/al-field.js';
import '../../ui/al-select.js';
import '../../ui/al-textarea.js';
import { renderResource } from '../../ui/async-state.js';
import { readForm } from '../../ui/form-helpers.js';
import { nudged } from '../language/nudge-field.js';
import { PlanPart } from '../plan/plan-part.js';

/**
 * A specialist suggesting a community resource to the person: search the directory here, pick
 * one and, if it helps, the goal it serves. It arrives on the person's plan as a suggestion they
 * decide on, like any other.
 *
 * @property plan - the person's plan (their name, and the goals a resource may serve)
 * @fires al-announce - the suggestion sent, or why it was not, for the page's regions
 */
@customElement('al-suggest-resource')
export class AlSuggestResource extends PlanPart {
  @property({ attribute: false }) plan!: PlanSnapshot;
  @state() private query = '';
  @state() private error = '';
  private readonly directory = new Resource(this, (signal) =>
    resourcesApi.search(this.query ? { q: this.query } : {}, signal).then((r) => r.resources),
  );
  private readonly actions = new Actions(this, { announce: true });

  override render() {
    const name = this.plan.participant.name;
    const goals = this.plan.goals.filter((g) => g.status === 'active' || g.status === 'on-hold');
    return html`<section aria-labelledby="suggest-resource-title">
      <h2 id="suggest-resource-title">${tres('suggest.title')}</h2>
      <div class="card">
        <p>${tres('suggest.lead', { name })}</p>
        <form class="find-resource" role="search" novalidate @submit=${this.find}>
          <al-field name="q" label=${tres('suggest.search')} maxlength="100" .value=${this.query}></al-field>
          <al-button type="submit">${tres('suggest.find')}</al-button>
        </form>
        ${renderResource(this.directory, (list) =>
          list.length === 0
            ? html`<p class="muted">${tres('suggest.noResults')} <a href="/resources">${tres('suggest.openDirectory')}</a></p>`
            : html`<form class="form-grid" novalidate @submit=${this.suggest}>
                <al-select
                  name="resourceId"
                  label=${tres('suggest.resource')}
                  .error=${this.error}
                  .options=${[
                    { value: '', label: tres('suggest.chooseResource') },
                    ...list.map((r) => ({ value: r.id, label: `${r.name} (${tres(`category.${r.category}`)})` })),
                  ]}
                ></al-select>
                <al-select
                  name="goalId"
                  label=${tres('suggest.goal')}
                  optional
                  .options=${[{ value: '', label: tres('suggest.noGoal') }, ...goals.map((g) => ({ value: g.id, label: g.title }))]}
                ></al-select>
                ${nudged(html`<al-textarea name="rationale" label=${tp('suggestions.rationale')} optional maxlength="1000" rows="2"></al-textarea>`)}
                <div>
                  <al-button type="submit" variant="primary" ?busy=${this.actions.busy === 'suggest'}>${tres('suggest.submit')}</al-button>
                </div>
              </form>`,
        )}
      </div>
    </section>`;
  }

  private async find(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.query = (readForm(event.target as HTMLFormElement).q ?? '').trim().slice(0, 100);
    await this.directory.reload();
  }

  private async suggest(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const values = readForm(form);
    const resourceId = values.resourceId ?? '';
    if (!resourceId) {
      this.error = tres('suggest.pickFirst');
      form.querySelector('al-select')?.focus();
      return;
    }
    this.error = '';
    const goalId = values.goalId ?? '';
    const rationale = (values.rationale ?? '').trim();
    await this.actions.run('suggest', async () => {
      await this.send({
        type: 'suggestion.create',
        proposal: { kind: 'referral', resourceId, ...(goalId ? { goalId } : {}) },
        ...(rationale ? { rationale } : {}),
      });
      form.reset();
      for (const select of form.querySelectorAll('al-select')) select.value = '';
      this.actions.say(tres('suggest.sent', { name: this.plan.participant.name }));
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-suggest-resource': AlSuggestResource;
  }
}
