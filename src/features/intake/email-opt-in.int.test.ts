// The reporter's "email me when there is news" at intake: stored only with an email address,
// refused (translated, on the email field) without one, off unless ticked, in both forms.
import { withTestDb } from "@/testing/with-test-db";
import { describe, expect, it } from "vitest";
import { goodClaim } from "./claim-fixtures";
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
