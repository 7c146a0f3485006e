// A status change emails the reporter who asked for news, through the outbox and a real SMTP
// server: the right language, only "there is news about your report … open it with your
// tracking code", a working signed unsubscribe link; nothing when the change rolls back,
// nothing twice, nothing after withdrawal, and never the fact of a death.
import { beforeAll, describe, expect, it } from "vitest";
import { requestFamilyInformation } from "@/features/cases/data/info-request";
import { changeCaseStatus } from "@/features/cases/data/workflow";
import { getClaimStatus, stopEmailUpdates } from "@/features/intake/claim-status";
import { fileCase } from "@/features/cases/test-fixtures";
import type { CaseStatus } from "@/generated/prisma/enums";
import type { Viewer } from "@/server/viewer";
import { POST as unsubscribePost } from "@/app/api/unsubscribe/[token]/route";
import { notifyReporter } from "./family";
import { withdrawEmailUpdates } from "./unsubscribe-data";
import "@/server/outbox/jobs";
import { until, withNotifyEnv } from "@/testing/notify-env";
import { makeViewer } from "@/testing/viewers";

const env = withNotifyEnv({
  smtp: true,
  jobs: ["message-deliver"],
  env: { MAIL_REPLY_TO: "ayuda@reencuentro.test" },
});
let police: Viewer;

async function reporterCase(opts: { locale?: string; optIn?: boolean; email?: string } = {}) {
  const c = await fileCase(env.db, "BZ", { givenNames: "Marisol", familyNames: "Quispe Tarqui" });
  const email = opts.email ?? `fam.${c.caseNumber.toLowerCase()}@example.org`;
  await env.db.case.update({
    where: { id: c.id },
    data: {
      status: "REPORTED",
      reporterEmail: email,
      reporterLocale: opts.locale ?? "es",
      notifyByEmail: opts.optIn ?? true,
    },
  });
  return { ...c, email };
}

const move = (caseNumber: string, from: CaseStatus, to: CaseStatus) =>
  changeCaseStatus(police, { caseNumber, from, to, reason: "Checked with the family" });
const mailsTo = (email: string) => env.smtp.mails.filter((m) => m.to.includes(email));

beforeAll(async () => {
  police = await makeViewer(env.db, "POLICE", "BZ");
});

