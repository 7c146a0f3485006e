// Who sees which proposal, and what a review decision writes (and undoes).
import { withTestDb } from "@/testing/with-test-db";
import { beforeAll, describe, expect, it } from "vitest";
import { fileCase } from "@/features/cases/test-fixtures";
import { recordFoundPerson } from "@/features/found/data";
import { FoundInput } from "@/features/found/schemas";
import { nayeRecord } from "@/features/found/test-fixtures";
import type { Viewer } from "@/server/viewer";
import { decideMatch, getProposalForViewer, listProposals, settleMatching } from "./data";
import { MatchListInput } from "./schemas";
import { makeViewer } from "@/testing/viewers";

const env = withTestDb({ uploads: true });
const v: Record<string, Viewer> = {};
let proposalId: string, caseId: string, foundId: string;

beforeAll(async () => {
  for (const [key, role, country] of [
    ["migrationGt", "MIGRATION", "GT"],
    ["policeBo", "POLICE", "BO"],
    ["policeGt", "POLICE", "GT"],
    ["policePe", "POLICE", "PE"],
    ["ngoBo", "NGO", "BO"],
    ["ngoGt", "NGO", "GT"],
    ["trainer", "TRAINER", "BO"],
    ["admin", "ADMIN", "BO"],
  ] as const)
    v[key] = await makeViewer(env.db, role, country, key === "admin" ? { isSuperAdmin: true } : {});
  const c = await fileCase(env.db, "BO", {
    givenNames: "Nayeli",
    familyNames: "Quispe Mamani",
    otherNames: null,
    sex: "FEMALE",
    dateOfBirth: "2011-05-14",
    approxAge: null,
    distinguishingMarks: "Tatuaje de una rosa en el antebrazo izquierdo",
    regionCode: "BO-L",
    lastSeenAt: new Date("2026-09-01T18:00:00Z"),
    status: "REPORTED",
  });
  caseId = c.id;
  const { foundNumber } = await recordFoundPerson(v.migrationGt!, FoundInput.parse(nayeRecord()));
  await settleMatching();
  foundId = (await env.db.foundPerson.findUniqueOrThrow({ where: { foundNumber } })).id;
  proposalId = (
    await env.db.matchProposal.findUniqueOrThrow({
      where: { caseId_foundPersonId: { caseId, foundPersonId: foundId } },
    })
  ).id;
});

const queue = (viewer: Viewer) => listProposals(viewer, MatchListInput.parse({}));
const counts = async () => ({
  events: await env.db.caseEvent.count(),
  foundEvents: await env.db.foundPersonEvent.count(),
  inbox: await env.db.inboxItem.count(),
  proposals: await env.db.matchProposal.findMany({
    select: { id: true, status: true },
    orderBy: { id: "asc" },
  }),
});

describe("who sees a BO-GT proposal", () => {
  it("police of Bolivia and of Guatemala, in the queue and side by side", async () => {
    for (const key of ["policeBo", "policeGt"]) {
      expect((await queue(v[key]!)).rows.map((r) => r.id)).toContain(proposalId);
      const d = await getProposalForViewer(v[key]!, proposalId);
      expect(d.case.caseNumber).toMatch(/^BO-/);
      expect(d.criteria.find((c) => c.key === "name")?.reason).toBe("nickname");
    }
    // Opening the pair is logged on both records.
    expect(await env.db.caseAccessLog.count({ where: { caseId, action: "MATCH_VIEW" } })).toBe(2);
    expect(
      await env.db.foundPersonAccessLog.count({ where: { foundPersonId: foundId, action: "MATCH_VIEW" } }),
    ).toBe(2);
  });

  it("nobody else: police of Peru, NGOs of either country, trainers, admins, migration staff", async () => {
    for (const key of ["policePe", "ngoBo", "ngoGt"]) {
      expect((await queue(v[key]!)).rows.map((r) => r.id)).not.toContain(proposalId);
      await expect(getProposalForViewer(v[key]!, proposalId)).rejects.toThrow(/not.?found/i);
    }
    for (const key of ["trainer", "admin", "migrationGt"]) await expect(queue(v[key]!)).rejects.toThrow();
    for (const key of ["trainer", "admin", "migrationGt"])
      await expect(getProposalForViewer(v[key]!, proposalId)).rejects.toThrow(/not.?found/i);
  });

  it("refused decisions write nothing", async () => {
    const before = await counts();
    const note = "no es ella";
    await expect(decideMatch(v.ngoBo!, { id: proposalId, decision: "reject", note })).rejects.toThrow();
    await expect(decideMatch(v.policePe!, { id: proposalId, decision: "reject", note })).rejects.toThrow();
    // Police of Guatemala may reject or ask, but not confirm: the case's status is Bolivia's.
    await expect(decideMatch(v.policeGt!, { id: proposalId, decision: "confirm", note })).rejects.toThrow();
    expect(await counts()).toEqual(before);
  });
});

