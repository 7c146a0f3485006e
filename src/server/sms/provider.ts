// The phone channel behind one interface (decision 140): the outbox hands a provider the number,
// the text and whether it goes as SMS or WhatsApp; the provider returns its message id. The one
// adapter speaks the Twilio Messages REST API, which other vendors copy, so a different vendor is
// a different base URL, not new code.
import "server-only";
import { env } from "../env";
import { splitSms, type SmsEncoding } from "./segments";

export type PhoneChannel = "SMS" | "WHATSAPP";

export interface PhoneMessage {
  to: string;
  body: string;
  channel: PhoneChannel;
}

export interface PhoneSendResult {
  providerId: string;
  /** Billable SMS parts (WhatsApp: 1); logged so a template that grows long is noticed. */
  segments: number;
  encoding: SmsEncoding;
}

export interface PhoneProvider {
  send(m: PhoneMessage): Promise<PhoneSendResult>;
}

export interface TwilioConfig {
  baseUrl: string;
  accountSid: string;
  authToken: string;
  smsFrom: string;
  whatsappFrom: string | null;
  timeoutMs?: number;
}

// Family messages are a few sentences; more parts than this means a template went wrong, and a
// long message costs the network per part.
export const MAX_SMS_PARTS = 4;

export class PhoneSendError extends Error {
  constructor(
    message: string,
    /** The vendor refused this message (bad number, unsubscribed): retrying will not help. */
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

const E164 = /^\+[1-9]\d{6,14}$/;

export function twilioProvider(cfg: TwilioConfig): PhoneProvider {
  const endpoint = new URL(
    `2010-04-01/Accounts/${encodeURIComponent(cfg.accountSid)}/Messages.json`,
    cfg.baseUrl.endsWith("/") ? cfg.baseUrl : `${cfg.baseUrl}/`,
  );
  const auth = `Basic ${Buffer.from(`${cfg.accountSid}:${cfg.authToken}`).toString("base64")}`;
  return {
    async send(m) {
      if (!E164.test(m.to)) throw new PhoneSendError("phone number is not in +E.164 form", true);
      const seg = splitSms(m.body);
      if (m.channel === "SMS" && seg.parts.length > MAX_SMS_PARTS) {
        throw new PhoneSendError(`message needs ${seg.parts.length} SMS parts (max ${MAX_SMS_PARTS})`, true);
      }
      const whatsapp = m.channel === "WHATSAPP";
      if (whatsapp && !cfg.whatsappFrom) throw new PhoneSendError("WHATSAPP_FROM is not set", true);
      const form = new URLSearchParams({
        To: whatsapp ? `whatsapp:${m.to}` : m.to,
        From: whatsapp ? cfg.whatsappFrom! : cfg.smsFrom,
        Body: m.body,
      });
      const res = await fetch(endpoint, {
        method: "POST",
        headers: { Authorization: auth, "Content-Type": "application/x-www-form-urlencoded" },
        body: form,
        signal: AbortSignal.timeout(cfg.timeoutMs ?? 15_000),
      });
      const json = (await res.json().catch(() => ({}))) as { sid?: string; code?: number; message?: string };
      if (!res.ok || !json.sid) {
        // 4xx other than 429 is the vendor refusing this message; 429/5xx are worth a retry.
        const permanent = res.status >= 400 && res.status < 500 && res.status !== 429;
        throw new PhoneSendError(
          `provider answered ${res.status}${json.code ? ` (code ${json.code})` : ""}: ${json.message ?? "no message id"}`,
          permanent,
        );
      }
      return {
        providerId: json.sid,
        segments: whatsapp ? 1 : seg.parts.length,
        encoding: seg.encoding,
      };
    },
  };
}

/** The configured provider, or null when the phone channel is not set up (messages wait). */
export function phoneProvider(): PhoneProvider | null {
  const e = env();
  if (!e.SMS_API_BASE_URL || !e.SMS_ACCOUNT_SID || !e.SMS_AUTH_TOKEN || !e.SMS_FROM) return null;
  return twilioProvider({
    baseUrl: e.SMS_API_BASE_URL,
    accountSid: e.SMS_ACCOUNT_SID,
    authToken: e.SMS_AUTH_TOKEN,
    smsFrom: e.SMS_FROM,
    whatsappFrom: e.WHATSAPP_FROM ?? null,
  });
}
