/**
 * Words for "My record" and the printable plan. They load with those pages; `record-es.ts` must
 * match these keys and parameters exactly or it does not compile.
 */
export const recordEn = {
  'record.title': 'My record',
  'record.lead':
    'Everything Alongside keeps about you is yours. Print it, take a copy with you, or see who has looked at it.',
  'record.printTitle': 'My plan on paper',
  'record.printText': 'A clean copy of your goals, choices, supports and referrals, to print or to save as a PDF.',
  'record.printLink': 'Print my plan',
  'record.copyTitle': 'Take a copy with you',
  'record.jsonLink': 'Download everything (JSON)',
  'record.jsonText':
    'Your whole record in one file: your plan and its history, ratings, sessions, notes, referrals and who looked at it.',
  'record.fhirLink': 'Download for another health system (FHIR)',
  'record.fhirText': 'Your plan in FHIR, a standard format many clinics and health systems can read.',
  'record.downloadNote': 'A download is noted in your record, like every look at it.',
  'record.accessTitle': 'Who has looked at my record',
  'record.accessText': 'Everyone who has looked at or changed your record, and when.',
  'record.accessLink': 'Who has looked at my record',
  'record.infoTitle': 'Who has my information',
  'record.infoText':
    'Nothing leaves Alongside without your signed consent. See every consent and every time your information was shared, sign or revoke a consent.',
  'record.infoLink': 'Who has my information',

  'print.heading': ({ name }: { name: string }) => `${name}’s plan`,
  'print.printedOn': ({ date }: { date: string }) => `Printed on ${date}`,
  'print.button': 'Print',
  'print.hint': 'To keep a copy on your phone or computer, choose “Save as PDF” in the print window.',
  'print.back': 'Back to my record',
  'print.noGoals': 'No goals yet.',
  'print.area': ({ area }: { area: string }) => `Life area: ${area}`,
  'print.status': ({ status }: { status: string }) => `Status: ${status}`,
  'print.why': 'Why it matters',
  'print.steps': 'Steps',
  'print.noSteps': 'No steps yet.',
  'print.stepDone': ({ date }: { date: string }) => `Done ${date}`,
  'print.stepNotDone': 'Not done yet',
  'print.confidence': ({ value, date }: { value: number; date: string }) =>
    `Latest confidence: ${value} out of 10 (${date})`,
  'print.noConfidence': 'No confidence rating yet.',
  'print.noChoices': 'No choices recorded yet.',
  'print.forGoal': ({ goal }: { goal: string }) => `For the goal “${goal}”`,
  'print.options': 'Options considered',
  'print.raisedByYou': 'raised by you',
  'print.raisedBy': ({ name }: { name: string }) => `raised by ${name}`,
  'print.raisedBySpecialist': 'raised by your specialist',
  'print.inYourWords': 'in your words',
  'print.inWordsOf': ({ name }: { name: string }) => `in the words of ${name}`,
  'print.chose': ({ option }: { option: string }) => `What I chose: ${option}`,
  'print.decidedOn': ({ date }: { date: string }) => `Decided on ${date}`,
  'print.notDecided': 'Not decided yet.',
  'print.reasons': 'Why I chose it',
  'print.disagrees': 'I see this differently from my specialist.',
  'print.noSupports': 'No supports yet.',
  'print.howToReach': 'How to reach',
  'print.noReferrals': 'No referrals yet.',
  'print.followUp': ({ date }: { date: string }) => `Follow up on ${date}`,
} satisfies Record<string, string | ((params: never) => string)>;

type RecordCatalogue = typeof recordEn;
export type RecordMessages = {
  readonly [K in keyof RecordCatalogue]: RecordCatalogue[K] extends (params: infer P) => string
    ? (params: P) => string
    : string;
};
