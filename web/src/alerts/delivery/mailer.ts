// Sending e-mail through nodemailer: over SMTP when SMTP_URL is set, otherwise each message is
// written as an .eml file under MAIL_DIR (var/mail/ by default) that any mail client opens. The
// file is named after the Message-ID, which is derived from what the e-mail is for: an e-mail
// written again after a crash replaces its first copy instead of making a second one.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';

export interface OutgoingMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly messageId: string;
  readonly headers: Readonly<Record<string, string>>;
}

export interface Mailer {
  send(m: OutgoingMail): Promise<void>;
  readonly description: string;
}

export interface MailConfig {
  readonly SMTP_URL?: string | undefined;
  readonly MAIL_DIR: string;
  readonly MAIL_FROM: string;
}

const fileName = (messageId: string) => `${messageId.replace(/[^A-Za-z0-9.@-]/g, '')}.eml`;

export function createMailer(c: MailConfig): Mailer {
  const envelope = (m: OutgoingMail) => ({
    from: c.MAIL_FROM,
    to: m.to,
    subject: m.subject,
    text: m.text,
    html: m.html,
    messageId: m.messageId,
    headers: { ...m.headers },
  });
  if (c.SMTP_URL) {
    const smtp = nodemailer.createTransport(c.SMTP_URL);
    return {
      description: 'SMTP',
      async send(m) {
        await smtp.sendMail(envelope(m));
      },
    };
  }
  const files = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'unix',
  });
  return {
    description: `fichiers .eml dans ${c.MAIL_DIR}`,
    async send(m) {
      const info = await files.sendMail(envelope(m));
      mkdirSync(c.MAIL_DIR, { recursive: true });
      const target = path.join(c.MAIL_DIR, fileName(m.messageId));
      const temporary = `${target}.${process.pid}.tmp`;
      writeFileSync(temporary, info.message as Buffer);
      renameSync(temporary, target);
    },
  };
}
