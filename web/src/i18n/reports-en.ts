/**
 * Words for the supervisor's reports. They load with the supervisor's home (not with the first
 * screen); `reports-es.ts` must match these keys and parameters exactly or it does not compile.
 */
export const reportsEn = {
  'form.label': 'Period',
  'form.from': 'From',
  'form.to': 'To',
  'form.show': 'Show report',
  'form.badRange': 'The start date must be on or before the end date.',
  'form.missing': 'Choose both dates.',
  period: ({ from, to }: { from: string; to: string }) => `From ${from} to ${to}, whole organisation.`,
  filterNote:
    'These numbers cover every specialist. A filter by specialist needs a list of specialists that supervisors can see, which is not available yet.',
  privacy: ({ threshold }: { threshold: number }) =>
    `To protect privacy, numbers from 1 to ${threshold - 1} are shown as “fewer than ${threshold}”, and other numbers are rounded to the nearest ${threshold} and marked “about”. Zero is shown as it is.`,
  empty: 'Nothing was recorded in this period yet. The numbers will appear as sessions and plans are used.',
  csv: 'Download CSV',
  csvHint: '(the same numbers, for a spreadsheet)',
  loadingReport: 'Loading the report…',

  'value.fewer': ({ threshold }: { threshold: number }) => `fewer than ${threshold}`,
  'value.about': ({ value }: { value: string }) => `about ${value}`,
  'value.hidden': 'hidden (too few)',
  'value.percent': ({ value }: { value: number }) => `${value}%`,
  'col.what': 'What',
  'col.count': 'Number',
  'col.chart': 'Bar',

  'sessions.title': 'Sessions',
  'sessions.caption': 'Sessions started in the period, by how people met',
  'sessions.total': 'All sessions',
  'mode.in-person': 'In person',
  'mode.phone': 'By phone',
  'mode.video': 'By video',
  'mode.community': 'Out in the community',

  'engaged.title': 'Participants engaged',
  'engaged.text': 'Participants with a session or a change to their plan in the period.',
  'steps.title': 'Steps completed',
  'steps.text': 'Steps marked done during the period.',

  'goals.title': 'Goals by life area',
  'goals.caption': 'Goals set in the period, by life area and where they stand now',
  'goals.area': 'Life area',
  'goals.total': 'Total',
  'goals.allAreas': 'All life areas',
  'area.health': 'Health',
  'area.home': 'Home',
  'area.purpose': 'Purpose',
  'area.community': 'Community',
  'status.active': 'Active',
  'status.on-hold': 'On hold',
  'status.achieved': 'Achieved',
  'status.set-aside': 'Set aside',

  'partnership.title': 'Partnership',
  'partnership.text': 'How much of the plans are in people’s own words, and what became of suggestions.',
  'voice.caption': 'Active goals set in the period, by whose words they are in',
  'voice.participant': 'In the participant’s own words',
  'voice.specialist': 'In a specialist’s words',
  'voice.total': 'All active goals',
  'voice.share': 'Share in the participant’s own words',
  'suggestions.caption': 'Suggestions made in the period, by what the participant decided',
  'suggestion.pending': 'Not decided yet',
  'suggestion.accepted': 'Accepted',
  'suggestion.edited': 'Edited, then accepted',
  'suggestion.declined': 'Declined',
  'suggestion.withdrawn': 'Withdrawn',
  'suggestions.total': 'All suggestions',
  'choices.caption': 'Choices opened in the period, by how many pathways were considered',
  'choices.one-or-none': 'One pathway or none',
  'choices.more-than-one': 'More than one pathway',
  'choices.total': 'All choices',
  'choices.share': 'Share with more than one pathway',

  'confidence.title': 'Confidence change',
  'confidence.text': 'Goals rated two or more times in the period: the latest rating minus the first (0–10 scale).',
  'confidence.caption': 'Goals by change in the participant’s confidence',
  'band.decreased': 'Went down',
  'band.same': 'Stayed the same',
  'band.up-1-2': 'Up 1 or 2 points',
  'band.up-3-plus': 'Up 3 points or more',
  'confidence.goals': 'Goals rated twice or more',
  'confidence.median': 'Middle value of the change (median)',

  'referrals.title': 'Referrals to community resources',
  'referrals.text': 'Resources participants saved to their plans in the period, by where each stands now.',
  'referrals.share': 'Share connected',
  'referrals.caption': 'Referrals made in the period, by status',
  'referrals.made': 'All referrals made',
  'referral.chosen': 'Chosen, not contacted yet',
  'referral.contacted': 'Contacted',
  'referral.connected': 'Connected',
  'referral.not-connected': 'Did not connect',
  'supports.title': 'Supports per participant',
  'supports.text': 'Engaged participants, by how many supports (people, groups, places) their plan lists.',
  'supports.caption': 'Participants by number of supports in their plan',
  'supports.band.0': 'No supports',
  'supports.band.1': '1 support',
  'supports.band.2': '2 supports',
  'supports.band.3-4': '3 or 4 supports',
  'supports.band.5-plus': '5 or more supports',
  'supports.participants': 'Participants counted',
} satisfies Record<string, string | ((params: never) => string)>;

type ReportsCatalogue = typeof reportsEn;
export type ReportsMessages = {
  readonly [K in keyof ReportsCatalogue]: ReportsCatalogue[K] extends (params: infer P) => string
    ? (params: P) => string
    : string;
};
