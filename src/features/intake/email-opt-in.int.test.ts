// The reporter's "email me when there is news" at intake: stored only with an email address,
// refused (translated, on the email field) without one, off unless ticked, in both forms.
import { withTestDb } from "@/testing/with-test-db";
import { describe, expect, it } from "vitest";
import { goodClaim } from "./claim-fixtures";
import { stopSmsUpdates } from "./claim-status";
import { fileClaim } from "./file-claim";
import { claimFromForm } from "./plain-claim-values";
import { ClaimInput } from "./schemas";

const env = withTestDb({ uploads: true });

const claimWith = (reporter: Record<string, unknown>) => {
  const c = goodClaim();
  return { ...c, reporter: { ...c.reporter, ...reporter } };
};
const notifyOf = async (caseNumber: string) =>
  (await env.db.case.findUniqueOrThrow({ where: { caseNumber }, select: { notifyByEmail: true } }))
    .notifyByEmail;

describe("email updates opt-in at intake", () => {
  it("ticked with an email address: the case asks for news", async () => {
    const input = ClaimInput.parse(claimWith({ email: "rosa@example.org", emailUpdates: true }));
    expect(await notifyOf((await fileClaim(input)).caseNumber)).toBe(true);
  });

  it("not ticked (or absent, as from older clients): no news", async () => {
    const input = ClaimInput.parse(claimWith({ email: "rosa@example.org", emailUpdates: undefined }));
    expect(input.reporter.emailUpdates).toBe(false);
    expect(await notifyOf((await fileClaim(input)).caseNumber)).toBe(false);
  });

  it("ticked without an email address is refused on the email field", () => {
    const r = ClaimInput.safeParse(claimWith({ email: undefined, emailUpdates: true }));
    expect(r.success).toBe(false);
    expect(r.error!.issues).toContainEqual(
      expect.objectContaining({ path: ["reporter", "email"], message: "notifications:optIn.needsEmail" }),
    );
  });

  it("the form without JavaScript carries the checkbox", () => {
    const form = new FormData();
    form.set("reporter.email", "rosa@example.org");
    form.set("reporter.emailUpdates", "on");
    const { claim } = claimFromForm(form);
    expect((claim.reporter as { emailUpdates: boolean }).emailUpdates).toBe(true);
  });
});

describe("SMS updates opt-in at intake (decision 153)", () => {
  const phoneNotify = async (caseNumber: string) =>
    (await env.db.case.findUniqueOrThrow({ where: { caseNumber }, select: { notifyByPhone: true } }))
      .notifyByPhone;

  it("ticked with an international number: the case asks for news by SMS", async () => {
    const input = ClaimInput.parse(claimWith({ phone: "+501 612-3456", smsUpdates: true }));
    expect(await phoneNotify((await fileClaim(input)).caseNumber)).toBe(true);
  });

  it("not ticked: no SMS", async () => {
    const input = ClaimInput.parse(claimWith({ phone: "+501 612-3456" }));
    expect(input.reporter.smsUpdates).toBe(false);
    expect(await phoneNotify((await fileClaim(input)).caseNumber)).toBe(false);
  });

  it("ticked with a local number, or none, is refused on the phone field", () => {
    for (const phone of ["612 3456", undefined]) {
      const r = ClaimInput.safeParse(claimWith({ phone, email: "rosa@example.org", smsUpdates: true }));
      expect(r.success).toBe(false);
      expect(r.error!.issues).toContainEqual(
        expect.objectContaining({ path: ["reporter", "phone"], message: "notifications:optIn.needsPhone" }),
      );
    }
  });

  it("the track page withdraws SMS only, and a wrong code changes nothing", async () => {
    const input = ClaimInput.parse(
      claimWith({ phone: "+501 612-3456", smsUpdates: true, email: "rosa@example.org", emailUpdates: true }),
    );
    const filed = await fileClaim(input);
    await expect(stopSmsUpdates(filed.caseNumber, "WRONG-CODE-0000")).rejects.toThrow();
    expect(await phoneNotify(filed.caseNumber)).toBe(true);
    await stopSmsUpdates(filed.caseNumber, filed.trackingCode!);
    expect(await phoneNotify(filed.caseNumber)).toBe(false);
    expect(await notifyOf(filed.caseNumber)).toBe(true);
  });

  it("the form without JavaScript carries the checkbox", () => {
    const form = new FormData();
    form.set("reporter.phone", "+501 612 3456");
    form.set("reporter.smsUpdates", "on");
    const { claim } = claimFromForm(form);
    expect((claim.reporter as { smsUpdates: boolean }).smsUpdates).toBe(true);
  });
});
