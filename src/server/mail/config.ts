// Mail settings, read from the environment once per process:
//   SMTP_URL        smtp://user:pass@host:587 or smtps://… (unset: email is not sent; messages
//                   stay queued and are retried, so setting it later delivers them)
//   MAIL_FROM       sender, e.g. "Reencuentro <no-reply@example.org>"
//   MAIL_REPLY_TO   optional reply-to address (a monitored inbox of the network)
//   PUBLIC_URL      the portal's public address for links (defaults to NEXTAUTH_URL)
//   SMTP_MAX_CONNECTIONS  parallel SMTP connections per process (default 10): a send waits on
//                   the server's replies, so throughput is about connections / round-trip time
import { env, publicBaseUrl } from "../env";

export interface MailConfig {
  smtpUrl: string | null;
  from: string;
  replyTo: string | null;
  publicUrl: string;
  maxConnections: number;
}

let cached: MailConfig | undefined;

export function mailConfig(): MailConfig {
  const e = env();
  cached ??= {
    smtpUrl: e.SMTP_URL ?? null,
    from: e.MAIL_FROM,
    replyTo: e.MAIL_REPLY_TO ?? null,
    publicUrl: publicBaseUrl(),
    maxConnections: e.SMTP_MAX_CONNECTIONS,
  };
  return cached;
}

/** Tests change the environment between files. */
export function resetMailConfig() {
  cached = undefined;
}
