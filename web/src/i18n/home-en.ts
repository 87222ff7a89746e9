/** English words for each role's home page. Read through `home-i18n.ts`, with the home pages. */
export const homeEn = {
  'home.welcome': ({ name }: { name: string }) => `Welcome, ${name}`,
  'homeAdmin.lead': ({ organisation }: { organisation: string }) =>
    `You look after accounts, invitations and settings for ${organisation}. Admins never see anyone’s plan or notes.`,
  'homeAdmin.tasksLabel': 'What you can do',
  'homeAdmin.peopleTitle': 'People and invitations',
  'homeAdmin.peopleText': 'Invite someone, follow invitations, and turn access off or on again.',
  'homeAdmin.peopleLink': 'Go to people',
  'homeAdmin.waiting': ({ count }: { count: number }) =>
    count === 1 ? '1 invitation is waiting to be accepted.' : `${count} invitations are waiting to be accepted.`,
  'homeAdmin.noneWaiting': 'No invitations are waiting.',
  'homeAdmin.partnershipsTitle': 'Partnerships',
  'homeAdmin.partnershipsText': 'Connect a specialist with a participant, or end a partnership.',
  'homeAdmin.partnershipsLink': 'Go to partnerships',
  'homeAdmin.organisationTitle': 'Organisation settings',
  'homeAdmin.organisationText': 'Your organisation’s name, its default language, and privacy settings for reports.',
  'homeAdmin.organisationLink': 'Go to settings',
  'homeSpecialist.lead': 'Here are the people you walk alongside, and a way to invite someone new.',
  'homeSpecialist.alongsideTitle': 'People I walk alongside',
  'homeSpecialist.alongsideEmpty': 'No one yet. When a participant accepts your invitation, they will appear here.',
  'homeSpecialist.since': ({ date }: { date: string }) => `Partners since ${date}`,
  'homeSpecialist.openPlan': 'Open plan and sessions',
  'homeSpecialist.planOf': ({ name }: { name: string }) => `of ${name}`,
  'homeSpecialist.lastSession': ({ date, mode }: { date: string; mode: string }) => `Last session: ${date} (${mode})`,
  'homeSpecialist.noSession': 'No sessions yet',
  'homeSpecialist.sessionOpen': 'Session open',
  'homeSpecialist.waiting': ({ count }: { count: number }) =>
    count === 1 ? '1 suggestion waiting for them' : `${count} suggestions waiting for them`,
  'homeSpecialist.noneWaiting': 'No suggestions waiting',
  'homeSpecialist.activeGoals': ({ count }: { count: number }) =>
    count === 1 ? '1 active goal' : `${count} active goals`,
  'homeSpecialist.nextSteps': 'Next steps',
  'homeSpecialist.stepOfGoal': ({ goal }: { goal: string }) => `for “${goal}”`,
  'homeSpecialist.mode.in-person': 'in person',
  'homeSpecialist.mode.phone': 'by phone',
  'homeSpecialist.mode.video': 'by video',
  'homeSpecialist.mode.community': 'in the community',
  'homeSpecialist.inviteTitle': 'Invite a participant',
  'homeSpecialist.inviteText':
    'Enter the email address of the person you will be working with. They choose their own password.',
  'homeSpecialist.invitationsTitle': 'My invitations',
  'homeParticipant.lead': 'This is your space. What goes in your plan is up to you.',
  'homeParticipant.planTitle': 'My plan',
  'homeParticipant.planText':
    'Your goals and steps, in your own words. You and your specialist build it together, and you decide what goes in it.',
  'homeParticipant.planLink': 'Open my plan',
  'homeParticipant.notesTitle': 'Notes about me',
  'homeParticipant.notesText': 'Read every note written about you, add your own view, and co-sign it.',
  'homeParticipant.notesLink': 'Read notes about me',
  'homeParticipant.notesWaiting': ({ count }: { count: number }) =>
    count === 1 ? 'A note is waiting for your view.' : `${count} notes are waiting for your view.`,
  'homeParticipant.sessionOpen': ({ name }: { name: string }) => `${name} started a session with you.`,
  'homeParticipant.sessionJoin': 'Go to my plan to join',
  'homeParticipant.specialistsTitle': 'My specialist',
  'homeParticipant.specialistsEmpty':
    'You are not partnered with a specialist right now. The people who run Alongside at your organisation can help with that.',
  'homeParticipant.since': ({ date }: { date: string }) => `Walking alongside you since ${date}`,
  'homeParticipant.recordTitle': 'My record',
  'homeParticipant.recordText': 'Print your plan, take a copy, see who looked at it.',
  'homeParticipant.recordLink': 'Open my record',
  'homeSupervisor.lead': 'You see how the program is doing as a whole, never a single person.',
  'homeSupervisor.reportsTitle': 'Program reports',
  'homeSupervisor.reportsText':
    'Totals for the whole organisation. Small numbers are hidden so no one can be picked out.',
  'homeParticipant.waitingTitle': 'Waiting for you',
  'homeParticipant.nothingWaiting': 'Nothing is waiting for you right now.',
  'homeParticipant.suggestionsWaiting': ({ count }: { count: number }) =>
    count === 1 ? '1 suggestion to decide on' : `${count} suggestions to decide on`,
  'homeParticipant.notesWaitingFor': ({ count }: { count: number }) =>
    count === 1 ? '1 session note waiting for your view' : `${count} session notes waiting for your view`,
  'homeParticipant.followUpDue': ({ name, date }: { name: string; date: string }) =>
    `Follow up with ${name}: it was due on ${date}`,
  'homeParticipant.followUpSoon': ({ name, date }: { name: string; date: string }) =>
    `Follow up with ${name} on ${date}`,
  'homeParticipant.nextSteps': 'Your next steps',
};

export type HomeMessages = typeof homeEn;
