/**
 * The person's own forms in the choices and supports sections — the `owner` parts that
 * plan-sections.ts draws in: deciding an open choice, adding a choice with up to three options,
 * and adding a support. Each add form keeps its own field error. A helper drawn into the plan
 * page's own shadow root (not an element of its own), using the page's actions, so the busy
 * buttons, alert and status region are the page's; the specialist's page reads these sections
 * without it.
 */
import { type Choice, pathways, supportKinds, zQuestion, zSupportLabel } from '@alongside/shared';
import { html, type ReactiveControllerHost } from 'lit';
import '../../ui/al-button.js';
import '../../ui/al-field.js';
import '../../ui/al-select.js';
import '../../ui/al-textarea.js';
import type { LivePlan } from '../../data/live-plan.js';
import { tp } from '../../i18n/plan-i18n.js';
import type { Actions } from '../../ui/actions.js';
import { readForm } from '../../ui/form-helpers.js';

/** The forms' state and behaviour; every change re-renders the page that holds them. */
export class ChoiceSupportForms {
  private choiceError = '';
  private supportError = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly live: LivePlan,
    private readonly actions: Actions,
  ) {}

  /** The form under an open choice, for choosing one of its options. */
  renderDecide(c: Choice) {
    return html`<form class="form-grid decide" novalidate @submit=${(e: SubmitEvent) => this.decide(e, c)}>
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
      <div><al-button type="submit" ?busy=${this.actions.busy === `decide:${c.id}`}>${tp('choices.decide')}</al-button></div>
    </form>`;
  }

  private async decide(event: SubmitEvent, c: Choice): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const optionId = form.querySelector<HTMLInputElement>('input[name="optionId"]:checked')?.value;
    if (!optionId) {
      this.actions.fail(tp('choices.chooseOne'));
      return;
    }
    const reasons = (readForm(form).reasons ?? '').trim();
    await this.actions.run(`decide:${c.id}`, async () => {
      await this.live.send({ type: 'choice.decide', choiceId: c.id, optionId, ...(reasons ? { reasons } : {}) });
      this.actions.say(tp('choices.decided'));
    });
  }

  /** The add form for the choices section. */
  renderAddChoice() {
    return html`<details class="add-support">
      <summary>${tp('choices.add')}</summary>
      <form class="form-grid" novalidate @submit=${this.addChoice}>
        <al-field name="question" label=${tp('choices.question')} hint=${tp('choices.questionHint')} maxlength="280" .error=${this.choiceError}></al-field>
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
        )}
        <div><al-button type="submit" ?busy=${this.actions.busy === 'choice'}>${tp('choices.addButton')}</al-button></div>
      </form>
    </details>`;
  }

  // Arrow functions: Lit calls a listener with `this` set to the page, not to this helper.
  private readonly addChoice = async (event: SubmitEvent): Promise<void> => {
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
      this.setChoiceError(tp('choices.invalid'));
      form.querySelector('al-field')?.focus();
      return;
    }
    this.setChoiceError('');
    await this.actions.run('choice', async () => {
      await this.live.send({ type: 'choice.create', question: question.data, options });
      form.reset();
      this.actions.say(tp('choices.added'));
    });
  };

  /** The add form for the supports section. */
  renderAddSupport() {
    return html`<details class="add-support">
      <summary>${tp('supports.add')}</summary>
      <form class="form-grid" novalidate @submit=${this.addSupport}>
        <al-field name="label" label=${tp('supports.label')} hint=${tp('supports.labelHint')} maxlength="200" .error=${this.supportError}></al-field>
        <al-select
          name="kind"
          label=${tp('supports.kindLabel')}
          value="friend"
          .options=${supportKinds.map((k) => ({ value: k, label: tp(`supports.kind.${k}`) }))}
        ></al-select>
        <al-field name="howToReach" label=${tp('supports.howLabel')} optional maxlength="300"></al-field>
        <div><al-button type="submit" ?busy=${this.actions.busy === 'support'}>${tp('supports.addButton')}</al-button></div>
      </form>
    </details>`;
  }

  private readonly addSupport = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const values = readForm(form);
    const label = zSupportLabel.safeParse(values.label ?? '');
    if (!label.success) {
      this.setSupportError(tp('supports.labelInvalid'));
      form.querySelector('al-field')?.focus();
      return;
    }
    this.setSupportError('');
    const kind = supportKinds.find((k) => k === values.kind) ?? 'other';
    const howToReach = (values.howToReach ?? '').trim();
    await this.actions.run('support', async () => {
      await this.live.send({ type: 'support.create', label: label.data, kind, ...(howToReach ? { howToReach } : {}) });
      form.reset();
      this.actions.say(tp('supports.added', { label: label.data }));
    });
  };

  // As the page's @state fields did: a re-render only when the error changed.
  private setChoiceError(text: string): void {
    if (this.choiceError === text) return;
    this.choiceError = text;
    this.host.requestUpdate();
  }

  private setSupportError(text: string): void {
    if (this.supportError === text) return;
    this.supportError = text;
    this.host.requestUpdate();
  }
}
