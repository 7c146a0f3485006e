// Mail settings, read from the environment once per process:
//   SMTP_URL        smtp://user:pass@host:587 or smtps://… (unset: email is not sent; messages
//                   stay queued and are retried, so setting it later delivers them)
//   MAIL_FROM       sender, e.g. "Reencuentro <no-reply@example.org>"
//   MAIL_REPLY_TO   optional reply-to address (a monitored inbox of the network)
//   PUBLIC_URL      the portal's public address for links (defaults to NEXTAUTH_URL)
export interface MailConfig {
  smtpUrl: string | null;
  from: string;
  replyTo: string | null;
  publicUrl: string;
}

let cached: MailConfig | undefined;

export function mailConfig(): MailConfig {
  cached ??= {
    smtpUrl: process.env.SMTP_URL || null,
    from: process.env.MAIL_FROM || "Reencuentro <no-reply@localhost>",
    replyTo: process.env.MAIL_REPLY_TO || null,
    publicUrl: (process.env.PUBLIC_URL || process.env.NEXTAUTH_URL || "http://localhost:3000").replace(
      /\/$/,
      "",
    ),
  };
  return cached;
}

/** Tests change the environment between files. */
export function resetMailConfig() {
  cached = undefined;
}
