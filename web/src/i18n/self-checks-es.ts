import type { selfChecksEn } from './self-checks-en.js';

export const selfChecksEs: typeof selfChecksEn = {
  'history.self-check.record': 'Hizo una autoevaluación',
  'history.questionnaire.answer': 'Respondió un cuestionario',
  'history.rating.dimension': ({ area, value }) => `${area}: ${value} de 10`,
  'history.score': ({ score }) => `Puntuación ${score}`,

  'selfCheck.title': 'Cómo me va',
  'selfCheck.intro': 'Valora cada parte de tu vida de 0 a 10, según cómo la sientes hoy. Valora solo las que quieras.',
  'selfCheck.note': 'Algo que quieras recordar',
  'selfCheck.save': 'Guardar mi autoevaluación',
  'selfCheck.chooseOne': 'Valora al menos una primero.',
  'selfCheck.rating': 'Valoración (0–10)',
  'questionnaire.scoreLabel': 'Puntuación',
  'selfCheck.saved': 'Guardado. Tus líneas están abajo.',
  'selfCheck.chartTitle': 'Mis autoevaluaciones a lo largo del tiempo',
  'selfCheck.none': 'Aún no hay autoevaluaciones. Tus líneas aparecerán aquí después de la primera.',
  'selfCheck.slow':
    'El cambio en estas partes de la vida suele llegar despacio, en meses. Los altibajos son parte de ello.',
  'selfCheck.trend.same': ({ area, from, to }) => `${area}: más o menos igual (${from}, ahora ${to})`,
  'selfCheck.trend.up': ({ area, from, to }) => `${area}: más alto (${from}, ahora ${to})`,
  'selfCheck.trend.down': ({ area, from, to }) => `${area}: más bajo por ahora (${from}, ahora ${to})`,
  'selfCheck.trend.one': ({ area, value }) => `${area}: ${value}`,

  'questionnaire.title': 'Cuestionarios de mi organización',
  'questionnaire.needed': '(necesita respuesta)',
  'questionnaire.yes': 'Sí',
  'questionnaire.no': 'No',
  'questionnaire.pick': 'Elige…',
  'questionnaire.submit': 'Guardar mis respuestas',
  'questionnaire.saved': 'Guardado.',
  'questionnaire.scores': ({ title }) => `${title}: mis puntuaciones a lo largo del tiempo`,
  'questionnaire.score': ({ score, date }) => `${date}: ${score}`,
};
