// Sealing a located adult's record (decision 154): the owning unit's police seal and unseal it
// with a reason, both written to the history; nobody else can; a minor or a claim not located is
// refused; once sealed, other staff read only the sealed card.
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/server/viewer";
import { withTestDb } from "@/testing/with-test-db";
import { makeViewer } from "@/testing/viewers";
import { sealCase, unsealCase } from "./data";
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

describe("sealing a located adult", () => {
  it("the owning country's police seal and unseal it, each with its reason in the history", async () => {
    const c = await located();
    await sealCase(policeBo, input(c.caseNumber));
    expect(await state(c.id)).toEqual({ sealedAt: expect.any(Date), sealedById: policeBo.id });
    await expect(sealCase(policeBo, input(c.caseNumber))).rejects.toThrow("cases:errors.alreadySealed");
    await unsealCase(policeBo, input(c.caseNumber, "He agreed to contact his family"));
    expect(await state(c.id)).toEqual({ sealedAt: null, sealedById: null });
    await expect(unsealCase(policeBo, input(c.caseNumber))).rejects.toThrow("cases:errors.notSealed");
    expect(await events(c.id)).toEqual([
      ["CASE_SEALED", "She asked not to be found; fled violence", policeBo.id],
      ["CASE_UNSEALED", "He agreed to contact his family", policeBo.id],
    ]);
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
  });

  it("refuses a claim not located and a minor (child protection applies instead)", async () => {
    const active = await located({ status: "ACTIVE" });
    await expect(sealCase(policeBo, input(active.caseNumber))).rejects.toThrow("cases:errors.sealNotLocated");
    const minor = await located({ approxAge: 16 });
    await expect(sealCase(policeBo, input(minor.caseNumber))).rejects.toThrow("cases:errors.sealMinor");
    expect((await state(minor.id)).sealedAt).toBeNull();
  });

  it("a reason is required", () => {
    expect(SealInput.safeParse({ caseNumber: "BO-2026-000001", reason: " " }).success).toBe(false);
  });
});
