import type { questionnairesAdminEn } from './questionnaires-admin-en.js';

export const questionnairesAdminEs: typeof questionnairesAdminEn = {
  'questionnaires.title': 'Cuestionarios de autoevaluación',
  'questionnaires.lead':
    'Ofrece tus propios cuestionarios a las personas que acompañas. Sube cada uno como un Questionnaire de FHIR R4 (JSON) con preguntas de tipo integer, choice, boolean o string; la puntuación suma los pesos que declares (ordinalValue en cada opción; una respuesta numérica cuenta por sí misma).',
  'questionnaires.file': 'Archivo del cuestionario (.json)',
  'questionnaires.upload': 'Subir',
  'questionnaires.uploaded': ({ title }) => `«${title}» ya se ofrece.`,
  'questionnaires.chooseFile': 'Elige primero un archivo.',
  'questionnaires.notJson':
    'Este archivo no es JSON válido. Comprueba que es el archivo del cuestionario e inténtalo de nuevo.',
  'questionnaires.where': ({ field, message }) => `En ${field}: ${message}`,
  'questionnaires.none': 'Aún no hay cuestionarios.',
  'questionnaires.items': ({ count }) => (count === 1 ? '1 pregunta' : `${count} preguntas`),
  'questionnaires.retired': 'Ya no se ofrece',
  'questionnaires.retire': 'Dejar de ofrecer',
  'questionnaires.retiredDone': ({ title }) => `«${title}» ya no se ofrece.`,
};
