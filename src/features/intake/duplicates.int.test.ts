import { describe, expect, it } from "vitest";
import { goodClaim } from "./claim-fixtures";
import { fileClaim } from "./file-claim";
import { setUpIntakeTestDb } from "./int-test-setup";
import type { ClaimInput } from "./schemas";

const env = setUpIntakeTestDb();

type Change = {
  person?: Partial<ClaimInput["person"]>;
  lastSeen?: Partial<ClaimInput["lastSeen"]>;
};
function claim(change: Change = {}): ClaimInput {
  const c = goodClaim();
  return { ...c, person: { ...c.person, ...change.person }, lastSeen: { ...c.lastSeen, ...change.lastSeen } };
}

async function flags(caseNumber: string) {
  return env.db.case.findUniqueOrThrow({
    where: { caseNumber },
    select: {
      id: true,
      possibleDuplicate: true,
      candidatesA: true,
      events: { select: { type: true, newValue: true } },
    },
  });
}

describe("possible duplicates", () => {
  it("files a look-alike claim but marks both cases, with a candidate row and events", async () => {
    const first = await fileClaim(
      claim({ person: { givenNames: "Wendy Paola", familyNames: "Choque Mamani", otherNames: undefined } }),
    );
    expect((await flags(first.caseNumber)).possibleDuplicate).toBe(false);
    // Misspelt, a different day, age given instead of date of birth.
    const second = await fileClaim(
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
    expect(second.created).toBe(true);
    const [a, b] = [await flags(first.caseNumber), await flags(second.caseNumber)];
    expect(a.possibleDuplicate && b.possibleDuplicate).toBe(true);
    expect(b.candidatesA).toEqual([expect.objectContaining({ otherCaseId: a.id, reviewedAt: null })]);
    expect(b.candidatesA[0]!.score).toBeGreaterThan(0.45);
    expect(a.events).toContainEqual({ type: "POSSIBLE_DUPLICATE", newValue: second.caseNumber });
    expect(b.events).toContainEqual({ type: "POSSIBLE_DUPLICATE", newValue: first.caseNumber });
  });

  it("does not mark claims from another country, far-apart ages or dates, or different names", async () => {
    const person = { givenNames: "Julio César", familyNames: "Torrez Arce", otherNames: undefined };
    const base = await fileClaim(claim({ person }));
    const others = [
      claim({ person, lastSeen: { country: "PE", region: undefined } }),
      claim({ person: { ...person, dateOfBirth: undefined, approxAge: 40 } }),
      claim({ person, lastSeen: { date: "2025-01-10" } }),
      claim({ person: { ...person, givenNames: "Ximena", familyNames: "Gutiérrez Rojas" } }),
    ];
    for (const c of others) {
      const res = await fileClaim(c);
      expect((await flags(res.caseNumber)).possibleDuplicate, JSON.stringify(c.person)).toBe(false);
    }
    expect((await flags(base.caseNumber)).possibleDuplicate).toBe(false);
  });

  it("compares closed cases with nothing, and practice claims only within their own session", async () => {
    const person = { givenNames: "Anahí", familyNames: "Flores Vargas", otherNames: undefined };
    const closed = await fileClaim(claim({ person }));
    await env.db.case.update({ where: { caseNumber: closed.caseNumber }, data: { status: "CLOSED" } });
    const real = await fileClaim(claim({ person }));
    expect((await flags(real.caseNumber)).possibleDuplicate).toBe(false);

    const trainer = await env.db.user.create({
      data: { email: "tr@x.test", name: "T", passwordHash: "x", role: "TRAINER", countryCode: "BO" },
    });
    const session = () =>
      env.db.trainingSession.create({
        data: {
          title: "S",
          kind: "REFRESHER",
          startDate: new Date(),
          countryCode: "BO",
          venue: "La Paz",
          createdById: trainer.id,
        },
      });
    const [s1, s2] = [await session(), await session()];
    const p1 = await fileClaim(claim({ person }), { practiceSessionId: s1.id });
    const p2 = await fileClaim(claim({ person }), { practiceSessionId: s2.id });
    expect((await flags(p1.caseNumber)).possibleDuplicate).toBe(false);
    expect((await flags(p2.caseNumber)).possibleDuplicate).toBe(false);
    expect((await flags(real.caseNumber)).possibleDuplicate).toBe(false);
    const p1b = await fileClaim(claim({ person }), { practiceSessionId: s1.id });
    expect((await flags(p1b.caseNumber)).candidatesA.map((c) => c.otherCaseId)).toEqual([
      (await flags(p1.caseNumber)).id,
    ]);
  });
});
