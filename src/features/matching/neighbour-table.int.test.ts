// The engine's "neighbouring country" comes from the CountryNeighbour table admins edit
// (decision 159): a pair a super-admin adds makes a found record across that border a
// neighbour's, one they remove makes it far, through the same runs the app makes (filing ->
// scheduleMatching) and without a restart.
import { beforeAll, describe, expect, it } from "vitest";
import { addNeighbourPair, removeNeighbourPair } from "@/features/admin/neighbours-data";
import { fileCase } from "@/features/cases/test-fixtures";
import { recordFoundPerson } from "@/features/found/data";
import { FoundInput } from "@/features/found/schemas";
import { nayeRecord } from "@/features/found/test-fixtures";
import { areNeighbours } from "@/lib/matching/neighbours";
import { refreshMatchNeighbours } from "@/server/match-neighbours";
import type { Viewer } from "@/server/viewer";
import { makeViewer } from "@/testing/viewers";
import { withTestDb } from "@/testing/with-test-db";
import { settleMatching } from "./schedule";

const env = withTestDb({ uploads: true });
let superAdmin: Viewer, forensicPe: Viewer, forensicEc: Viewer;

beforeAll(async () => {
  superAdmin = await makeViewer(env.db, "ADMIN", "BO", { isSuperAdmin: true });
  forensicPe = await makeViewer(env.db, "FORENSIC", "PE");
  forensicEc = await makeViewer(env.db, "FORENSIC", "EC");
});

// Nothing in either record names the other's country, so only the border can make it near.
async function pairPlace(by: Viewer): Promise<{ reason: string; points: number }> {
  const claim = await fileCase(env.db, "BO", {
    givenNames: "Nayeli",
    familyNames: "Quispe Mamani",
    sex: "FEMALE",
    dateOfBirth: "2011-05-14",
    approxAge: null,
    heightCm: 154,
    distinguishingMarks: "Tatuaje de una rosa en el antebrazo izquierdo",
    languages: ["es", "qu"],
    regionCode: "BO-L",
    city: "El Alto",
    lastSeenAt: new Date("2026-09-01T18:00:00Z"),
    status: "ACTIVE",
    circumstances: "No dijo a dónde iba.",
  });
  const { foundNumber } = await recordFoundPerson(
    by,
    FoundInput.parse(nayeRecord({ circumstances: "Encontrada sola en la terminal de buses." })),
  );
  await settleMatching();
  const found = await env.db.foundPerson.findUniqueOrThrow({ where: { foundNumber }, select: { id: true } });
  const p = await env.db.matchProposal.findUniqueOrThrow({
    where: { caseId_foundPersonId: { caseId: claim.id, foundPersonId: found.id } },
  });
  // The next pair is compared with nothing left open from this one.
  await env.db.case.update({ where: { id: claim.id }, data: { status: "CLOSED" } });
  await env.db.foundPerson.update({ where: { id: found.id }, data: { status: "CLOSED" } });
  return (p.criteria as { key: string; reason: string; points: number }[]).find((c) => c.key === "place")!;
}

describe("place plausibility reads the neighbour table", () => {
  it("an added pair is a neighbour at once; a removed one is far", async () => {
    // Ecuador and Bolivia share no border in the seed: far.
    expect((await pairPlace(forensicEc)).reason).toBe("far");
    await addNeighbourPair(superAdmin, { countryCode: "BO", neighbourCode: "EC" });
    const ec = await pairPlace(forensicEc);
    expect(ec.reason).toBe("neighbour");
    expect(ec.points).toBeGreaterThan(0);

    expect((await pairPlace(forensicPe)).reason).toBe("neighbour");
    await removeNeighbourPair(superAdmin, { countryCode: "BO", neighbourCode: "PE" });
    expect((await pairPlace(forensicPe)).reason).toBe("far");
  });

  it("another process's copy follows the table within the TTL, not before", async () => {
    // The table now says BO-EC and not BO-PE (previous case); reset this process's copy to a stale one.
    await refreshMatchNeighbours(Date.now() + 10 * 60_000);
    expect(areNeighbours("BO", "EC")).toBe(true);
    await env.db.countryNeighbour.deleteMany({
      where: { OR: [{ countryCode: "EC" }, { neighbourCode: "EC" }] },
    });
    // Within the TTL of the last load the copy is kept (no query per run)...
    await refreshMatchNeighbours(Date.now() + 10 * 60_000 + 1000);
    expect(areNeighbours("BO", "EC")).toBe(true);
    // ...and after it, the table is read again.
    await refreshMatchNeighbours(Date.now() + 20 * 60_000);
    expect(areNeighbours("BO", "EC")).toBe(false);
    expect(areNeighbours("PE", "EC")).toBe(false);
    expect(areNeighbours("BZ", "GT")).toBe(true);
  });
});
