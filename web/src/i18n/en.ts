import { accessLogEn } from './access-log-en.js';
import { accountEn } from './account-en.js';
import { errorsEn } from './errors-en.js';
import { homeEn } from './home-en.js';

/**
 * English, the reference catalogue: its keys and parameter shapes define `Messages`, which the
 * other languages must match exactly. Plain, calm words; "participant" and "partnership",
 * never "client", "patient", "case" or "caseload".
 */
export const en = {
  ...homeEn,
  ...accountEn,
  ...accessLogEn,
  ...errorsEn,
  'app.name': 'Alongside',
  'app.loadFailedTitle': 'This page did not load',
  'app.loadFailed': 'Part of Alongside could not be loaded. This can happen after an update or on a weak connection.',
  'app.reload': 'Reload the page',

  'title.home': 'Home',
  'title.setup': 'Set up Alongside',
  'title.signIn': 'Sign in',
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

  'setup.title': 'Set up Alongside',
  'setup.lead': 'Create your organisation and the first admin account. You will invite everyone else afterwards.',
  'setup.noToken':
    'This page needs the one-time setup link that Alongside printed when it started. Copy the whole link, including the part after “#”, and open it again.',
  'setup.organisationLinkLead': ({ organisation }: { organisation: string }) =>
    `You have been asked to look after ${organisation} on Alongside. Create your admin account; you will invite everyone else afterwards.`,
  'setup.linkExpired':
    'This setup link was already used or has expired. If it was you, please sign in; if not, ask the person who runs your Alongside server for a new link.',
  'setup.submitAdmin': 'Create my admin account',
  'setup.alreadyDone': 'Alongside is already set up here.',
  'setup.goToSignIn': 'Go to sign in',
  'setup.organisationLegend': 'Your organisation',
  'setup.accountLegend': 'Your admin account',
  'setup.accountNote': 'Admins look after accounts, invitations and settings. They never see anyone’s plan or notes.',
  'setup.submit': 'Create organisation',
  'setup.submitting': 'Creating…',

  'signIn.title': 'Sign in',
  'signIn.lead': 'Welcome back.',
  'signIn.submit': 'Sign in',
  'signIn.submitting': 'Signing in…',
  'signIn.signedOut': 'You have signed out. See you next time.',
  'signIn.expired':
    'You were signed out after a while without activity, to keep your information private. Please sign in again.',
  'signIn.noAccount':
    'No account yet? Accounts start with an invitation. Ask the person who runs Alongside at your organisation for a link.',

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

  'people.title': 'People and invitations',
  'people.lead': 'Invite people to Alongside and look after their access.',
  'people.inviteTitle': 'Invite someone',
  'people.invitationsTitle': 'Invitations',
  'people.accountsTitle': 'People with an account',
  'people.you': '(you)',
  'people.status.active': 'Active',
  'people.status.disabled': 'Disabled',
  'people.disable': 'Disable',
  'people.enable': 'Enable',
  'people.accountOf': ({ name }: { name: string }) => `the account of ${name}`,
  'people.disabledFeedback': ({ name }: { name: string }) =>
    `${name}’s account is disabled. They have been signed out everywhere.`,
  'people.enabledFeedback': ({ name }: { name: string }) => `${name}’s account is enabled again.`,
  'people.confirmDisableHeading': ({ name }: { name: string }) => `Disable ${name}’s account?`,
  'people.confirmDisable':
    'They are signed out everywhere at once and cannot sign in until an admin enables it again. Nothing they wrote is deleted.',
  'people.confirmDisableYes': 'Disable the account',
  'people.confirmDisableNo': 'Keep it active',

  'partnerships.title': 'Partnerships',
  'partnerships.lead': 'A partnership connects a specialist with a participant they walk alongside.',
  'partnerships.startTitle': 'Start a partnership',
  'partnerships.choose': 'Choose…',
  'partnerships.chooseSpecialist': 'Choose a specialist.',
  'partnerships.chooseParticipant': 'Choose a participant.',
  'partnerships.start': 'Start partnership',
  'partnerships.activeTitle': 'Active partnerships',
  'partnerships.activeEmpty': 'No active partnerships yet.',
  'partnerships.endedTitle': 'Ended partnerships',
  'partnerships.pair': ({ specialist, participant }: { specialist: string; participant: string }) =>
    `${specialist} and ${participant}`,
  'partnerships.since': ({ date }: { date: string }) => `Since ${date}`,
  'partnerships.range': ({ from, to }: { from: string; to: string }) => `From ${from} to ${to}`,
  'partnerships.end': 'End partnership',
  'partnerships.confirmEnd': 'End this partnership?',
  'partnerships.confirmYes': 'Yes, end it',
  'partnerships.startedFeedback': ({ specialist, participant }: { specialist: string; participant: string }) =>
    `Partnership started between ${specialist} and ${participant}.`,
  'partnerships.endedFeedback': ({ specialist, participant }: { specialist: string; participant: string }) =>
    `The partnership between ${specialist} and ${participant} has ended.`,

  'organisation.title': 'Organisation settings',
  'organisation.lead': 'These settings apply to everyone in your organisation.',
  'organisation.thresholdLabel': 'Smallest number reports may show',
  'organisation.thresholdHint':
    'Reports hide any count below this, so no one can be picked out. It must be 11 or more.',
  'organisation.thresholdWhen': ({ year }: { year: number }) =>
    `A change takes effect from 1 January ${year + 1}, so reports for ${year} and earlier keep the number they already use.`,
  'organisation.thresholdInvalid': 'Enter a whole number from 11 to 100.',
  'organisation.languageLabel': 'Default language',
  'organisation.languageHint': 'Used until each person chooses their own.',
  'organisation.saved': 'Settings saved.',

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
