import { type Choice, pathways, zOptionLabel } from '@alongside/shared';
import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { tp } from '../../i18n/plan-i18n.js';
import { nudgeIf } from '../language/nudge-field.js';
import '../../ui/al-field.js';
import '../../ui/al-select.js';
import '../../ui/al-textarea.js';
import { PlanAddForm } from './plan-part.js';

/**
 * One more option for a choice the person is weighing: the person adds it to their own choice
 * (`owner`, `choice.add-option`), their specialist suggests it for the person to decide on
 * (`partner`, an `option` suggestion with their reason). The same fields either way; the
 * command differs, as the partnership rules say. Renders under the choice (light DOM).
 *
 * @property choice - the choice it is for
 * @property mode - `owner` (adds it) or `partner` (suggests it)
 * @property participantName - whose plan it is, for the words after a suggestion
 * @fires al-announce - the option added or suggested, or why it was not, for the page's regions
 */
@customElement('al-option-form')
export class AlOptionForm extends PlanAddForm {
  @property({ attribute: false }) choice!: Choice;

  override render() {
    const owner = this.mode === 'owner';
    const of = tp('choices.of', { question: this.choice.question });
    return this.renderAdd(
      html`${owner ? tp('choices.addOption') : tp('choices.suggestOption')}<span class="visually-hidden"> — ${of}</span>`,
      html`${nudgeIf(!owner, html`<al-field name="label" label=${tp('choices.newOption')} maxlength="200" .error=${this.error}></al-field>`)}
        <al-select
          name="pathway"
          label=${tp('choices.newOptionPathway')}
          value="other"
          .options=${pathways.map((pw) => ({ value: pw, label: tp(`pathway.${pw}`) }))}
        ></al-select>
        ${nudgeIf(!owner, html`<al-textarea name="notes" label=${tp('choices.newOptionNotes')} optional maxlength="1000" rows="2"></al-textarea>`)}
        ${this.renderRationale()}`,
      owner ? tp('choices.addOptionButton') : tp('choices.suggestOptionButton'),
    );
  }

  protected override async add(event: SubmitEvent): Promise<void> {
    const checked = this.checked(event, 'label', zOptionLabel, tp('choices.newOptionInvalid'));
    if (!checked) return;
    const { values, value: label } = checked;
    const pathway = pathways.find((pw) => pw === values.pathway) ?? 'other';
    const notes = (values.notes ?? '').trim();
    const option = { choiceId: this.choice.id, label, pathway, ...(notes ? { notes } : {}) };
    await this.addOrSuggest(
      checked,
      { type: 'choice.add-option', ...option },
      { kind: 'option', ...option },
      tp('choices.optionAdded', { label }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-option-form': AlOptionForm;
  }
}
