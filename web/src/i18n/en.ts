import { errorsEn } from './errors-en.js';

/**
 * English, the reference catalogue: its keys and parameter shapes define `Messages`, which the
 * other languages must match exactly. Plain, calm words; "participant" and "partnership",
 * never "client", "patient", "case" or "caseload".
 */
export const en = {
  ...errorsEn,
  'app.name': 'Alongside',
  'app.loadFailedTitle': 'This page did not load',
  'app.loadFailed': 'Part of Alongside could not be loaded. This can happen after an update or on a weak connection.',
  'app.reload': 'Reload the page',

  'title.home': 'Home',
  'title.setup': 'Set up Alongside',
  'title.signIn': 'Sign in',
  'title.secondStep': 'Confirm it is you',
  'title.signInMethods': 'Add a sign-in method',
  'title.invite': 'Accept your invitation',
  'title.people': 'People and invitations',
  'title.partnerships': 'Partnerships',
  'title.organisation': 'Organisation settings',
  'title.accessLog': 'Who has looked at my record',
  'title.myRecord': 'My record',
  'title.wellness': 'My wellness plan',
  'title.myInformation': 'Who has my information',
  'title.account': 'Your account',
  'title.plan': 'My plan',
  'title.resources': 'Community resources',
  'title.notes': 'Notes about me',
  'title.person': 'A person’s plan',
  'title.notFound': 'Page not found',
  'title.notAllowed': 'Not available',

  'nav.label': 'Main',
  'nav.skipToMain': 'Skip to main content',
  'nav.home': 'Home',
  'nav.people': 'People',
  'nav.partnerships': 'Partnerships',
  'nav.organisation': 'Organisation',
  'nav.plan': 'My plan',
  'nav.resources': 'Resources',
  'nav.notes': 'Notes about me',
  'nav.wellness': 'Wellness plan',
  'nav.myRecord': 'My record',
  'nav.account': 'Account',
  'nav.signOut': 'Sign out',

  'language.label': 'Language',

  'common.loading': 'Loading…',
  'common.tryAgain': 'Try again',
  'common.save': 'Save',
  'common.saving': 'Saving…',
  'common.cancel': 'Cancel',
  'common.goHome': 'Go to the home page',

  'role.specialist': 'Specialist',
  'role.participant': 'Participant',
  'role.supervisor': 'Supervisor',
  'role.admin': 'Admin',
  'role.specialist.withArticle': 'a specialist',
  'role.participant.withArticle': 'a participant',
  'role.supervisor.withArticle': 'a supervisor',
  'role.admin.withArticle': 'an admin',

  'field.optional': '(optional)',
  'field.showPassword': 'Show password',
  'field.email.label': 'Email',
  'field.email.invalid': 'Enter an email address, like name@example.org.',
  'field.password.label': 'Password',
  'field.password.newLabel': 'Choose a password',
  'field.password.hint': '8 to 128 characters. A short phrase works well: a few ordinary words you will remember.',
  'field.password.invalid': 'Use 8 to 128 characters. A short phrase works well.',
  'field.password.required': 'Enter your password.',
  'field.name.label': 'Your name',
  'field.name.invalid': 'Enter a name, up to 100 characters.',
  'field.organisationName.label': 'Organisation name',
  'field.organisationName.invalid': 'Enter a name of 2 to 120 characters.',

  'form.checkFields': 'Please check the highlighted fields.',

  'linkBox.label': 'Link',
  'linkBox.copy': 'Copy link',
  'linkBox.copied': 'Link copied.',
  'linkBox.selectToCopy': 'The link is selected: copy it with your device’s copy command.',

  'signIn.title': 'Sign in',
  'signIn.lead': 'Welcome back.',
  'signIn.submit': 'Sign in',
  'signIn.submitting': 'Signing in…',
  'signIn.signedOut': 'You have signed out. See you next time.',
  'signIn.expired':
    'You were signed out after a while without activity, to keep your information private. Please sign in again.',
  'signIn.noAccount':
    'No account yet? Accounts start with an invitation. Ask the person who runs Alongside at your organisation for a link.',
  // Asking for a reset link is part of the sign-in screen, so its words ship with it.
  'forgot.toggle': 'Forgot your password?',
  'forgot.title': 'Get a link to choose a new password',
  'forgot.text':
    'Enter the email you sign in with. If it has an account, we will mail a link that works once, for 24 hours.',
  'forgot.submit': 'Send me a link',
  'forgot.submitting': 'Sending…',
  'forgot.sent': ({ email }: { email: string }) =>
    `If ${email} has an account here, a link is on its way. Check your mail, including spam.`,

  'invite.pageTitle': 'Accept your invitation',
  'invite.noToken':
    'This page needs the whole invitation link, including the part after “#”. Please open the link you were given again.',
  'invite.intro': ({ inviter, organisation, role }: { inviter: string; organisation: string; role: string }) =>
    `${inviter} invited you to join ${organisation} on Alongside as ${role}.`,
  'invite.expires': ({ date }: { date: string }) => `This invitation works once, until ${date}.`,
  'invite.formTitle': 'Create your account',
  'invite.emailLabel': 'Your email',
  'invite.emailFixed': 'This is the address you were invited with. You will use it to sign in.',
  'invite.nameHint': 'The name you would like people here to see.',
  'invite.accept': 'Create my account',
  'invite.accepting': 'Creating your account…',
  'invite.goToSignIn': 'Go to sign in',
  'invite.emailHint': 'The link only works for this person’s email address.',
  'invite.participantEmailHint': 'You will get a link to pass on. When they accept, your partnership begins.',
  'invite.roleLabel': 'Role',
  'invite.specialistLabel': 'Specialist',
  'invite.specialistHint': 'If you choose one, their partnership begins when the invitation is accepted.',
  'invite.noSpecialistYet': 'No specialist for now',
  'invite.create': 'Create invitation link',
  'invite.creating': 'Creating…',
  'invite.readyTitle': ({ email }: { email: string }) => `Invitation ready for ${email}`,
  'invite.linkLabel': 'Invitation link',
  'invite.linkHint':
    'Pass this link on; it works once, for 7 days. Alongside does not send email, so share it in a way you trust.',
  'invite.another': 'Invite someone else',

  'invitations.empty': 'No invitations yet.',
  'invitations.meta': ({ role, date }: { role: string; date: string }) => `${role} · sent ${date}`,
  'invitations.pendingMeta': ({ role, date }: { role: string; date: string }) => `${role} · works until ${date}`,
  'invitations.invitedBy': ({ name }: { name: string }) => `Invited by ${name}`,
  'invitations.withdraw': 'Withdraw',
  'invitations.forEmail': ({ email }: { email: string }) => `invitation for ${email}`,
  'invitations.withdrawn': ({ email }: { email: string }) => `The invitation for ${email} was withdrawn.`,
  'invitation.status.pending': 'Waiting',
  'invitation.status.accepted': 'Accepted',
  'invitation.status.expired': 'Expired',
  'invitation.status.revoked': 'Withdrawn',

  'notFound.title': 'We could not find that page',
  'notFound.text': 'The address may be mistyped, or the page has moved.',
  'notAllowed.title': 'This page is not part of your role',
  'notAllowed.text': 'Your account does not use this page. Everything you need is on your home page.',

  // Passwords: reset links, "forgot your password?", changing one's own (issue 18).
  'title.reset': 'Choose a new password',
  'invite.sendEmail': 'Also send the link by email',
  'invite.mailed': ({ email }: { email: string }) => `We also sent the link to ${email}.`,
  'invite.notMailed': 'The email could not be sent. Pass the link on yourself.',
  'invitations.freshLink': 'Issue a fresh link',
  'invitations.freshLinkReady': ({ email }: { email: string }) =>
    `Fresh link for ${email}. The old link no longer works.`,
  'invitations.freshLinkLabel': ({ email }: { email: string }) => `Fresh invitation link for ${email}`,
  // Issue 18 — the person's record: the access log read as sittings.

  // Issue 18 — counters on text fields with a limit.
  'field.counter': ({ count, max }: { count: number; max: number }) => `${count} / ${max}`,
  'field.counterWords': ({ count, max }: { count: number; max: number }) => `${count} of ${max} characters`,
  'field.left': ({ count }: { count: number; max: number }) =>
    count === 1 ? '1 character left' : `${count} characters left`,
  'field.tooLong': ({ over, max }: { over: number; max: number }) =>
    over === 1 ? `Too long by 1 character: the most is ${max}.` : `Too long by ${over} characters: the most is ${max}.`,

  // Issue 18 — the person's home says what is waiting.
} satisfies Record<string, string | ((params: never) => string)>;

type Catalogue = typeof en;
/** The shape every language implements: the same keys, the same parameters. */
export type Messages = {
  readonly [K in keyof Catalogue]: Catalogue[K] extends (params: infer P) => string ? (params: P) => string : string;
};
