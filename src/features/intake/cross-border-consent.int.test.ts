// The family changes, from the track page, who beyond the owning country may see the claim: the
// change is one REPORTER event with the old and new level, every read path follows it at once,
// and a wrong code or an odd value changes nothing.
import { describe, expect, it } from "vitest";
import { getCaseForViewer, giveAccessReason, searchCases } from "@/features/cases/data";
import { SearchInput } from "@/features/cases/schemas";
import { makeViewer } from "@/testing/viewers";
import { withTestDb } from "@/testing/with-test-db";
import { goodClaim } from "./claim-fixtures";
import { ClaimNotFoundError, getClaimStatus } from "./claim-status";
import { changeCrossBorderConsent } from "./cross-border-consent";
import { fileClaim } from "./file-claim";
import { CrossBorderChoice } from "./schemas";

const env = withTestDb({ uploads: true });

const events = (caseNumber: string) =>
  env.db.caseEvent.findMany({
    where: { case: { caseNumber }, type: "CROSS_BORDER_CONSENT_CHANGED" },
    select: { actorKind: true, oldValue: true, newValue: true },
  });

describe("changeCrossBorderConsent", () => {
  it("lowers and raises the level, logged, and another country's police follow it at once", async () => {
    const res = await fileClaim(goodClaim());
    const { caseNumber } = res;
    const code = res.trackingCode!;
    const policePe = await makeViewer(env.db, "POLICE", "PE");
    const listed = async () =>
      (await searchCases(policePe, SearchInput.parse({ q: caseNumber }))).rows.map((r) => r.caseNumber);
    expect((await getClaimStatus(caseNumber, code)).crossBorderConsent).toBe("NETWORK");
    expect(await listed()).toEqual([caseNumber]);

    expect(await changeCrossBorderConsent(caseNumber, code, { crossBorder: "OWN_COUNTRY" })).toEqual({
      changed: true,
    });
    expect(await listed()).toEqual([]);
    await expect(getCaseForViewer(policePe, caseNumber, "VIEW", "sighting")).rejects.toThrow(/notFound/);
    // The same choice again (a double click) writes nothing more.
    expect(await changeCrossBorderConsent(caseNumber, code, { crossBorder: "OWN_COUNTRY" })).toEqual({
      changed: false,
    });

    await changeCrossBorderConsent(caseNumber, code, { crossBorder: "IDENTIFYING" });
    await giveAccessReason(policePe, { caseNumber, reason: "border check" });
    expect((await getCaseForViewer(policePe, caseNumber, "VIEW")).access).toBe("identifying");
    expect((await getClaimStatus(caseNumber, code)).crossBorderConsent).toBe("IDENTIFYING");
    expect(await events(caseNumber)).toEqual([
      { actorKind: "REPORTER", oldValue: "NETWORK", newValue: "OWN_COUNTRY" },
      { actorKind: "REPORTER", oldValue: "OWN_COUNTRY", newValue: "IDENTIFYING" },
    ]);
  });

  it("refuses a wrong code and an unknown level, and writes nothing", async () => {
    const res = await fileClaim(goodClaim());
    await expect(
      changeCrossBorderConsent(res.caseNumber, "WRONG-CODE-0000", { crossBorder: "OWN_COUNTRY" }),
    ).rejects.toBeInstanceOf(ClaimNotFoundError);
    expect(CrossBorderChoice.safeParse({ crossBorder: "EVERYONE" }).success).toBe(false);
    expect(CrossBorderChoice.safeParse({}).success).toBe(false);
    expect(await events(res.caseNumber)).toEqual([]);
    expect((await getClaimStatus(res.caseNumber, res.trackingCode!)).crossBorderConsent).toBe("NETWORK");
  });
});
