/**
 * English words for errors: every code the server answers with (`errorCodes` in the shared
 * package, mapped in `ui/error-text.ts`) and the interface's own. Spread into `en.ts`.
 */
export const errorsEn = {
  'error.unexpected': 'Something unexpected happened. Please try again.',
  'error.network': 'Alongside could not be reached. Check your connection and try again.',
  'error.unavailable': 'Alongside is not available for a moment. Please try again shortly.',
  'error.internal': 'Something went wrong on our side. It has been noted; please try again.',
  'error.unexpectedResponse': 'Alongside sent an answer this page did not understand. Reloading the page may help.',
  'error.validationFailed': 'Please check this.',
  'error.bodyTooLarge': 'That is more text than Alongside can take at once. Please shorten it.',
  'error.invalidCredentials':
    'That email and password do not match an active account. Please check them and try again.',
  'error.tooManyAttempts': ({ minutes }: { minutes: number }) =>
    minutes === 1
      ? 'Too many attempts. Please try again in 1 minute.'
      : `Too many attempts. Please try again in ${minutes} minutes.`,
  'error.emailTaken': 'There is already an account with this email address.',
  'error.passwordTooCommon':
    'This password is one of the most common ones, so it is easy to guess. Please choose another: a short phrase works well.',
  'error.invitationUnknown': 'This invitation link is not valid. It may be an older link: please ask for a new one.',
  'error.invitationUsed': 'This invitation has already been used. If it was you, please sign in.',
  'error.invitationExpired': 'This invitation has expired. Invitations work for 7 days; please ask for a new one.',
  'error.invitationRevoked': 'This invitation was withdrawn. Please ask the person who invited you for a new one.',
  'error.invitationNotPending': 'Only an invitation that is still waiting can be withdrawn.',
  'error.setupDone': 'Alongside is already set up. Please sign in.',
  'error.setupLinkInvalid': 'This setup link is not the current one. Use the link printed when Alongside last started.',
  'error.cannotDisableSelf': 'You cannot disable your own account.',
  'error.partnershipExists': 'These two people already have an active partnership.',
  'error.partnershipEnded': 'This partnership has already ended.',
  'error.roleNotAllowed': 'You can invite participants only.',
  'error.specialistOnlyForParticipants': 'Only an invitation for a participant can name a specialist.',
  'error.notFound': 'This could not be found. It may have been removed, or it is not available to you.',
  'error.forbidden': 'Your role does not allow this.',
  'error.crossOrigin': 'This request did not come from Alongside itself, so it was refused. Please reload the page.',
  'error.unauthenticated': 'Please sign in again.',
  'error.participantDecides': 'Only the participant can make this change to their plan. You can suggest it instead.',
  'error.staleVersion': 'This was changed by someone else in the meantime. Please look at it again before changing it.',
  'error.sessionOpen': 'A session with this person is already open.',
  'error.sessionEnded': 'This session has ended.',
  'error.noteLocked': 'This note is signed and locked. Add an amendment instead.',
  'error.requestRefused':
    'This page sent Alongside something it could not accept. Reloading the page should help; if it happens again, tell your admin.',
  'error.restarting': 'Alongside is restarting. Please try again in a moment.',
  'error.tooManyRequests': 'That was a lot of requests at once. Please wait a moment and try again.',
  'error.tooManySockets':
    'Alongside is open in too many tabs or windows with this sign-in. Close one you no longer use and try again.',
  'error.notForParticipants': 'Suggestions come from your specialist. You can change your own plan directly.',
  'error.notYourSuggestion': 'Only the specialist who made a suggestion can withdraw it.',
  'error.liveSessionRequired':
    'A specialist records a check-in only together with the person, in a session they have both joined.',
  'error.nothingToChange': 'Nothing was changed.',
  'error.suggestionNotPending': 'This suggestion has already been decided or withdrawn.',
  'error.optionChosen': 'This is the option that was chosen. Reopen the choice before removing it.',
  'error.choiceNotDecided': 'This choice has not been decided yet.',
  'error.goalRequired': 'Confidence is rated for a goal: choose which one.',
  'error.emptySelfCheck': 'Rate at least one of health, home, purpose or community.',
  'error.invalidAnswer': 'One of the answers does not fit its question. Check it and try again.',
  'error.emptyCheckIn': 'A check-in needs a confidence rating, a wellbeing rating or a few words.',
  'error.participantOnly': 'Only the participant can do this.',
  'error.specialistOnly': 'Only the specialist can do this, at the shared screen.',
  'error.codeInvalid': 'That code does not match. Ask for the code on their phone again.',
  'error.specialistDrafts': 'The session’s specialist drafts the note, together with the person.',
  'error.oneScreenRequired':
    'The person decides this on this screen only once they have confirmed they are here, with the code from their own phone.',
  'error.oneScreenNotNeeded': 'On your own device your decisions are already yours.',
  'error.noteEmpty': 'A note needs a few words: what you worked on, what was chosen or the next steps.',
  'error.noteExists': 'This session already has a note. Open it to change it.',
  'error.noteNotLocked': 'This note is still a draft: change it directly.',
  'error.consentExpiryPast': 'Choose an end date after today.',
  'error.consentNotDraft': 'This consent has already been signed or withdrawn.',
  'error.consentNotActive': 'This consent is not in effect: it was revoked, replaced or has ended.',
  'error.consentTextChanged':
    'The wording of this consent changed while you were reading it. Please read it again before signing.',
  'error.consentTpoOnly': 'Only a consent for treatment, payment and operations can last until you revoke it.',
  'error.disclosureOutsideConsent': 'This sharing goes beyond what the consent allows.',
  'error.resetUsed': 'This link has already been used. Ask for a new one.',
  'error.resetExpired': 'This link has expired. Ask for a new one.',
  'error.resetRevoked': 'A newer link replaced this one. Use the newest link you were given.',
  'error.accountDisabled': 'This account is disabled.',
  'error.wrongPassword': 'That is not your current password.',
  'error.mailNotConfigured': 'Mail is not set up here. Ask your specialist or an administrator for a link.',
  'error.secondFactorRequired': 'Finish signing in with your passkey or a code first.',
  'error.secondFactorEnrolmentRequired': 'Add a passkey or an authenticator app before going on.',
  'error.secondFactorInvalid': 'That did not work. Check the code, or try another way.',
  'error.secondFactorKeptByRule':
    'Your organisation asks you to keep a second factor. Add another before removing this one.',
  'error.reconfirmationRequired': 'Please confirm it is you, then try again.',
};

export type ErrorMessages = typeof errorsEn;
