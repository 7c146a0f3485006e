// The family hears the unit's decision on its own take-down request (issue 16, decision 150),
// through the outbox and a real SMTP server, in its language, with what its track page shows
// (the outcome) and nothing else: not the unit's note, not who decided. A request from the
// public is not the reporter's to hear about, so its decision sends nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { makeCase } from "@/features/bulletin/test-helpers";
import type { Viewer } from "@/server/viewer";
import "@/server/outbox/jobs";
import { until, withNotifyEnv } from "@/testing/notify-env";
import { makeViewer } from "@/testing/viewers";
import { decideRemoval, requestFamilyRemoval, requestPublicRemoval } from "./data";

const env = withNotifyEnv({ smtp: true, jobs: ["message-deliver"] });
const ctx = { locale: "es", ipHash: "ip-hash-decision" };
const NOTE = "Confirmed with the aunt in Sacaba; keep it down";
let police: Viewer;

beforeAll(async () => {
  police = await makeViewer(env.db, "POLICE", "BO", { name: "Sgto. Teodoro Vargas" });
});

async function familyCase(locale: string) {
  const c = await makeCase(env.db, { status: "ACTIVE" });
  const email = `fam.${c.caseNumber.toLowerCase()}@example.org`;
  await env.db.case.update({
    where: { id: c.id },
    data: { reporterEmail: email, reporterLocale: locale, notifyByEmail: true },
  });
  return { ...c, email };
}
const mailsTo = (email: string) => env.smtp.mails.filter((m) => m.to.includes(email));
const requestOf = (caseId: string, source: "FAMILY" | "PUBLIC") =>
  env.db.removalRequest.findFirstOrThrow({ where: { caseId, source, status: "PENDING" } });

describe("the family is told the decision on its take-down request", () => {
  it("kept hidden: in the family's language, the outcome only", async () => {
    const c = await familyCase("pt");
    await requestFamilyRemoval(c.caseNumber, c.trackingCode, { reason: "ENDANGERS" }, ctx);
    const r = await requestOf(c.id, "FAMILY");
    await decideRemoval(police, {
      caseNumber: c.caseNumber,
      requestId: r.id,
      decision: "KEEP_HIDDEN",
      note: NOTE,
    });
    await until(() => mailsTo(c.email).length === 1);
    const [mail] = mailsTo(c.email);
    expect(mail!.headers["content-language"]).toBe("pt");
    expect(mail!.subject).toBe(`Notícias sobre seu relato ${c.caseNumber}`);
    expect(mail!.text).toContain("a página continua fora do boletim público");
    for (const leak of [NOTE, "Sacaba", "Teodoro", "Vargas"]) expect(mail!.text).not.toContain(leak);
  });

  it("restored: says the page is back; a public request's decision sends nothing", async () => {
    const c = await familyCase("en");
    await requestPublicRemoval(c.publicId, { reason: "WRONG", message: "Not her" }, ctx);
    const pub = await requestOf(c.id, "PUBLIC");
    await decideRemoval(police, { caseNumber: c.caseNumber, requestId: pub.id, decision: "KEEP_HIDDEN" });
    await requestFamilyRemoval(c.caseNumber, c.trackingCode, { reason: "WRONG" }, ctx);
    const fam = await requestOf(c.id, "FAMILY");
    await decideRemoval(police, { caseNumber: c.caseNumber, requestId: fam.id, decision: "RESTORE" });
    await until(() => mailsTo(c.email).length >= 1);
    await new Promise((r) => setTimeout(r, 1500));
    const mails = mailsTo(c.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain("put the page back on the public bulletin");
    const queued = await env.db.outboundMessage.findMany({
      where: { caseId: c.id },
      select: { template: true },
    });
    expect(queued.map((m) => m.template)).toEqual(["family.removalRestored"]);
  });
});
