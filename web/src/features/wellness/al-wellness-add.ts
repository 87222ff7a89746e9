import { type PlanSnapshot, type WellnessSection, zWellnessText } from '@alongside/shared';
import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { tp } from '../../i18n/plan-i18n.js';
import { nudgeIf } from '../language/nudge-field.js';
import '../../ui/al-field.js';
import '../../ui/al-textarea.js';
import { PlanAddForm } from '../plan/plan-part.js';
import { linksFrom, renderLinkFields } from './wellness-link-fields.js';
import { responseLabel, sectionName } from './wellness-parts.js';

/**
 * "Add to this section" at the end of a wellness plan section: the person adds an item in their
 * own words (`owner`); their specialist suggests one for the person to decide on (`partner`, with
 * their reason) — never a direct change. A summary that opens a small form: keyboard all the way.
 *
 * @property section - the section it adds to
 * @property plan - for the supports and resources an item may point at
 * @fires al-announce - the item added or suggested, or why it was not, for the page's regions
 */
@customElement('al-wellness-add')
export class AlWellnessAdd extends PlanAddForm {
  @property() section: WellnessSection = 'well';
  @property({ attribute: false }) plan!: PlanSnapshot;

  override render() {
    const owner = this.mode === 'owner';
    const name = sectionName(this.section);
    const response = responseLabel(this.section);
    return this.renderAdd(
      owner ? tp('wellness.add', { section: name }) : tp('wellness.suggest', { section: name }),
      html`${nudgeIf(
        !owner,
        html`<al-field
          name="text"
          label=${owner ? tp('wellness.textLabel') : tp('wellness.textLabelPartner')}
          maxlength="280"
          .error=${this.error}
        ></al-field>`,
      )}
        ${response ? nudgeIf(!owner, html`<al-textarea name="response" label=${response} optional maxlength="1000" rows="2"></al-textarea>`) : nothing}
        ${renderLinkFields(this.plan, this.section)}
        ${this.renderRationale()}`,
      owner ? tp('wellness.addButton') : tp('wellness.suggestButton'),
    );
  }

  protected override async add(event: SubmitEvent): Promise<void> {
    const checked = this.checked(event, 'text', zWellnessText, tp('wellness.textInvalid'));
    if (!checked) return;
    const { values, value: text } = checked;
    const response = (values.response ?? '').trim();
    const { supportId, resourceId } = linksFrom(values);
    const fields = {
      section: this.section,
      text,
      ...(response ? { response } : {}),
      ...(supportId ? { supportId } : {}),
      ...(resourceId ? { resourceId } : {}),
    };
    await this.addOrSuggest(
      checked,
      { type: 'wellness.create', ...fields },
      { kind: 'wellness-item', ...fields },
      tp('wellness.added'),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-wellness-add': AlWellnessAdd;
  }
}
