import type { ErrorMessages } from './errors-en.js';

/** Palabras para los errores (mismas claves que `errors-en.ts`). */
export const errorsEs: ErrorMessages = {
  'error.unexpected': 'Pasó algo inesperado. Inténtalo de nuevo, por favor.',
  'error.network': 'No se pudo conectar con Alongside. Revisa tu conexión e inténtalo de nuevo.',
  'error.unavailable': 'Alongside no está disponible en este momento. Inténtalo de nuevo en un rato.',
  'error.internal': 'Algo falló de nuestro lado. Ya quedó registrado; inténtalo de nuevo, por favor.',
  'error.unexpectedResponse':
    'Alongside envió una respuesta que esta página no entendió. Volver a cargar la página puede ayudar.',
  'error.validationFailed': 'Revisa este dato, por favor.',
  'error.bodyTooLarge': 'Es más texto del que Alongside puede recibir de una vez. Acórtalo, por favor.',
  'error.invalidCredentials':
    'Ese correo y esa contraseña no coinciden con ninguna cuenta activa. Revísalos e inténtalo de nuevo.',
  'error.tooManyAttempts': ({ minutes }) =>
    minutes === 1
      ? 'Demasiados intentos. Inténtalo de nuevo dentro de 1 minuto.'
      : `Demasiados intentos. Inténtalo de nuevo dentro de ${minutes} minutos.`,
  'error.emailTaken': 'Ya existe una cuenta con este correo electrónico.',
  'error.passwordTooCommon':
    'Esta contraseña es de las más comunes, así que es fácil de adivinar. Elige otra: una frase corta funciona bien.',
  'error.invitationUnknown':
    'Este enlace de invitación no es válido. Puede que sea un enlace anterior: pide uno nuevo.',
  'error.invitationUsed': 'Esta invitación ya se usó. Si fuiste tú, inicia sesión.',
  'error.invitationExpired':
    'Esta invitación ya venció. Las invitaciones sirven durante 7 días; pide una nueva, por favor.',
  'error.invitationRevoked': 'Esta invitación se retiró. Pide una nueva a la persona que te invitó.',
  'error.invitationNotPending': 'Solo se puede retirar una invitación que todavía esté pendiente.',
  'error.setupDone': 'Alongside ya está configurado. Inicia sesión, por favor.',
  'error.setupLinkInvalid':
    'Este enlace de configuración no es el vigente. Usa el enlace que mostró Alongside la última vez que se inició.',
  'error.cannotDisableSelf': 'No puedes desactivar tu propia cuenta.',
  'error.partnershipExists': 'Estas dos personas ya tienen un acompañamiento activo.',
  'error.partnershipEnded': 'Este acompañamiento ya terminó.',
  'error.roleNotAllowed': 'Solo puedes invitar a participantes.',
  'error.specialistOnlyForParticipants': 'Solo una invitación para participante puede indicar especialista.',
  'error.notFound': 'No se encontró. Puede que se haya eliminado o que no esté disponible para ti.',
  'error.forbidden': 'Tu rol no permite hacer esto.',
  'error.crossOrigin': 'Esta solicitud no vino de Alongside, así que se rechazó. Vuelve a cargar la página, por favor.',
  'error.unauthenticated': 'Vuelve a iniciar sesión, por favor.',
  'error.participantDecides': 'Solo la persona participante puede hacer este cambio en su plan. Puedes sugerirlo.',
  'error.staleVersion': 'Otra persona cambió esto mientras tanto. Vuelve a mirarlo antes de cambiarlo.',
  'error.sessionOpen': 'Ya hay una sesión abierta con esta persona.',
  'error.sessionEnded': 'Esta sesión terminó.',
  'error.noteLocked': 'Esta nota está firmada y cerrada. Añade una enmienda.',
  'error.requestRefused':
    'Esta página envió a Alongside algo que no pudo aceptar. Volver a cargar la página debería ayudar; si vuelve a pasar, avisa a tu administración.',
  'error.restarting': 'Alongside se está reiniciando. Inténtalo de nuevo en un momento.',
  'error.tooManyRequests': 'Fueron muchas solicitudes a la vez. Espera un momento e inténtalo de nuevo.',
  'error.tooManySockets':
    'Alongside está abierto en demasiadas pestañas o ventanas con esta sesión. Cierra alguna que ya no uses e inténtalo de nuevo.',
  'error.notForParticipants': 'Las sugerencias vienen de tu especialista. Tu plan lo puedes cambiar directamente.',
  'error.notYourSuggestion': 'Solo el especialista que hizo una sugerencia puede retirarla.',
  'error.liveSessionRequired':
    'Un especialista registra un seguimiento solo junto con la persona, en una sesión a la que se unieron ambos.',
  'error.nothingToChange': 'No se cambió nada.',
  'error.suggestionNotPending': 'Esta sugerencia ya se decidió o se retiró.',
  'error.optionChosen': 'Esta es la opción elegida. Vuelve a abrir la decisión antes de quitarla.',
  'error.choiceNotDecided': 'Esta decisión todavía no se ha tomado.',
  'error.goalRequired': 'La confianza se valora para una meta: elige cuál.',
  'error.emptySelfCheck': 'Valora al menos uno: salud, hogar, propósito o comunidad.',
  'error.invalidAnswer': 'Una de las respuestas no encaja con su pregunta. Revísala e inténtalo de nuevo.',
  'error.emptyCheckIn': 'Un seguimiento necesita una valoración de confianza, de bienestar o unas palabras.',
  'error.participantOnly': 'Solo la persona participante puede hacer esto.',
  'error.specialistOnly': 'Solo el especialista puede hacer esto, en la pantalla compartida.',
  'error.codeInvalid': 'Ese código no coincide. Pide de nuevo el código que aparece en su teléfono.',
  'error.specialistDrafts': 'El especialista de la sesión redacta la nota, junto con la persona.',
  'error.oneScreenRequired':
    'La persona decide esto en esta pantalla solo cuando ha confirmado que está aquí, con el código de su propio teléfono.',
  'error.oneScreenNotNeeded': 'En tu propio dispositivo tus decisiones ya son tuyas.',
  'error.noteEmpty': 'Una nota necesita unas palabras: en qué trabajaron, qué se eligió o los próximos pasos.',
  'error.noteExists': 'Esta sesión ya tiene una nota. Ábrela para cambiarla.',
  'error.noteNotLocked': 'Esta nota todavía es un borrador: cámbiala directamente.',
  'error.consentExpiryPast': 'Elige una fecha de fin posterior a hoy.',
  'error.consentNotDraft': 'Este consentimiento ya se firmó o se retiró.',
  'error.consentNotActive': 'Este consentimiento no está vigente: se revocó, se reemplazó o terminó.',
  'error.consentTextChanged':
    'El texto de este consentimiento cambió mientras lo leías. Léelo de nuevo antes de firmar.',
  'error.consentTpoOnly':
    'Solo un consentimiento para tratamiento, pago y operaciones puede durar hasta que lo revoques.',
  'error.disclosureOutsideConsent': 'Compartir esto va más allá de lo que permite el consentimiento.',
  'error.resetUsed': 'Este enlace ya se usó. Pide uno nuevo.',
  'error.resetExpired': 'Este enlace caducó. Pide uno nuevo.',
  'error.resetRevoked': 'Un enlace más reciente reemplazó a este. Usa el último que te dieron.',
  'error.accountDisabled': 'Esta cuenta está desactivada.',
  'error.wrongPassword': 'Esa no es tu contraseña actual.',
  'error.mailNotConfigured': 'Aquí no hay correo configurado. Pide un enlace a tu especialista o a un administrador.',
  'error.secondFactorRequired': 'Primero termina de iniciar sesión con tu llave de acceso o un código.',
  'error.secondFactorEnrolmentRequired':
    'Agrega una llave de acceso o una aplicación de autenticación antes de continuar.',
  'error.secondFactorInvalid': 'No funcionó. Revisa el código o prueba de otra forma.',
  'error.secondFactorKeptByRule':
    'Tu organización te pide mantener un segundo factor. Agrega otro antes de quitar este.',
  'error.reconfirmationRequired': 'Confirma que eres tú y vuelve a intentarlo.',
};