describe("family email on a status change", () => {
  it("arrives in the reporter's language with nothing but the news and a link", async () => {
    const c = await reporterCase({ locale: "es" });
    await move(c.caseNumber, "REPORTED", "VERIFIED");
    await until(() => mailsTo(c.email).length === 1);
    const [mail] = mailsTo(c.email);
    expect(mail!.headers["content-language"]).toBe("es");
    expect(mail!.headers.from).toContain("no-reply@reencuentro.test");
    expect(mail!.headers["reply-to"]).toContain("ayuda@reencuentro.test");
    expect(mail!.subject).toBe(`Novedades sobre su reporte ${c.caseNumber}`);
    expect(mail!.text).toContain(`Hay novedades sobre su reporte ${c.caseNumber}`);
    expect(mail!.text).toContain("código de seguimiento en https://reencuentro.test/es/track");
    // No case details: not the name, not the place, not the reason the officer wrote.
    const { lastSeenCity } = await env.db.case.findUniqueOrThrow({ where: { id: c.id } });
    for (const detail of ["Marisol", "Quispe", "Checked with the family", lastSeenCity, c.trackingCode]) {
      expect(mail!.raw).not.toContain(detail);
    }
    expect(mail!.headers["list-unsubscribe"]).toMatch(
      /^<https:\/\/reencuentro\.test\/api\/unsubscribe\/u1\./,
    );
    // The SMTP server's acceptance comes a moment before the row is marked.
    await until(
      async () => (await env.db.outboundMessage.count({ where: { caseId: c.id, status: "SENT" } })) === 1,
    );
    const msg = await env.db.outboundMessage.findFirstOrThrow({ where: { caseId: c.id } });
    expect(msg).toMatchObject({ status: "SENT", attempts: 1, template: "family.verified" });
    expect(mail!.headers["message-id"]).toBe(`<${msg.id}@reencuentro.test>`);
  });

  it("the unsubscribe link withdraws the updates; later changes send nothing", async () => {
    const c = await reporterCase({ locale: "en" });
    await move(c.caseNumber, "REPORTED", "VERIFIED");
    await until(() => mailsTo(c.email).length === 1);
    const link = /https:\/\/reencuentro\.test\/en\/unsubscribe\/(\S+)/.exec(mailsTo(c.email)[0]!.text);
    expect(link).not.toBeNull();
    const token = link![1]!;
    // A forged or altered token does nothing.
    expect(await withdrawEmailUpdates(token.slice(0, -2) + "xx")).toBe("invalid");
    expect(await withdrawEmailUpdates("u1.abc.def")).toBe("invalid");
    expect((await env.db.case.findUniqueOrThrow({ where: { id: c.id } })).notifyByEmail).toBe(true);

    expect(await withdrawEmailUpdates(token)).toBe("withdrawn");
    expect(await withdrawEmailUpdates(token)).toBe("alreadyWithdrawn");
    const after = await env.db.case.findUniqueOrThrow({ where: { id: c.id } });
    expect(after.notifyByEmail).toBe(false);
    expect(after.notifyWithdrawnAt).not.toBeNull();
    expect(await env.db.caseEvent.count({ where: { caseId: c.id, type: "NOTIFICATIONS_WITHDRAWN" } })).toBe(
      1,
    );

    await move(c.caseNumber, "VERIFIED", "ACTIVE");
    await move(c.caseNumber, "ACTIVE", "LOCATED_ALIVE");
    await new Promise((r) => setTimeout(r, 2500));
    expect(mailsTo(c.email)).toHaveLength(1);
    expect(await env.db.outboundMessage.count({ where: { caseId: c.id } })).toBe(1);
  });

  it("the one-click POST and the page's form withdraw; a bad token answers 400", async () => {
    const c = await reporterCase({ locale: "pt" });
    await move(c.caseNumber, "REPORTED", "VERIFIED");
    await until(() => mailsTo(c.email).length === 1);
    const oneClick = /^<(.+)>$/.exec(mailsTo(c.email)[0]!.headers["list-unsubscribe"]!)![1]!;
    const token = oneClick.split("/").pop()!;
    const call = (t: string, body: string) =>
      unsubscribePost(
        new Request(`https://reencuentro.test/api/unsubscribe/${t}`, {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body,
        }),
        { params: Promise.resolve({ token: t }) },
      );
    expect((await call("u1.bad.token", "List-Unsubscribe=One-Click")).status).toBe(400);
    const form = await call("u1.bad.token", "locale=pt");
    expect(form.status).toBe(303);
    expect(form.headers.get("location")).toBe("/pt/unsubscribe/u1.bad.token?invalid=1");
    expect((await call(token, "List-Unsubscribe=One-Click")).status).toBe(204);
    expect((await env.db.case.findUniqueOrThrow({ where: { id: c.id } })).notifyByEmail).toBe(false);
    expect((await call(token, "locale=pt")).headers.get("location")).toBe(`/pt/unsubscribe/${token}?done=1`);
  });

  it("located alive says the police will call; deceased only asks to contact the police", async () => {
    const alive = await reporterCase({ locale: "en" });
    const dead = await reporterCase({ locale: "en" });
    for (const c of [alive, dead]) {
      await move(c.caseNumber, "REPORTED", "VERIFIED");
      await move(c.caseNumber, "VERIFIED", "ACTIVE");
    }
    await move(alive.caseNumber, "ACTIVE", "LOCATED_ALIVE");
    await move(dead.caseNumber, "ACTIVE", "LOCATED_DECEASED");
    await until(() => mailsTo(alive.email).length === 2 && mailsTo(dead.email).length === 2);
    // Messages of one case may arrive in any order (several deliveries run at once).
    expect(
      mailsTo(alive.email)
        .map((m) => m.text)
        .join("\n"),
    ).toContain("the person has been located. The police unit will contact you.");
    const last = mailsTo(dead.email).find((m) => !m.text.includes("verified"))!;
    expect(last.subject).toBe(`Your report ${dead.caseNumber}: please contact the police unit`);
    expect(last.text).toContain(
      `Please contact the police unit that handles your report ${dead.caseNumber}.`,
    );
    expect(last.raw).not.toMatch(/deceased|dead|died|death|located|found/i);
  });

  it("closing the case tells the family it is closed, in their language and nothing more", async () => {
    const c = await reporterCase({ locale: "en" });
    await move(c.caseNumber, "REPORTED", "VERIFIED");
    await move(c.caseNumber, "VERIFIED", "ACTIVE");
    await move(c.caseNumber, "ACTIVE", "LOCATED_ALIVE");
    await move(c.caseNumber, "LOCATED_ALIVE", "CLOSED");
    await until(() => mailsTo(c.email).length === 3);
    const closed = mailsTo(c.email).find((m) => m.text.includes("it has been closed"));
    expect(closed?.subject).toBe(`News about your report ${c.caseNumber}`);
    expect(closed?.raw).not.toContain("Marisol");
    const templates = await env.db.outboundMessage.findMany({
      where: { caseId: c.id },
      select: { template: true },
    });
    expect(templates.map((t) => t.template).sort()).toEqual([
      "family.closed",
      "family.locatedAlive",
      "family.verified",
    ]);
  });

  it("a change that rolls back leaves no message; the same event never queues twice", async () => {
    const c = await reporterCase();
    // Stale "from": the change is refused, so no message either.
    await expect(move(c.caseNumber, "VERIFIED", "ACTIVE")).rejects.toThrow();
    await expect(
      env.db.$transaction(async (tx) => {
        const ev = await tx.caseEvent.create({
          data: { caseId: c.id, actorKind: "STAFF", type: "STATUS_CHANGED" },
          select: { id: true },
        });
        await notifyReporter(tx, c.id, ev.id, "family.verified");
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect(await env.db.outboundMessage.count({ where: { caseId: c.id } })).toBe(0);

    const ev = await env.db.caseEvent.create({
      data: { caseId: c.id, actorKind: "STAFF", type: "STATUS_CHANGED" },
      select: { id: true },
    });
    const ids = await env.db.$transaction(async (tx) => [
      await notifyReporter(tx, c.id, ev.id, "family.verified"),
      await notifyReporter(tx, c.id, ev.id, "family.verified"),
    ]);
    expect(ids[0]).toBeTruthy();
    expect(ids[1]).toBeNull();
    await until(() => mailsTo(c.email).length === 1);
    await new Promise((r) => setTimeout(r, 1500));
    expect(mailsTo(c.email)).toHaveLength(1);
  });

  it("a question to the family: news by email, the question itself only on the track page", async () => {
    const c = await reporterCase({ locale: "es" });
    const question = "¿Tenía un teléfono celular? Indique el número, por favor.";
    await requestFamilyInformation(police, { caseNumber: c.caseNumber, question });
    await until(() => mailsTo(c.email).length === 1);
    const mail = mailsTo(c.email)[0]!;
    expect(mail.text).toContain(
      `Hay novedades sobre su reporte ${c.caseNumber}: la policía pide más información.`,
    );
    expect(mail.raw).not.toContain("celular");
    const status = await getClaimStatus(c.caseNumber, c.trackingCode);
    expect(status.infoRequest?.question).toBe(question);
    // Staff of another country cannot ask about this case.
    const policeGt = await makeViewer(env.db, "POLICE", "GT");
    await expect(
      requestFamilyInformation(policeGt, { caseNumber: c.caseNumber, question: "¿Algo más?" }),
    ).rejects.toThrow(/notFound/i);
    expect(await env.db.caseEvent.count({ where: { caseId: c.id, type: "INFO_REQUESTED" } })).toBe(1);
  });

  it("the track page shows the choice and stops the emails with the tracking code only", async () => {
    const c = await reporterCase({ locale: "es" });
    expect((await getClaimStatus(c.caseNumber, c.trackingCode)).emailUpdates).toBe(true);
    await expect(stopEmailUpdates(c.caseNumber, "AAAA-BBBB-CCCC")).rejects.toThrow();
    expect((await env.db.case.findUniqueOrThrow({ where: { id: c.id } })).notifyByEmail).toBe(true);
    await stopEmailUpdates(c.caseNumber, c.trackingCode);
    await stopEmailUpdates(c.caseNumber, c.trackingCode);
    expect((await getClaimStatus(c.caseNumber, c.trackingCode)).emailUpdates).toBe(false);
    expect(await env.db.caseEvent.count({ where: { caseId: c.id, type: "NOTIFICATIONS_WITHDRAWN" } })).toBe(
      1,
    );
    await move(c.caseNumber, "REPORTED", "VERIFIED");
    expect(await env.db.outboundMessage.count({ where: { caseId: c.id } })).toBe(0);
  });

  it("a reporter who did not ask for news gets nothing", async () => {
    const c = await reporterCase({ optIn: false });
    await move(c.caseNumber, "REPORTED", "VERIFIED");
    expect(await env.db.outboundMessage.count({ where: { caseId: c.id } })).toBe(0);
  });
});
