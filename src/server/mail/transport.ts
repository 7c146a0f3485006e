// Email over SMTP with nodemailer. One pooled transport per process and SMTP_URL.
import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { mailConfig } from "./config";

export interface Email {
  to: string;
  subject: string;
  text: string;
  language: string;
  /** Stable per message, so a receiving server can drop a rare second copy. */
  messageId: string;
  headers?: Record<string, string>;
}

export class MailNotConfiguredError extends Error {}

let transport: { url: string; t: Transporter } | undefined;

function getTransport(): Transporter {
  const url = mailConfig().smtpUrl;
  if (!url) throw new MailNotConfiguredError("SMTP_URL is not set");
  if (transport?.url !== url) {
    transport?.t.close();
    transport = {
      url,
      t: nodemailer.createTransport({
        url,
        pool: true,
        maxConnections: mailConfig().maxConnections,
      } as object),
    };
  }
  return transport.t;
}

/** Sends one email; resolves with the Message-ID once the SMTP server has accepted it. */
export async function sendEmail(e: Email): Promise<string> {
  const { from, replyTo } = mailConfig();
  const info = await getTransport().sendMail({
    from,
    ...(replyTo ? { replyTo } : {}),
    to: e.to,
    subject: e.subject,
    text: e.text,
    messageId: e.messageId,
    headers: { "Content-Language": e.language, ...e.headers },
  });
  return info.messageId;
}

export function closeMailTransport() {
  transport?.t.close();
  transport = undefined;
}
