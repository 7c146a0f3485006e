// Statistics under the family's consent level: another country's staff count a claim in their
// exact figures only where the family let it cross the border whole; its own country's staff
// count every claim; the public's protected figures count every claim (they name nobody).
import { beforeAll, describe, expect, it } from "vitest";
import { makeCase } from "@/features/bulletin/test-helpers";
import type { CrossBorderConsent } from "@/generated/prisma/enums";
import { viewerOf } from "@/testing/viewers";
import { withTestDb } from "@/testing/with-test-db";
import { getStatsForViewer } from "./data";

const env = withTestDb();

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

describe("exact statistics follow the consent level", () => {
  it("another country's police count only the claims shared whole", async () => {
    const s = await getStatsForViewer(police("PE"), { country: "BO" });
    expect(s).toMatchObject({ mode: "exact", country: "BO", total: 10 });
    expect(s.byCountry.find((c) => c.key === "BO")?.count ?? s.total).toBe(10);
  });

  it("the super-admin of another country is bound the same way", async () => {
    const admin = viewerOf({ id: crypto.randomUUID(), role: "ADMIN", isSuperAdmin: true, countryCode: "PE" });
    expect((await getStatsForViewer(admin, { country: "BO" })).total).toBe(10);
  });

  it("the claim's own country counts every claim", async () => {
    expect((await getStatsForViewer(police("BO"), { country: "BO" })).total).toBe(25);
  });

  it("the public's protected figures count every claim", async () => {
    expect((await getStatsForViewer(null, { country: "BO" })).total).toBe(25);
  });
});
