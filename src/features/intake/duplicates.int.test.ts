// Possible duplicates are the matching engine's claim-claim proposals (decision 091): they
// replace the intake's own flag. Claims filed the way the app files them, matched after commit.
import { withTestDb } from "@/testing/with-test-db";
import { describe, expect, it } from "vitest";
import { settleMatching } from "@/features/matching/schedule";
import { goodClaim } from "./claim-fixtures";
import { fileClaim } from "./file-claim";
import type { ClaimInput } from "./schemas";

const env = withTestDb({ uploads: true });

type Change = {
  person?: Partial<ClaimInput["person"]>;
  lastSeen?: Partial<ClaimInput["lastSeen"]>;
};
function claim(change: Change = {}): ClaimInput {
  const c = goodClaim();
  return { ...c, person: { ...c.person, ...change.person }, lastSeen: { ...c.lastSeen, ...change.lastSeen } };
}

async function file(c: ClaimInput, ctx: Parameters<typeof fileClaim>[1] = {}) {
  const res = await fileClaim(c, ctx);
  await settleMatching();
  return env.db.case.findUniqueOrThrow({ where: { caseNumber: res.caseNumber }, select: { id: true } });
}

/** The other claims the engine proposes as the same person as `id`. */
async function duplicatesOf(id: string) {
  const rows = await env.db.matchProposal.findMany({
    where: { kind: "DUPLICATE", OR: [{ caseId: id }, { otherCaseId: id }] },
    select: { caseId: true, otherCaseId: true, status: true, score: true },
  });
  return rows.map((r) => ({
    other: r.caseId === id ? r.otherCaseId : r.caseId,
    status: r.status,
    score: r.score,
  }));
}

describe("possible duplicates (engine proposals)", () => {
  it("proposes a look-alike claim (misspelt, another day, an age instead of a date of birth)", async () => {
    const first = await file(
      claim({ person: { givenNames: "Wendy Paola", familyNames: "Choque Mamani", otherNames: undefined } }),
    );
    expect(await duplicatesOf(first.id)).toEqual([]);
    const second = await file(
      claim({
        person: {
          givenNames: "Wendi Paola",
          familyNames: "Choque Mamani",
          otherNames: undefined,
          dateOfBirth: undefined,
          approxAge: 18,
        },
        lastSeen: { date: "2026-10-04" },
      }),
    );
    const dups = await duplicatesOf(second.id);
    expect(dups).toEqual([expect.objectContaining({ other: first.id, status: "PROPOSED" })]);
    expect(await duplicatesOf(first.id)).toHaveLength(1);
  });

  it("proposes nothing for far-apart ages or different names", async () => {
    const person = { givenNames: "Julio César", familyNames: "Torrez Arce", otherNames: undefined };
    const base = await file(claim({ person }));
    for (const c of [
      claim({ person: { ...person, dateOfBirth: undefined, approxAge: 40 } }),
      claim({ person: { ...person, givenNames: "Ximena", familyNames: "Gutiérrez Rojas" } }),
    ]) {
      const other = await file(c);
      expect(await duplicatesOf(other.id), JSON.stringify(c.person)).toEqual([]);
    }
    expect(await duplicatesOf(base.id)).toEqual([]);
  });

  it("compares closed cases and practice claims with nothing", async () => {
    const person = { givenNames: "Anahí", familyNames: "Flores Vargas", otherNames: undefined };
    const closed = await file(claim({ person }));
    await env.db.case.update({ where: { id: closed.id }, data: { status: "CLOSED" } });
    const real = await file(claim({ person }));
    expect(await duplicatesOf(real.id)).toEqual([]);
    const trainer = await env.db.user.create({
      data: { email: "tr@x.test", name: "T", passwordHash: "x", role: "TRAINER", countryCode: "BO" },
    });
    const session = await env.db.trainingSession.create({
      data: {
        title: "S",
        kind: "REFRESHER",
        startDate: new Date(),
        countryCode: "BO",
        venue: "La Paz",
        createdById: trainer.id,
      },
    });
    const practice = await file(claim({ person }), { practiceSessionId: session.id });
    expect(await duplicatesOf(practice.id)).toEqual([]);
    expect(await duplicatesOf(real.id)).toEqual([]);
  });
});
