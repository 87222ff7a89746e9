import nodemailer from 'nodemailer';
import type { Config } from '../config.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends one plain-text mail; rejects when the mail server cannot be reached or refuses it. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/**
 * The SMTP mailer, or undefined when mail is not configured (then links are only shown to staff).
 * Short timeouts: a mail server that hangs must not hold a request (or a person) for minutes.
 */
export function createMailer(mail: Config['mail']): Mailer | undefined {
  if (!mail) return undefined;
  const transport = nodemailer.createTransport({
    url: mail.smtpUrl,
    connectionTimeout: 5_000,
    greetingTimeout: 5_000,
    socketTimeout: 10_000,
  });
  return {
    async send(message) {
      await transport.sendMail({ from: mail.from, to: message.to, subject: message.subject, text: message.text });
    },
  };
}
