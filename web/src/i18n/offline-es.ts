import type { OfflineMessages } from './offline-en.js';

/** Palabras para trabajar sin conexión (mismas claves que `offline-en.ts`). */
export const offlineEs: OfflineMessages = {
  'offline.savedAt': ({ time }) => `Sin conexión — se muestra lo guardado a las ${time}.`,
  'offline.savedOn': ({ time }) => `Sin conexión — se muestra lo guardado el ${time}.`,
  'offline.nothingSaved': 'Sin conexión — todavía no hay nada de tu plan guardado en este dispositivo.',
  'offline.kept':
    'Los cambios que hagas ahora se guardan en este dispositivo y se envían en orden cuando vuelva la conexión.',
  'offline.pendingTitle': 'Pendientes de enviar',
  'offline.pendingCount': ({ count }) =>
    count === 1 ? 'Hay 1 cambio pendiente de enviar.' : `Hay ${count} cambios pendientes de enviar.`,
  'offline.conflictTitle': 'Otra persona lo cambió mientras no estabas',
  'offline.conflictLead': 'Se muestran las dos versiones. Elige cuál quieres conservar.',
  'offline.yours': 'Tus palabras',
  'offline.current': 'Las palabras que hay ahora',
  'offline.keepMine': 'Conservar mis palabras',
  'offline.keepCurrent': 'Conservar las palabras que hay ahora',
  'offline.refusedTitle': 'No se pudo guardar',
  'offline.retry': 'Intentar de nuevo',
  'offline.dismiss': 'Descartar',
  'offline.field.title': 'Título',
  'offline.field.why': 'Por qué importa',
  'offline.field.text': 'Texto',
  'offline.field.question': 'Pregunta',
  'offline.field.label': 'Nombre',
  'offline.field.howToReach': 'Cómo contactar',
  'offline.field.response': 'Respuesta',
  'offline.cmd.goal.create': ({ text }) => `Nueva meta: ${text}`,
  'offline.cmd.goal.edit': ({ text }) => `Meta cambiada: ${text}`,
  'offline.cmd.step.create': ({ text }) => `Nuevo paso: ${text}`,
  'offline.cmd.step.edit': ({ text }) => `Paso cambiado: ${text}`,
  'offline.cmd.step.set-done': 'Un paso marcado o desmarcado',
  'offline.cmd.suggestion.accept': 'Una sugerencia aceptada',
  'offline.cmd.suggestion.decline': 'Una sugerencia rechazada',
  'offline.cmd.check-in.record': 'Confianza valorada',
  'offline.cmd.wellness.create': ({ text }) => `Añadido a tu plan de bienestar: ${text}`,
  'offline.cmd.other': 'Un cambio en tu plan',
  'offline.staffNeedsConnection':
    'Sin conexión. Las pantallas del personal necesitan conexión: lo que se ve puede no estar al día y los cambios no se pueden guardar hasta que vuelva.',
  'offline.updateReady': 'Hay una nueva versión de Alongside.',
  'offline.reloadToUpdate': 'Recargar para actualizar',
  'offline.updateLabel': 'Actualizaciones y conexión',
  'offline.signOutTitle': '¿Cerrar la sesión y perder los cambios sin enviar?',
  'offline.signOutYes': 'Cerrar la sesión y perderlos',
  'offline.signOutNo': 'Seguir con la sesión',
  'offline.signOutConfirm': ({ count }) =>
    `${count === 1 ? 'Hay 1 cambio que no se ha' : `Hay ${count} cambios que no se han`} enviado todavía. Al cerrar la sesión se borran de este dispositivo y se perderán. ¿Cerrar la sesión de todos modos?`,
};
