import { html, type TemplateResult } from 'lit';
import type { Resource } from '../data/resource.js';
import { t } from '../i18n/i18n.js';
import { errorText } from './error-text.js';
import './al-button.js';
import './al-notice.js';

/**
 * The three states every loaded list or form shows: loading, error (with "try again"), ready.
 * Empty states belong to the caller, who knows what "nothing yet" means there.
 */
export function renderResource<T>(resource: Resource<T>, ready: (value: T) => TemplateResult): TemplateResult {
  if (resource.status === 'error' && resource.value === undefined) {
    return html`<div role="alert">
      <al-notice tone="error">
        <p>${errorText(resource.error)}</p>
        <al-button @click=${() => void resource.reload()}>${t('common.tryAgain')}</al-button>
      </al-notice>
    </div>`;
  }
  if (resource.value === undefined) {
    return html`<p class="muted loading" role="status">${t('common.loading')}</p>`;
  }
  return ready(resource.value);
}
