import type { AdminMessages } from './admin-en.js';
import { questionnairesAdminEs } from './questionnaires-admin-es.js';

/** Palabras de las páginas de administración (mismas claves que `admin-en.ts`). */
export const adminEs: AdminMessages = {
  ...questionnairesAdminEs,
  'setup.title': 'Configurar Alongside',
  'setup.lead': 'Crea tu organización y la primera cuenta de administración. Después invitarás a las demás personas.',
  'setup.noToken':
    'Esta página necesita el enlace de configuración de un solo uso que mostró Alongside al iniciarse. Copia el enlace completo, incluida la parte que va después de «#», y ábrelo de nuevo.',
  'setup.organisationLinkLead': ({ organisation }: { organisation: string }) =>
    `Te han pedido que te ocupes de ${organisation} en Alongside. Crea tu cuenta de administración; después invitarás a las demás personas.`,
  'setup.linkExpired':
    'Este enlace de configuración ya se usó o ha caducado. Si fuiste tú, inicia sesión; si no, pide un enlace nuevo a la persona que administra tu servidor de Alongside.',
  'setup.submitAdmin': 'Crear mi cuenta de administración',
  'setup.alreadyDone': 'Alongside ya está configurado aquí.',
  'setup.goToSignIn': 'Ir a iniciar sesión',
  'setup.organisationLegend': 'Tu organización',
  'setup.accountLegend': 'Tu cuenta de administración',
  'setup.accountNote':
    'Quien administra se ocupa de las cuentas, las invitaciones y los ajustes. Nunca ve el plan ni las notas de nadie.',
  'setup.submit': 'Crear la organización',
  'setup.submitting': 'Creando…',

  'people.title': 'Personas e invitaciones',
  'people.lead': 'Invita a personas a Alongside y cuida su acceso.',
  'people.inviteTitle': 'Invitar a alguien',
  'people.invitationsTitle': 'Invitaciones',
  'people.accountsTitle': 'Personas con cuenta',
  'people.you': '(tú)',
  'people.status.active': 'Activa',
  'people.status.disabled': 'Desactivada',
  'people.disable': 'Desactivar',
  'people.enable': 'Reactivar',
  'people.accountOf': ({ name }) => `la cuenta de ${name}`,
  'people.disabledFeedback': ({ name }) => `La cuenta de ${name} está desactivada. Se cerraron todas sus sesiones.`,
  'people.enabledFeedback': ({ name }) => `La cuenta de ${name} está activa otra vez.`,
  'people.confirmDisableHeading': ({ name }) => `¿Desactivar la cuenta de ${name}?`,
  'people.confirmDisable':
    'Se cerrarán todas sus sesiones al momento y no podrá entrar hasta que alguien de administración la active de nuevo. No se borra nada de lo que escribió.',
  'people.confirmDisableYes': 'Desactivar la cuenta',
  'people.confirmDisableNo': 'Mantenerla activa',

  'partnerships.title': 'Acompañamientos',
  'partnerships.lead': 'Un acompañamiento une a un o una especialista con la persona participante a la que acompaña.',
  'partnerships.startTitle': 'Empezar un acompañamiento',
  'partnerships.choose': 'Elige…',
  'partnerships.chooseSpecialist': 'Elige especialista.',
  'partnerships.chooseParticipant': 'Elige participante.',
  'partnerships.start': 'Empezar acompañamiento',
  'partnerships.activeTitle': 'Acompañamientos activos',
  'partnerships.activeEmpty': 'Todavía no hay acompañamientos activos.',
  'partnerships.endedTitle': 'Acompañamientos terminados',
  'partnerships.pair': ({ specialist, participant }) => `${specialist} y ${participant}`,
  'partnerships.since': ({ date }) => `Desde el ${date}`,
  'partnerships.range': ({ from, to }) => `Del ${from} al ${to}`,
  'partnerships.end': 'Terminar acompañamiento',
  'partnerships.confirmEnd': '¿Terminar este acompañamiento?',
  'partnerships.confirmYes': 'Sí, terminarlo',
  'partnerships.startedFeedback': ({ specialist, participant }) =>
    `Empezó el acompañamiento entre ${specialist} y ${participant}.`,
  'partnerships.endedFeedback': ({ specialist, participant }) =>
    `Terminó el acompañamiento entre ${specialist} y ${participant}.`,

  'organisation.title': 'Ajustes de la organización',
  'organisation.lead': 'Estos ajustes se aplican a todas las personas de tu organización.',
  'organisation.thresholdLabel': 'Cifra mínima que pueden mostrar los informes',
  'organisation.thresholdHint':
    'Los informes ocultan cualquier cifra menor que esta, para que nadie pueda ser identificado. Debe ser 11 o más.',
  'organisation.thresholdWhen': ({ year }) =>
    `Un cambio se aplica a partir del 1 de enero de ${year + 1}, así que los informes de ${year} y anteriores mantienen la cifra que ya usan.`,
  'organisation.thresholdInvalid': 'Escribe un número entero del 11 al 100.',
  'organisation.languageLabel': 'Idioma predeterminado',
  'organisation.languageHint': 'Se usa hasta que cada persona elija el suyo.',
  'organisation.saved': 'Ajustes guardados.',
};
