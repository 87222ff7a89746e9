/**
 * Words for self-checks and the organisation's questionnaires (loaded with the plan pages).
 * Recovery capital grows slowly: no word here judges a change — lines go up and down, and a small
 * change is "about the same".
 */
export const selfChecksEn = {
  'history.self-check.record': 'Did a self-check',
  'history.questionnaire.answer': 'Answered a questionnaire',
  'history.rating.dimension': ({ area, value }: { area: string; value: number }) => `${area}: ${value} of 10`,
  'history.score': ({ score }: { score: number }) => `Score ${score}`,

  'selfCheck.title': 'How I’m doing',
  'selfCheck.intro': 'Rate each part of your life from 0 to 10, as it feels today. Rate only the ones you want.',
  'selfCheck.note': 'Anything you want to remember',
  'selfCheck.save': 'Save my self-check',
  'selfCheck.chooseOne': 'Rate at least one of them first.',
  'selfCheck.rating': 'Rating (0–10)',
  'questionnaire.scoreLabel': 'Score',
  'selfCheck.saved': 'Saved. Your lines are below.',
  'selfCheck.chartTitle': 'My self-checks over time',
  'selfCheck.none': 'No self-checks yet. Your lines appear here after your first one.',
  'selfCheck.slow': 'Change in these parts of life usually comes slowly, over months. Ups and downs are part of it.',
  'selfCheck.trend.same': ({ area, from, to }: { area: string; from: number; to: number }) =>
    `${area}: about the same (${from}, now ${to})`,
  'selfCheck.trend.up': ({ area, from, to }: { area: string; from: number; to: number }) =>
    `${area}: higher (${from}, now ${to})`,
  'selfCheck.trend.down': ({ area, from, to }: { area: string; from: number; to: number }) =>
    `${area}: lower for now (${from}, now ${to})`,
  'selfCheck.trend.one': ({ area, value }: { area: string; value: number }) => `${area}: ${value}`,

  'questionnaire.title': 'Questionnaires from my organisation',
  'questionnaire.needed': '(needs an answer)',
  'questionnaire.yes': 'Yes',
  'questionnaire.no': 'No',
  'questionnaire.pick': 'Choose…',
  'questionnaire.submit': 'Save my answers',
  'questionnaire.saved': 'Saved.',
  'questionnaire.scores': ({ title }: { title: string }) => `${title}: my scores over time`,
  'questionnaire.score': ({ score, date }: { score: number; date: string }) => `${date}: ${score}`,
};
