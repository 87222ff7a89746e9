import type { Messages } from './en.js';
import { errorsEs } from './errors-es.js';

/**
 * Español. Tuteo, frases cortas y tranquilas. «participante» y «acompañamiento» (para la
 * relación especialista–participante); nunca «cliente», «paciente», «caso» ni «carga de casos».
 */
export const es: Messages = {
  ...errorsEs,
  'app.name': 'Alongside',
  'app.loadFailedTitle': 'Esta página no se cargó',
  'app.loadFailed':
    'No se pudo cargar una parte de Alongside. Puede pasar después de una actualización o con una conexión débil.',
  'app.reload': 'Volver a cargar la página',

  'title.home': 'Inicio',
  'title.setup': 'Configurar Alongside',
  'title.signIn': 'Iniciar sesión',
  'title.secondStep': 'Confirma que eres tú',
  'title.signInMethods': 'Agrega un método de inicio de sesión',
  'title.invite': 'Aceptar tu invitación',
  'title.people': 'Personas e invitaciones',
  'title.partnerships': 'Acompañamientos',
  'title.organisation': 'Ajustes de la organización',
  'title.accessLog': 'Quién ha consultado mi expediente',
  'title.myRecord': 'Mi expediente',
  'title.wellness': 'Mi plan de bienestar',
  'title.myInformation': 'Quién tiene mi información',
  'title.account': 'Tu cuenta',
  'title.plan': 'Mi plan',
  'title.resources': 'Recursos comunitarios',
  'title.notes': 'Notas sobre mí',
  'title.person': 'El plan de una persona',
  'title.notFound': 'Página no encontrada',
  'title.notAllowed': 'No disponible',

  'nav.label': 'Principal',
  'nav.skipToMain': 'Saltar al contenido principal',
  'nav.home': 'Inicio',
  'nav.people': 'Personas',
  'nav.partnerships': 'Acompañamientos',
  'nav.organisation': 'Organización',
  'nav.plan': 'Mi plan',
  'nav.resources': 'Recursos',
  'nav.notes': 'Notas sobre mí',
  'nav.wellness': 'Plan de bienestar',
  'nav.myRecord': 'Mi expediente',
  'nav.account': 'Cuenta',
  'nav.signOut': 'Cerrar sesión',

  'language.label': 'Idioma',

  'common.loading': 'Cargando…',
  'common.tryAgain': 'Intentar de nuevo',
  'common.save': 'Guardar',
  'common.saving': 'Guardando…',
  'common.cancel': 'Cancelar',
  'common.goHome': 'Ir a la página de inicio',

  'role.specialist': 'Especialista',
  'role.participant': 'Participante',
  'role.supervisor': 'Supervisor/a',
  'role.admin': 'Administrador/a',
  'role.specialist.withArticle': 'especialista',
  'role.participant.withArticle': 'participante',
  'role.supervisor.withArticle': 'supervisor/a',
  'role.admin.withArticle': 'administrador/a',

  'field.optional': '(opcional)',
  'field.showPassword': 'Mostrar contraseña',
  'field.email.label': 'Correo electrónico',
  'field.email.invalid': 'Escribe un correo electrónico, como nombre@ejemplo.org.',
  'field.password.label': 'Contraseña',
  'field.password.newLabel': 'Elige una contraseña',
  'field.password.hint':
    'De 8 a 128 caracteres. Una frase corta funciona bien: unas cuantas palabras sencillas que puedas recordar.',
  'field.password.invalid': 'Usa de 8 a 128 caracteres. Una frase corta funciona bien.',
  'field.password.required': 'Escribe tu contraseña.',
  'field.name.label': 'Tu nombre',
  'field.name.invalid': 'Escribe un nombre de hasta 100 caracteres.',
  'field.organisationName.label': 'Nombre de la organización',
  'field.organisationName.invalid': 'Escribe un nombre de 2 a 120 caracteres.',

  'form.checkFields': 'Revisa los campos marcados, por favor.',

  'linkBox.label': 'Enlace',
  'linkBox.copy': 'Copiar enlace',
  'linkBox.copied': 'Enlace copiado.',
  'linkBox.selectToCopy': 'El enlace está seleccionado: cópialo con la opción de copiar de tu dispositivo.',

  'signIn.title': 'Iniciar sesión',
  'signIn.lead': 'Qué bueno verte de nuevo.',
  'signIn.submit': 'Iniciar sesión',
  'signIn.submitting': 'Iniciando sesión…',
  'signIn.signedOut': 'Cerraste la sesión. Hasta la próxima.',
  'signIn.expired':
    'Cerramos tu sesión después de un rato sin actividad, para proteger tu información. Vuelve a iniciar sesión, por favor.',
  'signIn.noAccount':
    '¿Todavía no tienes cuenta? Las cuentas empiezan con una invitación. Pide un enlace a la persona que administra Alongside en tu organización.',
  'forgot.toggle': '¿Olvidaste tu contraseña?',
  'forgot.title': 'Recibe un enlace para elegir una contraseña nueva',
  'forgot.text':
    'Escribe el correo con el que inicias sesión. Si tiene una cuenta, te enviaremos un enlace que funciona una vez, durante 24 horas.',
  'forgot.submit': 'Envíame un enlace',
  'forgot.submitting': 'Enviando…',
  'forgot.sent': ({ email }) =>
    `Si ${email} tiene una cuenta aquí, el enlace va en camino. Revisa tu correo, también la carpeta de spam.`,

  'invite.pageTitle': 'Aceptar tu invitación',
  'invite.noToken':
    'Esta página necesita el enlace de invitación completo, incluida la parte que va después de «#». Abre otra vez el enlace que recibiste.',
  'invite.intro': ({ inviter, organisation, role }) =>
    `${inviter} te invitó a unirte a ${organisation} en Alongside como ${role}.`,
  'invite.expires': ({ date }) => `Esta invitación sirve una sola vez, hasta el ${date}.`,
  'invite.formTitle': 'Crea tu cuenta',
  'invite.emailLabel': 'Tu correo electrónico',
  'invite.emailFixed': 'Es la dirección con la que te invitaron. La usarás para iniciar sesión.',
  'invite.nameHint': 'El nombre que quieres que vean las personas de aquí.',
  'invite.accept': 'Crear mi cuenta',
  'invite.accepting': 'Creando tu cuenta…',
  'invite.goToSignIn': 'Ir a iniciar sesión',
  'invite.emailHint': 'El enlace solo sirve para el correo electrónico de esta persona.',
  'invite.participantEmailHint': 'Recibirás un enlace para compartir. Cuando lo acepte, empieza su acompañamiento.',
  'invite.roleLabel': 'Rol',
  'invite.specialistLabel': 'Especialista',
  'invite.specialistHint': 'Si eliges a alguien, su acompañamiento empieza cuando se acepte la invitación.',
  'invite.noSpecialistYet': 'Sin especialista por ahora',
  'invite.create': 'Crear enlace de invitación',
  'invite.creating': 'Creando…',
  'invite.readyTitle': ({ email }) => `La invitación para ${email} está lista`,
  'invite.linkLabel': 'Enlace de invitación',
  'invite.linkHint':
    'Comparte este enlace; sirve una sola vez, durante 7 días. Alongside no envía correos, así que compártelo por un medio de confianza.',
  'invite.another': 'Invitar a otra persona',

  'invitations.empty': 'Todavía no hay invitaciones.',
  'invitations.meta': ({ role, date }) => `${role} · enviada el ${date}`,
  'invitations.pendingMeta': ({ role, date }) => `${role} · sirve hasta el ${date}`,
  'invitations.invitedBy': ({ name }) => `Invitación de ${name}`,
  'invitations.withdraw': 'Retirar',
  'invitations.forEmail': ({ email }) => `la invitación para ${email}`,
  'invitations.withdrawn': ({ email }) => `Se retiró la invitación para ${email}.`,
  'invitation.status.pending': 'Pendiente',
  'invitation.status.accepted': 'Aceptada',
  'invitation.status.expired': 'Vencida',
  'invitation.status.revoked': 'Retirada',

  'notFound.title': 'No encontramos esa página',
  'notFound.text': 'Puede que la dirección tenga un error o que la página se haya movido.',
  'notAllowed.title': 'Esta página no forma parte de tu rol',
  'notAllowed.text': 'Tu cuenta no usa esta página. Todo lo que necesitas está en tu página de inicio.',

  // Contraseñas: enlaces para restablecerla, "¿olvidaste tu contraseña?", cambiar la propia (issue 18).
  'title.reset': 'Elige una contraseña nueva',
  'invite.sendEmail': 'Enviar también el enlace por correo',
  'invite.mailed': ({ email }) => `También enviamos el enlace a ${email}.`,
  'invite.notMailed': 'No se pudo enviar el correo. Comparte tú el enlace.',
  'invitations.freshLink': 'Crear un enlace nuevo',
  'invitations.freshLinkReady': ({ email }) => `Enlace nuevo para ${email}. El enlace anterior ya no funciona.`,
  'invitations.freshLinkLabel': ({ email }) => `Enlace nuevo de invitación para ${email}`,
  // Issue 18 — el expediente de la persona: el registro de accesos por visitas.

  // Issue 18 — contadores en los campos de texto con límite.
  'field.counter': ({ count, max }) => `${count} / ${max}`,
  'field.counterWords': ({ count, max }) => `${count} de ${max} caracteres`,
  'field.left': ({ count }) => (count === 1 ? 'Queda 1 carácter' : `Quedan ${count} caracteres`),
  'field.tooLong': ({ over, max }) =>
    over === 1 ? `Sobra 1 carácter: el máximo es ${max}.` : `Sobran ${over} caracteres: el máximo es ${max}.`,

  // Issue 18 — la página de inicio de la persona dice qué la espera.
};
