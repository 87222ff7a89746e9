import type { Questionnaire, QuestionnaireAnswer, QuestionnaireItem } from '@alongside/shared';
import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { tp } from '../../i18n/plan-i18n.js';
import '../../ui/al-button.js';
import { fire } from '../../ui/events.js';
import { readForm } from '../../ui/form-helpers.js';
import { PartElement } from '../../ui/part-element.js';

/** A field's text as its item's type of answer (a choice's field holds its option's index). */
function answerValue(item: QuestionnaireItem, raw: string): QuestionnaireAnswer['value'] | undefined {
  if (item.type === 'integer') return Number.parseInt(raw, 10);
  if (item.type === 'boolean') return raw === 'yes';
  if (item.type === 'choice') return item.options[Number(raw)]?.value;
  return raw;
}

export interface QuestionnaireAnswers {
  questionnaireId: string;
  answers: QuestionnaireAnswer[];
}

/**
 * One of the organisation's questionnaires, to answer: a field per item (a number, a choice of its
 * options, yes or no, words). The server checks the answers and scores them.
 *
 * @property questionnaire - the questionnaire to answer
 * @property busy - the page is saving what it last fired
 * @fires al-questionnaire-answer - `QuestionnaireAnswers`, the items answered
 */
@customElement('al-questionnaire-form')
export class AlQuestionnaireForm extends PartElement {
  @property({ attribute: false }) questionnaire!: Questionnaire;
  @property({ type: Boolean }) busy = false;

  private fieldId(item: QuestionnaireItem): string {
    return `q-${this.questionnaire.id}-${item.linkId}`.replace(/[^\w-]/g, '_');
  }

  private renderItem(item: QuestionnaireItem) {
    const id = this.fieldId(item);
    const label = html`${item.text} ${item.required ? html`<span class="muted">${tp('questionnaire.needed')}</span>` : nothing}`;
    switch (item.type) {
      case 'integer':
        return html`<p><label for=${id}>${label}</label><br /><input id=${id} name=${item.linkId} type="number" step="1" inputmode="numeric" ?required=${item.required} /></p>`;
      case 'string':
        return html`<p><label for=${id}>${label}</label><br /><textarea id=${id} name=${item.linkId} rows="2" maxlength="1000" ?required=${item.required}></textarea></p>`;
      case 'choice':
        return html`<p><label for=${id}>${label}</label><br /><select id=${id} name=${item.linkId} ?required=${item.required}>
          <option value="">${tp('questionnaire.pick')}</option>
          ${item.options.map((o, i) => html`<option value=${String(i)}>${o.label}</option>`)}
        </select></p>`;
      case 'boolean':
        return html`<fieldset><legend>${label}</legend>
          <label><input type="radio" name=${item.linkId} value="yes" /> ${tp('questionnaire.yes')}</label>
          <label><input type="radio" name=${item.linkId} value="no" /> ${tp('questionnaire.no')}</label>
        </fieldset>`;
    }
  }

  override render() {
    return html`<form class="form-grid" novalidate @submit=${this.submit}>
      ${this.questionnaire.items.map((item) => this.renderItem(item))}
      <div><al-button type="submit" ?busy=${this.busy}>${tp('questionnaire.submit')}</al-button></div>
    </form>`;
  }

  /** The answers given, each in its item's type; items left blank are left out. */
  answersFrom(values: Record<string, string>): QuestionnaireAnswer[] {
    return this.questionnaire.items.flatMap((item) => {
      const raw = (values[item.linkId] ?? '').trim();
      const value = raw === '' ? undefined : answerValue(item, raw);
      return value === undefined ? [] : [{ linkId: item.linkId, value }];
    });
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    const answers = this.answersFrom(readForm(event.target as HTMLFormElement));
    fire(this, 'al-questionnaire-answer', { questionnaireId: this.questionnaire.id, answers });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-questionnaire-form': AlQuestionnaireForm;
  }
  interface HTMLElementEventMap {
    'al-questionnaire-answer': CustomEvent<QuestionnaireAnswers>;
  }
}
