import type { HomeMessages } from './home-en.js';

/** Palabras de la página de inicio de cada rol (mismas claves que `home-en.ts`). */
export const homeEs: HomeMessages = {
  'home.welcome': ({ name }) => `Hola, ${name}`,
  'homeAdmin.lead': ({ organisation }) =>
    `Te ocupas de las cuentas, las invitaciones y los ajustes de ${organisation}. Quien administra nunca ve el plan ni las notas de nadie.`,
  'homeAdmin.tasksLabel': 'Lo que puedes hacer',
  'homeAdmin.peopleTitle': 'Personas e invitaciones',
  'homeAdmin.peopleText': 'Invita a alguien, sigue las invitaciones y desactiva o reactiva el acceso.',
  'homeAdmin.peopleLink': 'Ir a personas',
  'homeAdmin.waiting': ({ count }) =>
    count === 1 ? 'Hay 1 invitación pendiente de aceptar.' : `Hay ${count} invitaciones pendientes de aceptar.`,
  'homeAdmin.noneWaiting': 'No hay invitaciones pendientes.',
  'homeAdmin.partnershipsTitle': 'Acompañamientos',
  'homeAdmin.partnershipsText':
    'Une a un o una especialista con una persona participante, o termina un acompañamiento.',
  'homeAdmin.partnershipsLink': 'Ir a acompañamientos',
  'homeAdmin.organisationTitle': 'Ajustes de la organización',
  'homeAdmin.organisationText':
    'El nombre de tu organización, su idioma predeterminado y los ajustes de privacidad de los informes.',
  'homeAdmin.organisationLink': 'Ir a los ajustes',
  'homeSpecialist.lead': 'Aquí están las personas a las que acompañas, y una forma de invitar a alguien nuevo.',
  'homeSpecialist.alongsideTitle': 'Personas a las que acompaño',
  'homeSpecialist.alongsideEmpty': 'Todavía nadie. Cuando una persona acepte tu invitación, aparecerá aquí.',
  'homeSpecialist.since': ({ date }) => `Acompañamiento desde el ${date}`,
  'homeSpecialist.openPlan': 'Abrir plan y sesiones',
  'homeSpecialist.planOf': ({ name }) => `de ${name}`,
  'homeSpecialist.lastSession': ({ date, mode }) => `Última sesión: ${date} (${mode})`,
  'homeSpecialist.noSession': 'Todavía sin sesiones',
  'homeSpecialist.sessionOpen': 'Sesión abierta',
  'homeSpecialist.waiting': ({ count }) =>
    count === 1 ? '1 sugerencia esperando su decisión' : `${count} sugerencias esperando su decisión`,
  'homeSpecialist.noneWaiting': 'Ninguna sugerencia en espera',
  'homeSpecialist.activeGoals': ({ count }) => (count === 1 ? '1 meta activa' : `${count} metas activas`),
  'homeSpecialist.nextSteps': 'Próximos pasos',
  'homeSpecialist.stepOfGoal': ({ goal }) => `para «${goal}»`,
  'homeSpecialist.mode.in-person': 'en persona',
  'homeSpecialist.mode.phone': 'por teléfono',
  'homeSpecialist.mode.video': 'por video',
  'homeSpecialist.mode.community': 'en la comunidad',
  'homeSpecialist.inviteTitle': 'Invitar a participante',
  'homeSpecialist.inviteText':
    'Escribe el correo electrónico de la persona con la que vas a trabajar. Ella elige su propia contraseña.',
  'homeSpecialist.invitationsTitle': 'Mis invitaciones',
  'homeParticipant.lead': 'Este es tu espacio. Lo que va en tu plan lo decides tú.',
  'homeParticipant.planTitle': 'Mi plan',
  'homeParticipant.planText':
    'Tus metas y pasos, con tus propias palabras. Tu especialista y tú lo construyen juntos, y tú decides qué entra.',
  'homeParticipant.planLink': 'Abrir mi plan',
  'homeParticipant.notesTitle': 'Notas sobre mí',
  'homeParticipant.notesText': 'Lee cada nota escrita sobre ti, añade tu propia mirada y fírmala también.',
  'homeParticipant.notesLink': 'Leer las notas sobre mí',
  'homeParticipant.notesWaiting': ({ count }) =>
    count === 1 ? 'Una nota espera tu mirada.' : `${count} notas esperan tu mirada.`,
  'homeParticipant.sessionOpen': ({ name }) => `${name} inició una sesión contigo.`,
  'homeParticipant.sessionJoin': 'Ir a mi plan para unirme',
  'homeParticipant.specialistsTitle': 'Mi especialista',
  'homeParticipant.specialistsEmpty':
    'Ahora mismo no tienes un acompañamiento con especialista. Las personas que administran Alongside en tu organización pueden ayudarte con eso.',
  'homeParticipant.since': ({ date }) => `Te acompaña desde el ${date}`,
  'homeParticipant.recordTitle': 'Mi expediente',
  'homeParticipant.recordText': 'Imprime tu plan, llévate una copia, mira quién lo consultó.',
  'homeParticipant.recordLink': 'Abrir mi expediente',
  'homeSupervisor.lead': 'Ves cómo va el programa en conjunto, nunca a una persona en particular.',
  'homeSupervisor.reportsTitle': 'Informes del programa',
  'homeSupervisor.reportsText':
    'Totales de toda la organización. Los números pequeños se ocultan para que nadie pueda ser identificado.',
  'homeParticipant.waitingTitle': 'Te espera',
  'homeParticipant.nothingWaiting': 'Ahora mismo no te espera nada.',
  'homeParticipant.suggestionsWaiting': ({ count }) =>
    count === 1 ? '1 sugerencia por decidir' : `${count} sugerencias por decidir`,
  'homeParticipant.notesWaitingFor': ({ count }) =>
    count === 1 ? '1 nota de sesión espera tu mirada' : `${count} notas de sesión esperan tu mirada`,
  'homeParticipant.followUpDue': ({ name, date }) => `Haz el seguimiento con ${name}: era para el ${date}`,
  'homeParticipant.followUpSoon': ({ name, date }) => `Haz el seguimiento con ${name} el ${date}`,
  'homeParticipant.nextSteps': 'Tus próximos pasos',
};
