import type { AccessArea, AccessSitting } from '@alongside/shared';
import { type AccessLogKey, tal } from '../../i18n/access-log-i18n.js';
import { formatDate, formatList, formatTime, t } from '../../i18n/i18n.js';
import { isPlanKey, tp } from '../../i18n/plan-i18n.js';

// The words of "who looked at my record": a sitting as a sentence, its time, and each action it holds.

/** Plain-language names for the audit's action codes; an unknown code is shown as it is. */
const actionKeys: Partial<Record<string, AccessLogKey>> = {
  'account.create': 'accessLog.action.accountCreate',
  'account.list': 'accessLog.action.accountList',
  'account.disable': 'accessLog.action.accountDisable',
  'account.enable': 'accessLog.action.accountEnable',
  'partnership.list': 'accessLog.action.partnershipList',
  'partnership.create': 'accessLog.action.partnershipCreate',
  'partnership.end': 'accessLog.action.partnershipEnd',
  'plan.read': 'accessLog.action.planRead',
  'plan.overview': 'accessLog.action.planOverview',
  'plan.read.goals': 'accessLog.action.planReadGoals',
  'plan.read.check-ins': 'accessLog.action.planReadCheckIns',
  'plan.read.choices': 'accessLog.action.planReadChoices',
  'plan.read.suggestions': 'accessLog.action.planReadSuggestions',
  'plan.read.supports': 'accessLog.action.planReadSupports',
  'plan.read.referrals': 'accessLog.action.planReadReferrals',
  'plan.read.history': 'accessLog.action.planReadHistory',
  'plan.read.live': 'accessLog.action.planReadLive',
  'note.list': 'accessLog.action.noteList',
  'note.read': 'accessLog.action.noteRead',
  'note.draft': 'accessLog.action.noteDraft',
  'note.edit': 'accessLog.action.noteEdit',
  'note.amend': 'accessLog.action.noteAmend',
  'note.participant-view': 'accessLog.action.noteParticipantView',
  'live-session.start': 'accessLog.action.liveSessionStart',
  'live-session.join': 'accessLog.action.liveSessionJoin',
  'live-session.end': 'accessLog.action.liveSessionEnd',
  'live-session.list': 'accessLog.action.liveSessionList',
  'live-session.read': 'accessLog.action.liveSessionRead',
  'live-session.presence-code': 'accessLog.action.liveSessionPresenceCode',
  'live-session.confirm-presence': 'accessLog.action.liveSessionConfirmPresence',
  'note.co-signed': 'accessLog.action.noteCoSigned',
  'note.sees-differently': 'accessLog.action.noteSeesDifferently',
  'account.password-reset.issue': 'accessLog.action.passwordResetIssue',
  'account.password-reset.use': 'accessLog.action.passwordResetUse',
  'account.password.change': 'accessLog.action.passwordChange',
  'consent.list': 'accessLog.action.consentList',
  'consent.read': 'accessLog.action.consentRead',
  'consent.text.read': 'accessLog.action.consentTextRead',
  'consent.preview.view': 'accessLog.action.consentPreviewView',
  'consent.draft': 'accessLog.action.consentDraft',
  'consent.sign': 'accessLog.action.consentSign',
  'consent.revoke': 'accessLog.action.consentRevoke',
  'consent.revocation-request': 'accessLog.action.consentRevocationRequest',
  'consent.discard': 'accessLog.action.consentDiscard',
  'consents.use': 'accessLog.action.consentsUse',
  'disclosure.make': 'accessLog.action.disclosureMake',
  'disclosures.make': 'accessLog.action.disclosuresMake',
  'disclosure.list': 'accessLog.action.disclosureList',
  'disclosure.accounting.read': 'accessLog.action.disclosureAccountingRead',
  'record.export.json': 'accessLog.action.recordExportJson',
  'record.export.fhir': 'accessLog.action.recordExportFhir',
  'record.own': 'accessLog.action.recordOwn',
};

/** A change to the plan (`plan.goal.create`…) in the same words as the plan's history. */
export function actionText(action: string): string {
  const key = actionKeys[action];
  if (key) return tal(key);
  const history = `history.${action.replace(/^plan\./, '')}`;
  if (action.startsWith('plan.') && isPlanKey(history)) return tp(history);
  return action;
}

const areaKeys: Record<AccessArea, AccessLogKey> = {
  plan: 'accessLog.area.plan',
  notes: 'accessLog.area.notes',
  sessions: 'accessLog.area.sessions',
  record: 'accessLog.area.record',
  account: 'accessLog.area.account',
  partnership: 'accessLog.area.partnership',
  consents: 'accessLog.area.consents',
  other: 'accessLog.area.other',
};

/** What one sitting was, in a sentence: who, what they did, to which parts of the record. */
export function sittingSentence(s: AccessSitting): string {
  const what = formatList(s.areas.map((a) => tal(areaKeys[a])));
  if (s.self) {
    if (s.outcome === 'denied') return tal('accessLog.sitting.selfRefused', { what });
    if (s.looked && s.changed) return tal('accessLog.sitting.selfLookedChanged', { what });
    return s.changed ? tal('accessLog.sitting.selfChanged', { what }) : tal('accessLog.sitting.selfLooked', { what });
  }
  const name = s.actor.name || tal('accessLog.system');
  const who = s.actor.role ? tal('accessLog.sitting.who', { name, role: t(`role.${s.actor.role}`) }) : name;
  if (s.outcome === 'denied') return tal('accessLog.sitting.refused', { who, what });
  if (s.looked && s.changed) return tal('accessLog.sitting.lookedChanged', { who, what });
  return s.changed ? tal('accessLog.sitting.changed', { who, what }) : tal('accessLog.sitting.looked', { who, what });
}

/** When, and how often: "4 Dec 2026, 9:12–9:40, 14 times". */
export function sittingWhen(s: AccessSitting): string {
  const from = formatTime(s.from);
  const to = formatTime(s.to);
  return tal('accessLog.sitting.when', {
    day: formatDate(s.to),
    span: from === to ? from : `${from}–${to}`,
    count: s.count,
  });
}
