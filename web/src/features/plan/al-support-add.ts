import { supportKinds, zSupportLabel } from '@alongside/shared';
import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { tp } from '../../i18n/plan-i18n.js';
import '../../ui/al-field.js';
import '../../ui/al-select.js';
import { readForm } from '../../ui/form-helpers.js';
import { PlanAddForm } from './plan-part.js';

/**
 * The person adding a support — someone or something that helps, what kind, how to reach them.
 * Renders at the end of the supports section (light DOM).
 *
 * @fires al-announce - the support added, or why it was not, for the page's regions
 */
@customElement('al-support-add')
export class AlSupportAdd extends PlanAddForm {
  override render() {
    return this.renderAdd(
      tp('supports.add'),
      html`<al-field name="label" label=${tp('supports.label')} hint=${tp('supports.labelHint')} maxlength="200" .error=${this.error}></al-field>
        <al-select
          name="kind"
          label=${tp('supports.kindLabel')}
          value="friend"
          .options=${supportKinds.map((k) => ({ value: k, label: tp(`supports.kind.${k}`) }))}
        ></al-select>
        <al-field name="howToReach" label=${tp('supports.howLabel')} optional maxlength="300"></al-field>`,
      tp('supports.addButton'),
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
    await this.actions.run('add', async () => {
      await this.send({ type: 'support.create', label: label.data, kind, ...(howToReach ? { howToReach } : {}) });
      form.reset();
      this.actions.say(tp('supports.added', { label: label.data }));
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-support-add': AlSupportAdd;
  }
}
