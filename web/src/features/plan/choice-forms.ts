import { type Choice, pathways, zQuestion } from '@alongside/shared';
import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { tp } from '../../i18n/plan-i18n.js';
import { Actions } from '../../ui/actions.js';
import '../../ui/al-button.js';
import '../../ui/al-field.js';
import '../../ui/al-select.js';
import '../../ui/al-textarea.js';
import { readForm } from '../../ui/form-helpers.js';
import { PlanAddForm, PlanPart } from './plan-part.js';

/**
 * The person deciding an open choice: one of its options, and their reasons if they want to give
 * them. Renders under the choice (light DOM), in the page's styles.
 *
 * @property choice - the open choice
 * @fires al-announce - the decision saved, or why it was not (no option chosen), for the page's regions
 */
@customElement('al-choice-decide')
export class AlChoiceDecide extends PlanPart {
  @property({ attribute: false }) choice!: Choice;
  private readonly actions = new Actions(this, { announce: true });

  override render() {
    const c = this.choice;
    return html`<form class="form-grid decide" novalidate @submit=${this.decide}>
      <fieldset>
        <legend>${tp('choices.decideLegend', { question: c.question })}</legend>
        ${c.options.map(
          (o) => html`<div class="radio">
            <input type="radio" id="opt-${o.id}" name="optionId" value=${o.id} />
            <label for="opt-${o.id}">${o.label} <span class="muted">(${tp(`pathway.${o.pathway}`)})</span></label>
          </div>`,
        )}
      </fieldset>
      <al-textarea name="reasons" label=${tp('choices.reasonsLabel')} optional maxlength="2000" rows="2"></al-textarea>
      <div><al-button type="submit" ?busy=${this.actions.busy === 'decide'}>${tp('choices.decide')}</al-button></div>
    </form>`;
  }

  private async decide(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const values = readForm(form);
    const optionId = values.optionId;
    if (!optionId) {
      this.actions.fail(tp('choices.chooseOne'));
      return;
    }
    const reasons = (values.reasons ?? '').trim();
    await this.actions.run('decide', async () => {
      await this.send({ type: 'choice.decide', choiceId: this.choice.id, optionId, ...(reasons ? { reasons } : {}) });
      this.actions.say(tp('choices.decided'));
    });
  }
}

/**
 * The person adding a choice they are weighing: the question and up to three options, each on
 * its pathway. Renders at the end of the choices section (light DOM).
 *
 * @fires al-announce - the choice added, or why it was not, for the page's regions
 */
@customElement('al-choice-add')
export class AlChoiceAdd extends PlanAddForm {
  override render() {
    return this.renderAdd(
      tp('choices.add'),
      html`<al-field name="question" label=${tp('choices.question')} hint=${tp('choices.questionHint')} maxlength="280" .error=${this.error}></al-field>
        ${[1, 2, 3].map(
          (n) => html`<div class="option-row">
            <al-field name="option${n}" label=${tp('choices.optionLabel', { n })} ?optional=${n > 1} maxlength="200"></al-field>
            <al-select
              name="pathway${n}"
              label=${tp('choices.pathwayLabel', { n })}
              value="other"
              .options=${pathways.map((pw) => ({ value: pw, label: tp(`pathway.${pw}`) }))}
            ></al-select>
          </div>`,
        )}`,
      tp('choices.addButton'),
    );
  }

  protected override async add(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const values = readForm(form);
    const question = zQuestion.safeParse(values.question ?? '');
    const options = [1, 2, 3]
      .map((n) => ({
        label: (values[`option${n}`] ?? '').trim(),
        pathway: pathways.find((pw) => pw === values[`pathway${n}`]) ?? 'other',
      }))
      .filter((o) => o.label !== '');
    if (!question.success || options.length === 0) {
      this.error = tp('choices.invalid');
      form.querySelector('al-field')?.focus();
      return;
    }
    this.error = '';
    await this.actions.run('add', async () => {
      await this.send({ type: 'choice.create', question: question.data, options });
      form.reset();
      this.actions.say(tp('choices.added'));
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-choice-decide': AlChoiceDecide;
    'al-choice-add': AlChoiceAdd;
  }
}
