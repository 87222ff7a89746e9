import { type CreatedInvitation, type Role, zCreateInvitation } from '@alongside/shared';
import { css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { session } from '../../app/session.js';
import { invitationsApi } from '../../data/invitations-client.js';
import { t } from '../../i18n/i18n.js';
import { AlElement } from '../../ui/al-element.js';
import type { AlSelect, SelectOption } from '../../ui/al-select.js';
import { fire } from '../../ui/events.js';
import { readForm } from '../../ui/form-helpers.js';
import { FormState } from '../../ui/form-state.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import '../../ui/al-button.js';
import '../../ui/al-field.js';
import './al-link-box.js';
import '../../ui/al-notice.js';
import '../../ui/al-select.js';

const invitableRoles: readonly Role[] = ['specialist', 'participant', 'supervisor', 'admin'];

/**
 * Invite someone and get the single-use link to pass on. An admin picks the role (and, for a
 * participant, may name their specialist); a specialist invites participants only, and the
 * partnership with them starts when the invitation is accepted.
 *
 * @property mode - `admin` (any role) or `specialist` (participants only)
 * @property specialists - for admins: active specialists a participant can be partnered with
 * @property mailConfigured - offers "also send by email" (default: what the server said at start)
 * @fires al-invited - CustomEvent<CreatedInvitation>, after an invitation was created
 */
@customElement('al-invite-form')
export class AlInviteForm extends AlElement {
  @property() mode: 'admin' | 'specialist' = 'specialist';
  /** For admins: active specialists a participant can be partnered with on arrival. */
  @property({ attribute: false }) specialists: readonly { id: string; name: string }[] = [];
  /** The server can send mail: offer to send the link too (it is shown either way). */
  @property({ type: Boolean }) mailConfigured = session.mailConfigured;

  @state() private chosenRole: Role = 'participant';
  private readonly form = new FormState(this, () => ({
    email: t('field.email.invalid'),
    role: t('error.validationFailed'),
    specialistId: '',
  }));
  @state() private created: CreatedInvitation | undefined;
  private askedMail = false;
  @query('form') private formElement: HTMLFormElement | undefined;
  @query('.result h3') private resultHeading: HTMLElement | undefined;

  override render() {
    if (this.created) return this.renderCreated(this.created);
    const roleOptions: SelectOption[] = invitableRoles.map((r) => ({ value: r, label: t(`role.${r}`) }));
    const specialistOptions: SelectOption[] = [
      { value: '', label: t('invite.noSpecialistYet') },
      ...this.specialists.map((s) => ({ value: s.id, label: s.name })),
    ];
    return html`<form class="form-grid" novalidate @submit=${this.submit}>
      <al-field
        name="email"
        type="email"
        autocomplete="off"
        inputmode="email"
        label=${t('field.email.label')}
        hint=${this.mode === 'specialist' ? t('invite.participantEmailHint') : t('invite.emailHint')}
        required
        .error=${this.form.error('email')}
      ></al-field>
      ${
        this.mode === 'admin'
          ? html`<al-select
              name="role"
              label=${t('invite.roleLabel')}
              .options=${roleOptions}
              .value=${this.chosenRole}
              .error=${this.form.error('role')}
              @change=${(e: Event) => {
                this.chosenRole = (e.target as AlSelect).value as Role;
              }}
            ></al-select>`
          : nothing
      }
      ${
        this.mode === 'admin' && this.chosenRole === 'participant'
          ? html`<al-select
              name="specialistId"
              label=${t('invite.specialistLabel')}
              hint=${t('invite.specialistHint')}
              optional
              .options=${specialistOptions}
              value=""
              .error=${this.form.error('specialistId')}
            ></al-select>`
          : nothing
      }
      ${
        this.mailConfigured
          ? html`<label class="check"><input type="checkbox" name="sendEmail" value="yes" />${t('invite.sendEmail')}</label>`
          : nothing
      }
      ${this.form.renderEnd({ submit: t('invite.create'), busy: t('invite.creating') })}
    </form>`;
  }

  private renderCreated(created: CreatedInvitation) {
    return html`<div class="result">
      <h3 tabindex="-1">${t('invite.readyTitle', { email: created.invitation.email })}</h3>
      <al-link-box
        .link=${created.link}
        label=${t('invite.linkLabel')}
        hint=${t('invite.linkHint')}
      ></al-link-box>
      ${this.renderMailed(created)}
      <div class="actions">
        <al-button @click=${this.another}>${t('invite.another')}</al-button>
      </div>
    </div>`;
  }

  /** Whether the link also went by mail; said only when it was asked for. */
  private renderMailed(created: CreatedInvitation) {
    if (!this.askedMail) return nothing;
    return created.mailed
      ? html`<al-notice tone="success"><p>${t('invite.mailed', { email: created.invitation.email })}</p></al-notice>`
      : html`<al-notice tone="warm"><p>${t('invite.notMailed')}</p></al-notice>`;
  }

  private async another(): Promise<void> {
    this.created = undefined;
    await this.updateComplete;
    this.formElement?.querySelector('al-field')?.focus();
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const values = readForm(event.currentTarget as HTMLFormElement);
    const input = {
      email: values.email ?? '',
      role: this.mode === 'admin' ? (values.role ?? this.chosenRole) : 'participant',
      ...(this.mode === 'admin' && values.specialistId ? { specialistId: values.specialistId } : {}),
      ...(values.sendEmail ? { sendEmail: true } : {}),
    };
    this.askedMail = Boolean(values.sendEmail);
    await this.form.submit(zCreateInvitation, input, async (data) => {
      const created = await invitationsApi.create(data);
      this.created = created;
      this.chosenRole = 'participant';
      fire(this, 'al-invited', created);
      await this.updateComplete;
      this.resultHeading?.focus();
    });
  }

  static override styles = [
    sharedStyles,
    css`
      .result {
        display: grid;
        gap: var(--space-4);
      }
      .result h3 {
        margin: 0;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'al-invite-form': AlInviteForm;
  }
  interface HTMLElementEventMap {
    'al-invited': CustomEvent<CreatedInvitation>;
  }
}
