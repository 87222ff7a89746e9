import { supportKinds, zSupportLabel } from '@alongside/shared';
import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { tp } from '../../i18n/plan-i18n.js';
import { nudgeIf } from '../language/nudge-field.js';
import '../../ui/al-field.js';
import '../../ui/al-select.js';
import '../../ui/al-textarea.js';
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
  override render() {
    const owner = this.mode === 'owner';
    return this.renderAdd(
      owner ? tp('supports.add') : tp('supports.suggest'),
      html`${nudgeIf(!owner, html`<al-field name="label" label=${tp('supports.label')} hint=${tp('supports.labelHint')} maxlength="200" .error=${this.error}></al-field>`)}
        <al-select
          name="kind"
          label=${tp('supports.kindLabel')}
          value="friend"
          .options=${supportKinds.map((k) => ({ value: k, label: tp(`supports.kind.${k}`) }))}
        ></al-select>
        <al-field name="howToReach" label=${tp('supports.howLabel')} optional maxlength="300"></al-field>
        ${this.renderRationale()}`,
      owner ? tp('supports.addButton') : tp('supports.suggestButton'),
    );
  }

  protected override async add(event: SubmitEvent): Promise<void> {
    const checked = this.checked(event, 'label', zSupportLabel, tp('supports.labelInvalid'));
    if (!checked) return;
    const { values, value: label } = checked;
    const kind = supportKinds.find((k) => k === values.kind) ?? 'other';
    const howToReach = (values.howToReach ?? '').trim();
    const how = howToReach ? { howToReach } : {};
    await this.addOrSuggest(
      checked,
      { type: 'support.create', label, kind, ...how },
      { kind: 'support', label, supportKind: kind, ...how },
      tp('supports.added', { label }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-support-add': AlSupportAdd;
  }
}
