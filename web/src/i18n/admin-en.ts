import { questionnairesAdminEn } from './questionnaires-admin-en.js';

/**
 * English words for an admin's pages: setting Alongside up, people and their accounts, partnerships,
 * organisation settings. Read through `admin-i18n.ts`, with those pages (not with the first screen).
 */
export const adminEn = {
  ...questionnairesAdminEn,
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
};

export type AdminMessages = typeof adminEn;
