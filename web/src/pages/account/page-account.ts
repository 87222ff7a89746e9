import { type SignInSession, zUpdateMe } from '@alongside/shared';
import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { session } from '../../app/session.js';
import { api } from '../../data/client.js';
import { Resource } from '../../data/resource.js';
import { accountFields } from '../../features/account/account-fields.js';
import { describeDevice } from '../../features/account/describe-device.js';
import { tac } from '../../i18n/account-i18n.js';
import { currentLanguage, formatDateTime, isLanguage, setLanguage, t } from '../../i18n/i18n.js';
import { tsf } from '../../i18n/second-factor-i18n.js';
import { renderResource } from '../../ui/async-state.js';
import { errorText } from '../../ui/error-text.js';
import { readForm } from '../../ui/form-helpers.js';
import { FormState } from '../../ui/form-state.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import { PageElement } from '../page-element.js';
import '../../ui/al-button.js';
import '../../ui/al-field.js';
import '../../ui/al-notice.js';
import '../../ui/al-select.js';
import '../../features/account/al-change-password.js';
import '../../features/second-factor/al-sign-in-methods.js';

/** Your name and language, your password, the devices you are signed in on, and signing out. */
@customElement('page-account')
export class PageAccount extends PageElement {
  @state() private saved = '';
  private readonly form = new FormState(this, () => ({
    name: t('field.name.invalid'),
    language: t('error.validationFailed'),
  }));
  @state() private ending: string | undefined;
  @state() private devicesFeedback = '';
  @state() private devicesError = '';
  @state() private signingOut = false;

  private readonly sessions = new Resource(this, async (signal) => {
    const { sessions } = await api.auth.sessions(signal);
    return [...sessions].sort(
      (a, b) => Number(b.current) - Number(a.current) || b.lastSeenAt.localeCompare(a.lastSeenAt),
    );
  });

  override render() {
    const me = this.me;
    if (!me) return nothing;
    return html`
      <div class="page-header">
        <h1 tabindex="-1">${tac('account.title')}</h1>
        <p class="lead">${tac('account.lead', { email: me.email, role: t(`role.${me.role}`) })}</p>
      </div>
      <section aria-labelledby="about-title">
        <h2 id="about-title">${tac('account.aboutTitle')}</h2>
        <form class="card form-grid narrow" novalidate @submit=${this.save}>
          ${accountFields.personName(this.form, { value: me.name })}
          <al-select
            name="language"
            label=${tac('account.languageLabel')}
            .options=${[{ value: 'en', label: 'English' }, { value: 'es', label: 'Español' }]}
            .value=${me.language}
            .error=${this.form.error('language')}
          ></al-select>
          <div role="status">
            ${this.saved ? html`<al-notice tone="success"><p>${this.saved}</p></al-notice>` : nothing}
          </div>
          ${this.form.renderEnd({ submit: t('common.save'), busy: t('common.saving') })}
        </form>
      </section>
      <section aria-labelledby="password-title">
        <h2 id="password-title">${tac('password.changeTitle')}</h2>
        <al-change-password @al-password-changed=${() => void this.sessions.reload()}></al-change-password>
      </section>
      <section aria-labelledby="methods-title">
        <h2 id="methods-title">${tsf('sf.methodsTitle')}</h2>
        <al-sign-in-methods></al-sign-in-methods>
      </section>
      <section aria-labelledby="devices-title">
        <h2 id="devices-title">${tac('account.devicesTitle')}</h2>
        <p>${tac('account.devicesText')}</p>
        <div role="status" class="visually-hidden">${this.devicesFeedback}</div>
        <div role="alert">
          ${this.devicesError ? html`<al-notice tone="error"><p>${this.devicesError}</p></al-notice>` : nothing}
        </div>
        ${renderResource(
          this.sessions,
          (list) => html`<ul class="item-list">
            ${list.map((s) => this.renderDevice(s))}
          </ul>`,
        )}
      </section>
      <section aria-labelledby="sign-out-title">
        <h2 id="sign-out-title">${tac('account.signOutTitle')}</h2>
        <p>${tac('account.signOutText')}</p>
        <al-button variant="primary" ?busy=${this.signingOut} @click=${this.signOut}>${t('nav.signOut')}</al-button>
      </section>
    `;
  }

  private renderDevice(s: SignInSession) {
    const { browser, system } = describeDevice(s.userAgent);
    const name =
      browser && system
        ? tac('account.deviceName', { browser, system })
        : (browser ?? system ?? tac('account.unknownDevice'));
    return html`<li class="item">
      <div class="item-main">
        <p class="item-title">
          ${name} ${s.current ? html`<span class="badge badge-good">${tac('account.thisDevice')}</span>` : nothing}
        </p>
        <p class="item-meta">${tac('account.signedInAt', { date: formatDateTime(s.createdAt) })}</p>
        <p class="item-meta">${tac('account.lastActive', { date: formatDateTime(s.lastSeenAt) })}</p>
      </div>
      <al-button ?busy=${this.ending === s.id} @click=${() => this.endSession(s)}>
        ${s.current ? tac('account.endThis') : tac('account.endOther')}<span class="visually-hidden">
          ${s.current ? '' : name}</span
        >
      </al-button>
    </li>`;
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const values = readForm(event.currentTarget as HTMLFormElement);
    this.saved = '';
    await this.form.submit(zUpdateMe, { name: values.name ?? '', language: values.language }, async (data) => {
      const me = await api.auth.updateMe(data);
      if (isLanguage(me.language) && me.language !== currentLanguage()) {
        await setLanguage(me.language, { explicit: true });
      }
      session.update(me);
      this.saved = tac('account.saved');
    });
  }

  private async endSession(s: SignInSession): Promise<void> {
    this.ending = s.id;
    this.devicesError = '';
    try {
      await api.auth.endSession(s.id);
      if (s.current) {
        session.signedOut('signed-out');
        return;
      }
      this.sessions.set((this.sessions.value ?? []).filter((x) => x.id !== s.id));
      this.devicesFeedback = tac('account.deviceEnded');
    } catch (error) {
      this.devicesError = errorText(error);
    } finally {
      this.ending = undefined;
    }
  }

  private async signOut(): Promise<void> {
    this.signingOut = true;
    try {
      await session.signOut();
    } catch {
      // Signed out on this device regardless (see the session store).
    } finally {
      this.signingOut = false;
    }
  }

  static override styles = [
    sharedStyles,
    css`
      .item-title .badge {
        margin-inline-start: var(--space-2);
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'page-account': PageAccount;
  }
}
