/**
 * Words for the wellness and crisis plan (part of the plan catalogue: `tp`). Section names are
 * generic on purpose: no peer program's trademarked name. `wellness-es.ts` must match these keys.
 */
export const wellnessEn = {
  'wellness.section.well': "What I'm like when I'm well",
  'wellness.section.daily': 'Things I do every day or week to stay well',
  'wellness.section.triggers': "Things that can throw me off, and what I'll do",
  'wellness.section.early-signs': "Early signs that things are slipping, and what I'll do",
  'wellness.section.breaking-down': 'When things are breaking down, and what I want to happen',
  'wellness.section.crisis-signs': 'Signs that others need to step in',
  'wellness.section.crisis-involve': 'Who I want involved',
  'wellness.section.crisis-not-involve': 'Who I do not want involved',
  'wellness.section.crisis-helps': 'What helps',
  'wellness.section.crisis-not-helpful': 'What does not help',
  'wellness.section.crisis-places': "Places I'd go",
  'wellness.section.crisis-not-places': 'Places I would not go',
  'wellness.section.crisis-stop': 'When supporters should stop using this plan',
  'wellness.section.after-crisis': 'After a crisis: getting back on my feet',
  'suggestions.kind.wellness-item': ({ section }: { section: string }) => `For your wellness plan: ${section}`,
  'suggestions.yourWords.response': "What you'll do, in your own words",
  'history.wellness.create': 'Added to the wellness plan',
  'history.wellness.edit': 'Changed an item of the wellness plan',
  'history.wellness.reorder': 'Reordered a section of the wellness plan',
  'history.wellness.delete': 'Removed an item from the wellness plan',
  'history.wellness.review': 'Reviewed the wellness plan',
};
