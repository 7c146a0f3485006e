// Sealing a located adult's record (decision 154): the owning unit's police seal and unseal it
// with a reason, both written to the history; nobody else can; a minor or a claim not located is
// refused; once sealed, other staff read only the sealed card. Each seal and unseal also leaves an
// audit row (who, from where, the case number; the reason stays in the case history).
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/server/viewer";
import { withTestDb } from "@/testing/with-test-db";
import { makeViewer } from "@/testing/viewers";
import {
  getCaseForViewer,
  giveAccessReason,
  ReasonRequiredError,
  sealCase,
  sealOfferFor,
  unsealCase,
} from "./data";
import { SealInput } from "./schemas";
import { fileCase } from "./test-fixtures";

const env = withTestDb();
let policeBo: Viewer, policePe: Viewer, ngoBo: Viewer;

beforeAll(async () => {
  policeBo = await makeViewer(env.db, "POLICE", "BO");
  policePe = await makeViewer(env.db, "POLICE", "PE");
  ngoBo = await makeViewer(env.db, "NGO", "BO");
});

async function located(o: { approxAge?: number; status?: "LOCATED_ALIVE" | "ACTIVE" } = {}) {
  const c = await fileCase(env.db, "BO", { givenNames: "Sellada", familyNames: "Adulta" });
  await env.db.case.update({
    where: { id: c.id },
    data: { status: o.status ?? "LOCATED_ALIVE", dateOfBirth: null, approxAge: o.approxAge ?? 34 },
  });
  return c;
}

const input = (caseNumber: string, reason = "She asked not to be found; fled violence") =>
  SealInput.parse({ caseNumber, reason });
const state = (id: string) =>
  env.db.case.findUniqueOrThrow({ where: { id }, select: { sealedAt: true, sealedById: true } });
const events = async (id: string) =>
  (
    await env.db.caseEvent.findMany({
      where: { caseId: id, type: { in: ["CASE_SEALED", "CASE_UNSEALED"] } },
      orderBy: { createdAt: "asc" },
      select: { type: true, reason: true, actorUserId: true },
    })
  ).map((e) => [e.type, e.reason, e.actorUserId]);

const audits = (id: string) =>
  env.db.auditEvent.findMany({
    where: { targetType: "Case", targetId: id },
    orderBy: { createdAt: "asc" },
    select: { action: true, actorUserId: true, countryCode: true, before: true, after: true },
  });

