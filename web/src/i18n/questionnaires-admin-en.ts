/** An admin's words for the organisation's questionnaires (with the organisation page). */
export const questionnairesAdminEn = {
  'questionnaires.title': 'Self-assessment questionnaires',
  'questionnaires.lead':
    'Offer your own questionnaires to the people you support. Upload each as a FHIR R4 Questionnaire (JSON) with items of type integer, choice, boolean or string; scores add up the weights you declare (ordinalValue on each answer option; an integer answer counts as itself).',
  'questionnaires.file': 'Questionnaire file (.json)',
  'questionnaires.upload': 'Upload',
  'questionnaires.uploaded': ({ title }: { title: string }) => `“${title}” is now offered.`,
  'questionnaires.chooseFile': 'Choose a file first.',
  'questionnaires.notJson': 'This file is not valid JSON. Check that it is the Questionnaire file and try again.',
  'questionnaires.where': ({ field, message }: { field: string; message: string }) => `At ${field}: ${message}`,
  'questionnaires.none': 'No questionnaires yet.',
  'questionnaires.items': ({ count }: { count: number }) => (count === 1 ? '1 question' : `${count} questions`),
  'questionnaires.retired': 'No longer offered',
  'questionnaires.retire': 'Stop offering',
  'questionnaires.retiredDone': ({ title }: { title: string }) => `“${title}” is no longer offered.`,
};
