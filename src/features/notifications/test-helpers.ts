// Shared by the inbound SMS tests: a claim whose reporter opted into SMS, and a call to the
// vendor's webhook route signed as the vendor signs it.
import { fileCase } from "@/features/cases/test-fixtures";
import type { PrismaClient } from "@/generated/prisma/client";
import { CLIENT_IP_HEADER } from "@/server/incoming-headers";
import { inboundSignature, type SignatureAlgorithm } from "@/server/sms/inbound-signature";
import { SMS_TEST_TOKEN } from "@/testing/notify-env";

export const URL_SIGNED = "https://reencuentro.test/api/sms/inbound";

let n = 0;

/** A claim whose reporter opted into SMS (and email) with the number typed as people type it. */
export async function phoneCase(db: PrismaClient, phone: string, locale = "es") {
  const c = await fileCase(db, "BO", { givenNames: "Marisol", familyNames: "Quispe" });
  await db.case.update({
    where: { id: c.id },
    data: {
      reporterPhone: phone,
      reporterPhoneDigits: phone.replace(/\D/g, ""),
      reporterLocale: locale,
      notifyByPhone: true,
      notifyByEmail: true,
      reporterEmail: `family${n++}@example.org`,
    },
  });
  return c;
}

export interface InboundOptions {
  token?: string;
  /** The URL the signature covers (default: the configured public one). */
  url?: string;
  /** The URL the request reaches the app at (default: as Next sees it without a proxy). */
  requestUrl?: string;
  ip?: string;
  signature?: string | null;
  algorithm?: SignatureAlgorithm;
  headers?: Record<string, string>;
}

export async function inboundSms(fields: Record<string, string>, o: InboundOptions = {}) {
  const { POST } = await import("@/app/api/sms/inbound/route");
  const params = new URLSearchParams({ MessageSid: `SM${n++}`, To: "+15005550006", ...fields });
  const signature =
    o.signature === undefined
      ? inboundSignature(o.token ?? SMS_TEST_TOKEN, o.url ?? URL_SIGNED, params, o.algorithm)
      : o.signature;
  const headers: Record<string, string> = {
    "content-type": "application/x-www-form-urlencoded",
    [CLIENT_IP_HEADER]: o.ip ?? "198.51.100.10",
    ...o.headers,
  };
  if (signature !== null) headers["x-twilio-signature"] = signature;
  const url = o.requestUrl ?? "http://127.0.0.1/api/sms/inbound";
  return POST(new Request(url, { method: "POST", headers, body: params }));
}

export const smsOn = async (db: PrismaClient, id: string) =>
  (await db.case.findUniqueOrThrow({ where: { id }, select: { notifyByPhone: true } })).notifyByPhone;