describe("review decisions", () => {
  it("needs more information: a request to the other country's police", async () => {
    await decideMatch(v.policeGt!, {
      id: proposalId,
      decision: "needsInfo",
      note: "¿Tiene foto del tatuaje?",
    });
    const item = await env.db.inboxItem.findFirstOrThrow({ where: { refId: proposalId, kind: "REQUEST" } });
    expect(item).toMatchObject({
      audienceCountryCode: "BO",
      fromCountryCode: "GT",
      body: "¿Tiene foto del tatuaje?",
    });
    expect((await env.db.matchProposal.findUniqueOrThrow({ where: { id: proposalId } })).status).toBe(
      "NEEDS_INFO",
    );
  });

  it("confirm moves the case to located alive and identifies the found record; un-confirm restores both", async () => {
    const snapshot = async () => ({
      c: await env.db.case.findUniqueOrThrow({ where: { id: caseId }, select: { status: true } }),
      f: await env.db.foundPerson.findUniqueOrThrow({
        where: { id: foundId },
        select: { status: true, identifiedCaseId: true },
      }),
    });
    const before = await snapshot();
    expect(before).toEqual({ c: { status: "REPORTED" }, f: { status: "OPEN", identifiedCaseId: null } });

    await decideMatch(v.policeBo!, {
      id: proposalId,
      decision: "confirm",
      note: "Tatuaje y apodo coinciden",
    });
    expect(await snapshot()).toEqual({
      c: { status: "LOCATED_ALIVE" },
      f: { status: "IDENTIFIED", identifiedCaseId: caseId },
    });
    const steps = await env.db.caseEvent.findMany({
      where: { caseId, type: "STATUS_CHANGED" },
      orderBy: { createdAt: "asc" },
      select: { oldValue: true, newValue: true, actorUserId: true },
    });
    expect(steps.map((s) => `${s.oldValue}>${s.newValue}`)).toEqual([
      "REPORTED>VERIFIED",
      "VERIFIED>ACTIVE",
      "ACTIVE>LOCATED_ALIVE",
    ]);
    expect(await env.db.caseEvent.count({ where: { caseId, type: "MATCH_CONFIRMED" } })).toBe(1);
    expect(
      await env.db.foundPersonEvent.count({ where: { foundPersonId: foundId, type: "MATCH_CONFIRMED" } }),
    ).toBe(1);
    const told = await env.db.inboxItem.findMany({
      where: { refId: proposalId, reasons: { has: "MATCH_CONFIRMED" } },
    });
    expect(told.map((i) => i.audienceCountryCode).sort()).toEqual(["BO", "GT"]);
    // A second confirmation is refused.
    await expect(
      decideMatch(v.policeBo!, { id: proposalId, decision: "confirm", note: "otra vez" }),
    ).rejects.toThrow();

    await decideMatch(v.policeBo!, {
      id: proposalId,
      decision: "unconfirm",
      note: "Error: era otra persona",
    });
    expect(await snapshot()).toEqual(before);
    expect((await env.db.matchProposal.findUniqueOrThrow({ where: { id: proposalId } })).status).toBe(
      "PROPOSED",
    );
    expect(await env.db.caseEvent.count({ where: { caseId, type: "MATCH_UNCONFIRMED" } })).toBe(1);
  });

  it("reject keeps the pair out of the queue", async () => {
    await decideMatch(v.policeBo!, { id: proposalId, decision: "reject", note: "Otra persona" });
    expect((await queue(v.policeBo!)).rows.map((r) => r.id)).not.toContain(proposalId);
    expect(
      await env.db.foundPersonEvent.count({ where: { foundPersonId: foundId, type: "MATCH_REJECTED" } }),
    ).toBe(1);
  });
});
