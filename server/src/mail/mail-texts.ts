import type { Language } from '@alongside/shared';
import type { MailMessage } from './mailer.js';

/**
 * The words of every mail, in the recipient's language when it is known, else in English and
 * Spanish together. Plain text only: nothing a person typed is put in a mail but their
 * organisation's name.
 */
interface Texts {
  resetSubject: string;
  reset: (link: string) => string;
  inviteSubject: (organisation: string) => string;
  invite: (organisation: string, link: string) => string;
}

const texts: Record<Language, Texts> = {
  en: {
    resetSubject: 'Choose a new password for Alongside',
    reset: (link) =>
      `Someone asked to choose a new password for your Alongside account.\n\nOpen this link within 24 hours to choose one:\n${link}\n\nIf it was not you, you can ignore this mail: your password stays as it is.`,
    inviteSubject: (organisation) => `You are invited to Alongside by ${organisation}`,
    invite: (organisation, link) =>
      `${organisation} invites you to Alongside.\n\nOpen this link within 7 days to set up your account:\n${link}`,
  },
  es: {
    resetSubject: 'Elige una contraseña nueva para Alongside',
    reset: (link) =>
      `Alguien pidió elegir una contraseña nueva para tu cuenta de Alongside.\n\nAbre este enlace en las próximas 24 horas para elegirla:\n${link}\n\nSi no fuiste tú, puedes ignorar este correo: tu contraseña no cambia.`,
    inviteSubject: (organisation) => `${organisation} te invita a Alongside`,
    invite: (organisation, link) =>
      `${organisation} te invita a Alongside.\n\nAbre este enlace en los próximos 7 días para crear tu cuenta:\n${link}`,
  },
};

function compose(language: Language | undefined, subject: (t: Texts) => string, body: (t: Texts) => string) {
  if (language) return { subject: subject(texts[language]), text: body(texts[language]) };
  return {
    subject: `${subject(texts.en)} / ${subject(texts.es)}`,
    text: `${body(texts.en)}\n\n---\n\n${body(texts.es)}`,
  };
}

export function resetMail(to: string, link: string, language: Language | undefined): MailMessage {
  return {
    to,
    ...compose(
      language,
      (t) => t.resetSubject,
      (t) => t.reset(link),
    ),
  };
}

export function invitationMail(
  to: string,
  organisation: string,
  link: string,
  language: Language | undefined,
): MailMessage {
  return {
    to,
    ...compose(
      language,
      (t) => t.inviteSubject(organisation),
      (t) => t.invite(organisation, link),
    ),
  };
}