describe("sealing a located adult", () => {
  it("the owning country's police seal and unseal it, each with its reason in the history", async () => {
    const c = await located();
    await sealCase(policeBo, input(c.caseNumber));
    expect(await state(c.id)).toEqual({ sealedAt: expect.any(Date), sealedById: policeBo.id });
    // The sealing officer's reason also covers their next reads of the now sealed record.
    const reasons = await env.db.caseAccessLog.findMany({
      where: { caseId: c.id, action: "REASON" },
      select: { userId: true, reason: true },
    });
    expect(reasons).toEqual([{ userId: policeBo.id, reason: "She asked not to be found; fled violence" }]);
    await expect(sealCase(policeBo, input(c.caseNumber))).rejects.toThrow("cases:errors.alreadySealed");
    await unsealCase(policeBo, input(c.caseNumber, "He agreed to contact his family"));
    expect(await state(c.id)).toEqual({ sealedAt: null, sealedById: null });
    await expect(unsealCase(policeBo, input(c.caseNumber))).rejects.toThrow("cases:errors.notSealed");
    expect(await events(c.id)).toEqual([
      ["CASE_SEALED", "She asked not to be found; fled violence", policeBo.id],
      ["CASE_UNSEALED", "He agreed to contact his family", policeBo.id],
    ]);
    expect(await audits(c.id)).toEqual([
      {
        action: "case.seal",
        actorUserId: policeBo.id,
        countryCode: "BO",
        before: { caseNumber: null, sealed: false },
        after: { caseNumber: c.caseNumber, sealed: true },
      },
      {
        action: "case.unseal",
        actorUserId: policeBo.id,
        countryCode: "BO",
        before: { caseNumber: null, sealed: true },
        after: { caseNumber: c.caseNumber, sealed: false },
      },
    ]);
  });

  it("another officer of the unit gives a reason before reading the sealed record; the read carries it", async () => {
    const c = await located();
    await sealCase(policeBo, input(c.caseNumber));
    const colleague = await makeViewer(env.db, "POLICE", "BO");
    const logs = async () =>
      (
        await env.db.caseAccessLog.findMany({
          where: { caseId: c.id, userId: colleague.id },
          select: { action: true, reason: true },
        })
      ).sort((a, b) => a.action.localeCompare(b.action));
    await expect(getCaseForViewer(colleague, c.caseNumber, "VIEW")).rejects.toBeInstanceOf(
      ReasonRequiredError,
    );
    expect(await logs()).toEqual([]);
    const reason = "The family asked again; checking the file";
    await giveAccessReason(colleague, { caseNumber: c.caseNumber, reason });
    await getCaseForViewer(colleague, c.caseNumber, "VIEW");
    expect(await logs()).toEqual([
      { action: "REASON", reason },
      { action: "VIEW", reason },
    ]);
    // The sealing officer's own reason already covers their reads.
    await expect(getCaseForViewer(policeBo, c.caseNumber, "VIEW")).resolves.toBeTruthy();
  });

  it("nobody else: an NGO, another country's police, police outside the assigned unit", async () => {
    const c = await located();
    await expect(sealCase(ngoBo, input(c.caseNumber))).rejects.toThrow(/notFound/);
    await expect(sealCase(policePe, input(c.caseNumber))).rejects.toThrow(/notFound/);
    const org = await env.db.organization.create({
      data: { name: "Unidad de Trata", kind: "POLICE_UNIT", countryCode: "BO" },
      select: { id: true },
    });
    await env.db.case.update({ where: { id: c.id }, data: { assignedOrgId: org.id } });
    await expect(sealCase(policeBo, input(c.caseNumber))).rejects.toThrow(/notFound/);
    const unit = await makeViewer(env.db, "POLICE", "BO", { organizationId: org.id });
    await sealCase(unit, input(c.caseNumber));
    // Lifting it is the unit's too.
    await expect(unsealCase(policeBo, input(c.caseNumber))).rejects.toThrow(/notFound/);
    expect((await state(c.id)).sealedAt).not.toBeNull();
    expect(await events(c.id)).toHaveLength(1);
    // Refusals leave no trail row; the unit's one seal leaves one.
    expect((await audits(c.id)).map((a) => [a.action, a.actorUserId])).toEqual([["case.seal", unit.id]]);
  });

  it("refuses a claim not located and a minor (child protection applies instead)", async () => {
    const active = await located({ status: "ACTIVE" });
    await expect(sealCase(policeBo, input(active.caseNumber))).rejects.toThrow("cases:errors.sealNotLocated");
    const minor = await located({ approxAge: 16 });
    await expect(sealCase(policeBo, input(minor.caseNumber))).rejects.toThrow("cases:errors.sealMinor");
    expect((await state(minor.id)).sealedAt).toBeNull();
    expect(await audits(minor.id)).toEqual([]);
  });

  it("counts age now, not when last seen: a 16-year-old who left three years ago is an adult", async () => {
    const yearsAgo = (n: number) => new Date(Date.now() - n * 365.25 * 86_400_000 - 86_400_000);
    const grown = await located({ approxAge: 16 });
    await env.db.case.update({ where: { id: grown.id }, data: { lastSeenAt: yearsAgo(3) } });
    await sealCase(policeBo, input(grown.caseNumber));
    expect((await state(grown.id)).sealedAt).not.toBeNull();
    // Born 17 years ago and last seen as a child: still a minor today, whatever the approximate age says.
    const child = await located({ approxAge: 30 });
    await env.db.case.update({
      where: { id: child.id },
      data: { dateOfBirth: yearsAgo(17), lastSeenAt: yearsAgo(5) },
    });
    await expect(sealCase(policeBo, input(child.caseNumber))).rejects.toThrow("cases:errors.sealMinor");
    expect((await state(child.id)).sealedAt).toBeNull();
  });

  it("offers the form only where sealCase would accept it (and says why for a located minor)", async () => {
    const facts = (o: Partial<Parameters<typeof sealOfferFor>[1]> = {}) => ({
      status: "LOCATED_ALIVE",
      sealedAt: null,
      countryCode: "BO",
      assignedOrg: null,
      practiceSessionId: null,
      writable: ["case:addNote", "case:seal"],
      lastSeenAt: new Date("2026-01-01T00:00:00Z"),
      dateOfBirth: null,
      approxAge: 34,
      ...o,
    });
    expect(sealOfferFor(policeBo, facts())).toEqual({ kind: "seal" });
    expect(sealOfferFor(policeBo, facts({ sealedAt: new Date() }))).toEqual({ kind: "unseal" });
    const at = new Date("2026-06-01T00:00:00Z");
    expect(sealOfferFor(policeBo, facts({ approxAge: 15 }), at)).toEqual({
      kind: "blocked",
      why: "cases:errors.sealMinor",
    });
    // Last seen at 15 in 2023: 18 in 2026, an adult now.
    expect(
      sealOfferFor(policeBo, facts({ approxAge: 15, lastSeenAt: new Date("2023-01-01T00:00:00Z") }), at),
    ).toEqual({ kind: "seal" });
    expect(sealOfferFor(policeBo, facts({ status: "ACTIVE" }))).toBeNull();
    expect(sealOfferFor(policeBo, facts({ writable: ["case:addNote"] }))).toBeNull();
    expect(sealOfferFor(policeBo, facts({ assignedOrg: { id: "another-unit" } }))).toBeNull();
    expect(sealOfferFor(policeBo, facts({ practiceSessionId: "s1" }))).toBeNull();
    expect(sealOfferFor(ngoBo, facts())).toBeNull();
    expect(sealOfferFor(policePe, facts({ writable: [] }))).toBeNull();
  });

  it("a reason is required", () => {
    expect(SealInput.safeParse({ caseNumber: "BO-2026-000001", reason: " " }).success).toBe(false);
  });
});
