// A claim's cross-border alerts are written with the claim (one statement) and reach exactly
// the police of the neighbouring (or named) participating countries, through the inbox scope.
import { withTestDb } from "@/testing/with-test-db";
import { describe, expect, it } from "vitest";
import { listInbox } from "@/features/inbox/data";
import { InboxFilter } from "@/features/inbox/schemas";
import { goodClaim } from "./claim-fixtures";
import { fileClaim } from "./file-claim";
import { ClaimInput } from "./schemas";
import { makeViewer } from "@/testing/viewers";

const env = withTestDb({ uploads: true });
const alerts = InboxFilter.parse({ kind: "ALERT" });

describe("cross-border alerts at intake", () => {
  it("a Bolivian minor with trafficking indicators alerts police of Chile and Peru only", async () => {
    const filed = await fileClaim(goodClaim());
    const c = await env.db.case.findUniqueOrThrow({ where: { caseNumber: filed.caseNumber } });
    const items = await env.db.inboxItem.findMany({ where: { caseId: c.id, kind: "ALERT" } });
    expect(items.map((i) => [i.audienceCountryCode, i.audienceRoles, i.fromCountryCode]).sort()).toEqual([
      ["CL", ["POLICE"], "BO"],
      ["PE", ["POLICE"], "BO"],
    ]);
    expect(items[0]!.reasons).toEqual(["MINOR", "TRAFFICKING", "BORDER"]);

    const [pe, ngoPe, gt, bo] = await Promise.all([
      makeViewer(env.db, "POLICE", "PE"),
      makeViewer(env.db, "NGO", "PE"),
      makeViewer(env.db, "POLICE", "GT"),
      makeViewer(env.db, "POLICE", "BO"),
    ]);
    const numbers = async (v: typeof pe) => (await listInbox(v, alerts)).map((e) => e.case?.caseNumber);
    expect(await numbers(pe)).toContain(filed.caseNumber);
    expect(await numbers(ngoPe)).not.toContain(filed.caseNumber);
    expect(await numbers(gt)).not.toContain(filed.caseNumber);
    expect(await numbers(bo)).not.toContain(filed.caseNumber);
  });

  it("an adult without indicators raises no alert; a replayed submission writes none twice", async () => {
    const adult = goodClaim();
    adult.person.dateOfBirth = "1980-01-01";
    adult.lastSeen.riskIndicators = [];
    const filed = await fileClaim(adult);
    const c = await env.db.case.findUniqueOrThrow({ where: { caseNumber: filed.caseNumber } });
    expect(await env.db.inboxItem.count({ where: { caseId: c.id, kind: "ALERT" } })).toBe(0);

    const minor = goodClaim();
    const first = await fileClaim(minor);
    await fileClaim(minor);
    const m = await env.db.case.findUniqueOrThrow({ where: { caseNumber: first.caseNumber } });
    expect(await env.db.inboxItem.count({ where: { caseId: m.id, kind: "ALERT" } })).toBe(2);
  });

  it("a family that keeps the claim to its own country gets no alert abroad; the level is stored", async () => {
    const own = goodClaim();
    own.consent.crossBorder = "OWN_COUNTRY";
    const filed = await fileClaim(own);
    const c = await env.db.case.findUniqueOrThrow({ where: { caseNumber: filed.caseNumber } });
    expect(c.crossBorderConsent).toBe("OWN_COUNTRY");
    expect(await env.db.inboxItem.count({ where: { caseId: c.id, kind: "ALERT" } })).toBe(0);
    // A claim without the field (a partner's record) keeps the network's default.
    const { crossBorder: _omitted, ...consent } = goodClaim().consent;
    const parsed = ClaimInput.parse({ ...goodClaim(), consent });
    expect(parsed.consent.crossBorder).toBe("NETWORK");
  });
});
