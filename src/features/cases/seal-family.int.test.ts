// What the family learns when a located adult's record is sealed (issue 16, decision 154): that
// the person is located and safe, by message (in their language) and on the track page and its
// API, and nothing about where or with whom: not the place, the unit now handling it, the
// officer's reason or the person's name. Lifting the seal sends nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { claimStatusRoute } from "@/features/intake/api-claim-status";
import { getClaimStatus } from "@/features/intake/claim-status";
import type { Viewer } from "@/server/viewer";
import "@/server/outbox/jobs";
import { until, withNotifyEnv } from "@/testing/notify-env";
import { makeViewer } from "@/testing/viewers";
import { sealCase, unsealCase } from "./data";
import { fileCase } from "./test-fixtures";

const env = withNotifyEnv({ smtp: true, jobs: ["message-deliver"] });
const UNIT = "Unidad de Protección Quillacollo";
const REASON = "Lives with her aunt in Quillacollo; fled her husband";
let unit: Viewer;
let unitId: string;

beforeAll(async () => {
  unitId = (
    await env.db.organization.create({
      data: { name: UNIT, kind: "POLICE_UNIT", countryCode: "BO" },
      select: { id: true },
    })
  ).id;
  unit = await makeViewer(env.db, "POLICE", "BO", { organizationId: unitId });
});

async function locatedAdult(locale: string) {
  const c = await fileCase(env.db, "BO", { givenNames: "Florinda", familyNames: "Mamani Choque" });
  const email = `fam.${c.caseNumber.toLowerCase()}@example.org`;
  await env.db.case.update({
    where: { id: c.id },
    data: {
      status: "LOCATED_ALIVE",
      dateOfBirth: null,
      approxAge: 29,
      assignedOrgId: unitId,
      lastSeenCity: "Sacaba",
      reporterEmail: email,
      reporterLocale: locale,
      notifyByEmail: true,
    },
  });
  return { ...c, email };
}

const mailsTo = (email: string) => env.smtp.mails.filter((m) => m.to.includes(email));
const LEAKS = [UNIT, "Quillacollo", "Sacaba", "Florinda", "Mamani", REASON];

describe("a sealed located adult, seen by the family", () => {
  it("is told by email, in their language, only that the person is located and safe", async () => {
    const c = await locatedAdult("fr");
    await sealCase(unit, { caseNumber: c.caseNumber, reason: REASON });
    await until(() => mailsTo(c.email).length === 1);
    const [mail] = mailsTo(c.email);
    expect(mail!.headers["content-language"]).toBe("fr");
    expect(mail!.subject).toBe(`Du nouveau sur votre signalement ${c.caseNumber}`);
    expect(mail!.text).toContain("la personne a été localisée et est en sécurité");
    for (const leak of LEAKS) expect(mail!.text).not.toContain(leak);
    // Lifting the seal is not news for the family: no second message.
    await unsealCase(unit, { caseNumber: c.caseNumber, reason: "She agreed to call her mother" });
    await new Promise((r) => setTimeout(r, 1500));
    expect(mailsTo(c.email)).toHaveLength(1);
  });

  it("sees 'located and safe' on the track page's data and API, with the country as contact", async () => {
    const c = await locatedAdult("es");
    const before = await getClaimStatus(c.caseNumber, c.trackingCode);
    expect(before).toMatchObject({ sealed: false, contact: { kind: "organization", name: UNIT } });
    await sealCase(unit, { caseNumber: c.caseNumber, reason: REASON });
    const after = await getClaimStatus(c.caseNumber, c.trackingCode);
    expect(after).toMatchObject({
      status: "LOCATED_ALIVE",
      sealed: true,
      contact: { kind: "network", countryCode: "BO" },
    });
    const res = await claimStatusRoute(
      new Request("http://portal.test/api/v1/claims/status", {
        method: "POST",
        headers: { "Content-Type": "application/json", "Accept-Language": "es" },
        body: JSON.stringify({ caseNumber: c.caseNumber, trackingCode: c.trackingCode }),
      }),
    );
    const body = await res.json();
    expect(body.message).toBe(
      "La persona fue localizada y está a salvo. A pedido de ella, la policía no puede decirle dónde está ni con quién.",
    );
    expect(body.contact).toBeNull();
    for (const leak of LEAKS) expect(JSON.stringify(body)).not.toContain(leak);
  });
});
