import type { PlanSnapshot, WellnessSection } from '@alongside/shared';
import { html, nothing } from 'lit';
import { tp } from '../../i18n/plan-i18n.js';
import '../../ui/al-select.js';

/**
 * The two "linked to" pickers of a wellness item: one of the person's supports (shown with how to
 * reach them, so the person sees who their crisis plan would call) and one of their saved resources.
 * A picker appears only when there is something to pick.
 */
export function renderLinkFields(
  plan: PlanSnapshot,
  section: WellnessSection,
  current: { supportId?: string | null; resourceId?: string | null } = {},
) {
  const none = { value: '', label: tp('wellness.noLink') };
  const supports = plan.supports.map((s) => ({
    value: s.id,
    label: s.howToReach ? `${s.label} (${s.howToReach})` : s.label,
  }));
  const resources = plan.referrals
    .filter((r) => r.resourceId !== null)
    .map((r) => ({ value: r.resourceId ?? '', label: r.resourceName }));
  const supportLabel = section === 'crisis-involve' ? tp('wellness.supportLabelInvolve') : tp('wellness.supportLabel');
  return html`${
    supports.length
      ? html`<al-select name="supportId" label=${supportLabel} .options=${[none, ...supports]} .value=${current.supportId ?? ''}></al-select>`
      : nothing
  }${
    resources.length
      ? html`<al-select name="resourceId" label=${tp('wellness.resourceLabel')} .options=${[none, ...resources]} .value=${current.resourceId ?? ''}></al-select>`
      : nothing
  }`;
}

/** The picked links as a command's fields: an empty pick is no link. */
export function linksFrom(values: Record<string, string>) {
  const supportId = values.supportId ?? '';
  const resourceId = values.resourceId ?? '';
  return { supportId: supportId || undefined, resourceId: resourceId || undefined };
}
