// Statistics under the family's consent level (decision 177): exact figures only for the
// viewer's own country, where staff read every claim whole anyway; any figure that covers
// another country is the public's protected one, which counts every claim whatever its
// consent. So a family's choice ("card only", "own country", a seal) moves nothing that anyone
// outside its country sees: the 1 -> 0 inference of the old exact-but-consented figures is gone.
import { beforeAll, describe, expect, it } from "vitest";
import { makeCase } from "@/features/bulletin/test-helpers";
import type { CrossBorderConsent } from "@/generated/prisma/enums";
import { viewerOf } from "@/testing/viewers";
import { withTestDb } from "@/testing/with-test-db";
import { statsToCsv } from "./csv";
import { getStatsForViewer } from "./data";
import { SUPPRESSED } from "./suppression";

const env = withTestDb();
const NOW = new Date();

// Bolivia: 10 claims shared with the network, 5 card-only, 5 kept to Bolivia, 5 shared but sealed.
beforeAll(async () => {
  const plan: [CrossBorderConsent, boolean, number][] = [
    ["NETWORK", false, 10],
    ["IDENTIFYING", false, 5],
    ["OWN_COUNTRY", false, 5],
    ["NETWORK", true, 5],
  ];
  for (const [crossBorderConsent, sealed, n] of plan)
    for (let i = 0; i < n; i++) {
      const c = await makeCase(env.db, { country: "BO", status: "ACTIVE" });
      await env.db.case.update({
        where: { id: c.id },
        data: { crossBorderConsent, sealedAt: sealed ? new Date() : null },
      });
    }
});

const police = (countryCode: string) => viewerOf({ id: crypto.randomUUID(), role: "POLICE", countryCode });
const superAdmin = (countryCode: string) =>
  viewerOf({ id: crypto.randomUUID(), role: "ADMIN", isSuperAdmin: true, countryCode });
const t = ((k: string) => (k === "stats:suppressed" ? "fewer than 5" : k)) as Parameters<
  typeof statsToCsv
>[1];

describe("statistics outside the owning country are the public's", () => {
  it("another country's police get exactly the public DTO for Bolivia, every claim counted", async () => {
    const s = await getStatsForViewer(police("PE"), { country: "BO" }, NOW);
    expect(s).toEqual(await getStatsForViewer(null, { country: "BO" }, NOW));
    expect(s).toMatchObject({ mode: "public", country: "BO", total: 25 });
  });

  it("the super-admin of another country is bound the same way", async () => {
    expect((await getStatsForViewer(superAdmin("PE"), { country: "BO" }, NOW)).mode).toBe("public");
  });

  it("all countries together are protected even for Bolivia's own police (no differencing)", async () => {
    // An exact network total minus the public figures of the others would give Bolivia's back.
    const s = await getStatsForViewer(police("PE"), {}, NOW);
    expect(s).toEqual(await getStatsForViewer(null, {}, NOW));
    expect((await getStatsForViewer(police("BO"), {}, NOW)).mode).toBe("public");
  });

  it("the claim's own country counts every claim, exactly", async () => {
    const s = await getStatsForViewer(police("BO"), { country: "BO" }, NOW);
    expect(s).toMatchObject({ mode: "exact", total: 25 });
    expect((await getStatsForViewer(superAdmin("BO"), { country: "BO" }, NOW)).mode).toBe("exact");
  });
});

describe("one family's choice cannot be read from another country's figures", () => {
  // Chile holds a single claim: the smallest cell, where the old exact figures went 1 -> 0.
  let claimId: string;
  beforeAll(async () => {
    claimId = (await makeCase(env.db, { country: "CL", status: "ACTIVE" })).id;
  });
  const abroad = async () => {
    const s = await getStatsForViewer(police("PE"), { country: "CL" }, NOW);
    return { dto: s, csv: statsToCsv(s, t) };
  };
  const levels: [string, CrossBorderConsent, boolean][] = [
    ["card only", "IDENTIFYING", false],
    ["kept to its own country", "OWN_COUNTRY", false],
    ["shared but sealed", "NETWORK", true],
    ["shared again", "NETWORK", false],
  ];

  it.each(levels)("%s: Peru's police see the same page and CSV as before", async (_n, level, sealed) => {
    const before = await abroad();
    expect(before.dto.total).toBe(SUPPRESSED);
    expect(before.csv).toContain("summary,total,stats:summary.total,fewer than 5");
    await env.db.case.update({
      where: { id: claimId },
      data: { crossBorderConsent: level, sealedAt: sealed ? new Date() : null },
    });
    expect(await abroad()).toEqual(before);
    // Chile's own police keep the exact figure.
    expect((await getStatsForViewer(police("CL"), { country: "CL" }, NOW)).total).toBe(1);
  });
});
