// A status change texts the reporter who opted in with a phone number, through the outbox and
// a local HTTP server playing the Twilio-compatible vendor: the news in the reporter's
// language, no case details, a signed STOP link that withdraws SMS only; a vendor refusal
// goes DEAD without retries.
import { beforeAll, describe, expect, it } from "vitest";
import { changeCaseStatus } from "@/features/cases/data/workflow";
import { fileCase } from "@/features/cases/test-fixtures";
import type { CaseStatus } from "@/generated/prisma/enums";
import type { Viewer } from "@/server/viewer";
import { withdrawEmailUpdates } from "./unsubscribe-data";
import { makeViewer } from "@/testing/viewers";

import "@/server/outbox/jobs";
import { until, withNotifyEnv } from "@/testing/notify-env";

const env = withNotifyEnv({ sms: true, jobs: ["message-deliver"] });
let police: Viewer;

let n = 0;
async function phoneCase(locale = "es") {
  const c = await fileCase(env.db, "BZ", { givenNames: "Marisol", familyNames: "Quispe Tarqui" });
  const phone = `+5917${String(1000000 + n++).padStart(7, "0")}`;
  await env.db.case.update({
    where: { id: c.id },
    data: { status: "REPORTED", reporterPhone: phone, reporterLocale: locale, notifyByPhone: true },
  });
  return { ...c, phone };
}
const move = (caseNumber: string, from: CaseStatus, to: CaseStatus) =>
  changeCaseStatus(police, { caseNumber, from, to, reason: "Checked with the family" });
const textsTo = (phone: string) => env.sms.texts.filter((t) => t.get("To") === phone);

beforeAll(async () => {
  police = await makeViewer(env.db, "POLICE", "BZ");
});

describe("family SMS on a status change", () => {
  it("arrives in the reporter's language with the news, the track page and a STOP link", async () => {
    const c = await phoneCase("es");
    await move(c.caseNumber, "REPORTED", "VERIFIED");
    await until(() => textsTo(c.phone).length === 1);
    const body = textsTo(c.phone)[0]!.get("Body")!;
    expect(body).toContain(`Novedades sobre su reporte ${c.caseNumber}`);
    expect(body).toContain("https://reencuentro.test/es/track");
    for (const detail of ["Marisol", "Quispe", "Checked with the family", c.trackingCode]) {
      expect(body).not.toContain(detail);
    }
    await until(
      async () =>
        (await env.db.outboundMessage.count({
          where: { caseId: c.id, channel: "SMS", status: "SENT" },
        })) === 1,
    );

    // The STOP link withdraws SMS (not email) and nothing more is texted.
    const token = /unsubscribe\/(\S+)/.exec(body)![1]!;
    expect(await withdrawEmailUpdates(token)).toBe("withdrawn");
    const after = await env.db.case.findUniqueOrThrow({ where: { id: c.id } });
    expect(after.notifyByPhone).toBe(false);
    await move(c.caseNumber, "VERIFIED", "ACTIVE");
    await move(c.caseNumber, "ACTIVE", "LOCATED_ALIVE");
    await new Promise((r) => setTimeout(r, 2000));
    expect(textsTo(c.phone)).toHaveLength(1);
  });

  it("a death is never texted: only 'please contact the police unit'", async () => {
    const c = await phoneCase("en");
    await move(c.caseNumber, "REPORTED", "VERIFIED");
    await move(c.caseNumber, "VERIFIED", "ACTIVE");
    await move(c.caseNumber, "ACTIVE", "LOCATED_DECEASED");
    await until(() => textsTo(c.phone).length === 2);
    // Two deliveries may arrive in either order: look at both.
    const bodies = textsTo(c.phone).map((b) => b.get("Body")!.toLowerCase());
    expect(bodies.some((b) => b.includes("police unit"))).toBe(true);
    for (const b of bodies) expect(b).not.toMatch(/dead|deceased|died/);
  });

  it("a vendor refusal marks the message DEAD at once", async () => {
    const c = await phoneCase("es");
    env.sms.refuse = true;
    try {
      await move(c.caseNumber, "REPORTED", "VERIFIED");
      await until(
        async () => (await env.db.outboundMessage.count({ where: { caseId: c.id, status: "DEAD" } })) === 1,
      );
      const m = await env.db.outboundMessage.findFirstOrThrow({ where: { caseId: c.id } });
      expect(m.attempts).toBe(1);
      expect(m.lastError).toContain("21610");
    } finally {
      env.sms.refuse = false;
    }
  });
});
