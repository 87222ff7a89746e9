import { supportKinds, zSupportLabel } from '@alongside/shared';
import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { tp } from '../../i18n/plan-i18n.js';
import '../../ui/al-field.js';
import '../../ui/al-select.js';
import '../../ui/al-textarea.js';
import { readForm } from '../../ui/form-helpers.js';
import { PlanAddForm } from './plan-part.js';

/**
 * A support — someone or something that helps, what kind, how to reach them: the person adds it
 * to their plan (`owner`), their specialist suggests it for the person to decide on (`partner`,
 * with their reason). Renders at the end of the supports section (light DOM).
 *
 * @property mode - `owner` (adds it) or `partner` (suggests it)
 * @property participantName - whose plan it is, for the words after a suggestion
 * @fires al-announce - the support added or suggested, or why it was not, for the page's regions
 */
@customElement('al-support-add')
export class AlSupportAdd extends PlanAddForm {
  @property() mode: 'owner' | 'partner' = 'owner';
  @property() participantName = '';

  override render() {
    const owner = this.mode === 'owner';
    return this.renderAdd(
      owner ? tp('supports.add') : tp('supports.suggest'),
      html`<al-field name="label" label=${tp('supports.label')} hint=${tp('supports.labelHint')} maxlength="200" .error=${this.error}></al-field>
        <al-select
          name="kind"
          label=${tp('supports.kindLabel')}
          value="friend"
          .options=${supportKinds.map((k) => ({ value: k, label: tp(`supports.kind.${k}`) }))}
        ></al-select>
        <al-field name="howToReach" label=${tp('supports.howLabel')} optional maxlength="300"></al-field>
        ${owner ? '' : html`<al-textarea name="rationale" label=${tp('suggestions.rationale')} optional maxlength="1000" rows="2"></al-textarea>`}`,
      owner ? tp('supports.addButton') : tp('supports.suggestButton'),
    );
  }

  protected override async add(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const values = readForm(form);
    const label = zSupportLabel.safeParse(values.label ?? '');
    if (!label.success) {
      this.error = tp('supports.labelInvalid');
      form.querySelector('al-field')?.focus();
      return;
    }
    this.error = '';
    const kind = supportKinds.find((k) => k === values.kind) ?? 'other';
    const howToReach = (values.howToReach ?? '').trim();
    const rationale = (values.rationale ?? '').trim();
    const owner = this.mode === 'owner';
    const how = howToReach ? { howToReach } : {};
    await this.actions.run('add', async () => {
      await this.send(
        owner
          ? { type: 'support.create', label: label.data, kind, ...how }
          : {
              type: 'suggestion.create',
              proposal: { kind: 'support', label: label.data, supportKind: kind, ...how },
              ...(rationale ? { rationale } : {}),
            },
      );
      form.reset();
      this.actions.say(
        owner ? tp('supports.added', { label: label.data }) : tp('goal.suggestionSent', { name: this.participantName }),
      );
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-support-add': AlSupportAdd;
  }
}
