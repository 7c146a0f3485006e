import { withTestDb } from "@/testing/with-test-db";
import { describe, expect, it, vi } from "vitest";
import { goodClaim } from "./claim-fixtures";
import { ClaimRejectedError, fileClaim } from "./file-claim";
import { hashTrackingCode } from "./tracking-code";
import { CASE_NUMBER_PATTERN } from "@/lib/case-number";

const env = withTestDb({ uploads: true });
const year = new Date().getUTCFullYear();

describe("fileClaim", () => {
  it("writes exactly one case, REPORTED, with one CREATED event and the code's hash only", async () => {
    const claim = goodClaim();
    const before = await env.db.case.count();
    const res = await fileClaim(claim);
    expect(res.created).toBe(true);
    expect(res.caseNumber).toMatch(CASE_NUMBER_PATTERN);
    expect(res.caseNumber.startsWith(`BO-${year}-`)).toBe(true);
    expect(res.trackingCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(await env.db.case.count()).toBe(before + 1);
    const row = await env.db.case.findUniqueOrThrow({
      where: { caseNumber: res.caseNumber },
      include: { events: true, region: true },
    });
    expect(row.status).toBe("REPORTED");
    expect(row.submissionId).toBe(claim.submissionId);
    expect(row.trackingCodeHash).toBe(hashTrackingCode(res.trackingCode!));
    expect(JSON.stringify(row)).not.toContain(res.trackingCode!);
    expect(row.region?.code).toBe("BO-L");
    expect(row.searchName).toBe("maria jose mamani quispe majo");
    expect(row.reporterPhoneDigits).toBe("59171234567");
    // 17:30 in La Paz (UTC-4) is 21:30 UTC.
    expect(row.lastSeenAt.toISOString()).toBe("2026-10-02T21:30:00.000Z");
    expect(row.lastSeenTimeKnown).toBe(true);
    expect(row.traffickingFlag).toBe(true);
    expect(row.events.map((e) => [e.type, e.actorKind, e.newValue])).toEqual([
      ["CREATED", "REPORTER", "REPORTED"],
    ]);
    // The country's new-claims queue gets one item in the same transaction.
    const items = await env.db.inboxItem.findMany({ where: { caseId: row.id, kind: "NEW_CLAIM" } });
    expect(items.map((i) => [i.audienceCountryCode, i.audienceRoles, i.audienceRegionId])).toEqual([
      ["BO", ["POLICE", "NGO"], row.regionId],
    ]);
  });

  it("returns the same case for a retry with the same submission id, and writes nothing", async () => {
    const claim = goodClaim();
    const first = await fileClaim(claim);
    const cases = await env.db.case.count();
    const events = await env.db.caseEvent.count();
    const retry = await fileClaim({ ...claim, person: { ...claim.person, givenNames: "Changed" } });
    expect(retry).toEqual({ caseNumber: first.caseNumber, trackingCode: first.trackingCode, created: false });
    expect(await env.db.case.count()).toBe(cases);
    expect(await env.db.caseEvent.count()).toBe(events);
  });

  it("files one case when two copies of a submission arrive at once", async () => {
    const claim = goodClaim();
    const before = await env.db.case.count();
    const results = await Promise.all([fileClaim(claim), fileClaim(claim), fileClaim(claim)]);
    expect(new Set(results.map((r) => r.caseNumber)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await env.db.case.count()).toBe(before + 1);
    // The losers' statements rolled their counter increments back: the next number follows on.
    const next = await fileClaim(goodClaim());
    expect(Number(next.caseNumber.slice(-6))).toBe(Number(results[0]!.caseNumber.slice(-6)) + 1);
  });

  it("gives concurrent claims in one country consecutive numbers without gaps", async () => {
    const claim = () => {
      const c = goodClaim();
      return { ...c, lastSeen: { ...c.lastSeen, country: "PE" as const, region: undefined } };
    };
    const errors = vi.spyOn(console, "error");
    const results = await Promise.all(Array.from({ length: 8 }, () => fileClaim(claim())));
    // The same person eight times: every duplicate check marks overlapping cases, none fails.
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    const numbers = results.map((r) => Number(r.caseNumber.slice(-6))).sort((a, b) => a - b);
    expect(results.every((r) => r.caseNumber.startsWith(`PE-${year}-`))).toBe(true);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("refuses a region of another country and writes nothing", async () => {
    const c = goodClaim();
    const before = await env.db.case.count();
    const bad = { ...c, lastSeen: { ...c.lastSeen, country: "BO" as const, region: "BO-ZZ" } };
    await expect(fileClaim(bad)).rejects.toBeInstanceOf(ClaimRejectedError);
    await expect(fileClaim(bad)).rejects.toMatchObject({
      fieldErrors: { "lastSeen.region": "validation:invalidChoice" },
    });
    expect(await env.db.case.count()).toBe(before);
  });

  it("files practice claims with a PRACTICE prefix inside their sandbox", async () => {
    const user = await env.db.user.create({
      data: { email: "t@x.test", name: "T", passwordHash: "x", role: "TRAINER", countryCode: "BZ" },
    });
    const session = await env.db.trainingSession.create({
      data: {
        title: "Cascade",
        kind: "CASCADE_WORKSHOP",
        startDate: new Date(),
        countryCode: "BZ",
        venue: "Belmopan",
        createdById: user.id,
      },
    });
    const c = goodClaim();
    const res = await fileClaim(
      { ...c, lastSeen: { ...c.lastSeen, country: "BZ", region: "BZ-CY" } },
      { practiceSessionId: session.id },
    );
    expect(res.caseNumber).toMatch(new RegExp(`^PRACTICE-BZ-${year}-\\d{6}$`));
    expect(res.caseNumber).toMatch(CASE_NUMBER_PATTERN);
    const row = await env.db.case.findUniqueOrThrow({ where: { caseNumber: res.caseNumber } });
    expect(row.practiceSessionId).toBe(session.id);
    expect(await env.db.inboxItem.count({ where: { caseId: row.id } })).toBe(0);
  });
});
