import { type Choice, pathways, zOptionLabel } from '@alongside/shared';
import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { tp } from '../../i18n/plan-i18n.js';
import '../../ui/al-field.js';
import '../../ui/al-select.js';
import '../../ui/al-textarea.js';
import { readForm } from '../../ui/form-helpers.js';
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
  @property() mode: 'owner' | 'partner' = 'owner';
  @property() participantName = '';

  override render() {
    const owner = this.mode === 'owner';
    const of = tp('choices.of', { question: this.choice.question });
    return this.renderAdd(
      html`${owner ? tp('choices.addOption') : tp('choices.suggestOption')}<span class="visually-hidden"> — ${of}</span>`,
      html`<al-field name="label" label=${tp('choices.newOption')} maxlength="200" .error=${this.error}></al-field>
        <al-select
          name="pathway"
          label=${tp('choices.newOptionPathway')}
          value="other"
          .options=${pathways.map((pw) => ({ value: pw, label: tp(`pathway.${pw}`) }))}
        ></al-select>
        <al-textarea name="notes" label=${tp('choices.newOptionNotes')} optional maxlength="1000" rows="2"></al-textarea>
        ${owner ? '' : html`<al-textarea name="rationale" label=${tp('suggestions.rationale')} optional maxlength="1000" rows="2"></al-textarea>`}`,
      owner ? tp('choices.addOptionButton') : tp('choices.suggestOptionButton'),
    );
  }

  protected override async add(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const values = readForm(form);
    const label = zOptionLabel.safeParse(values.label ?? '');
    if (!label.success) {
      this.error = tp('choices.newOptionInvalid');
      form.querySelector('al-field')?.focus();
      return;
    }
    this.error = '';
    const pathway = pathways.find((pw) => pw === values.pathway) ?? 'other';
    const notes = (values.notes ?? '').trim();
    const rationale = (values.rationale ?? '').trim();
    const option = { choiceId: this.choice.id, label: label.data, pathway, ...(notes ? { notes } : {}) };
    const owner = this.mode === 'owner';
    await this.actions.run('add', async () => {
      await this.send(
        owner
          ? { type: 'choice.add-option', ...option }
          : {
              type: 'suggestion.create',
              proposal: { kind: 'option', ...option },
              ...(rationale ? { rationale } : {}),
            },
      );
      form.reset();
      this.actions.say(
        owner
          ? tp('choices.optionAdded', { label: label.data })
          : tp('goal.suggestionSent', { name: this.participantName }),
      );
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-option-form': AlOptionForm;
  }
}
