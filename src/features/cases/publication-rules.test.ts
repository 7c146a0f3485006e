// The bulletin approval is offered only when it can succeed; otherwise the case page shows the
// reason this rule gives, and the data function refuses a crafted request with the same reason.
import { describe, expect, it } from "vitest";
import { publicationBlocker } from "./publication-rules";

describe("publicationBlocker", () => {
  const open = { consentWithdrawnAt: null };
  it("allows a verified or active case whose family has not withdrawn consent", () => {
    expect(publicationBlocker({ ...open, status: "VERIFIED" })).toBeNull();
    expect(publicationBlocker({ ...open, status: "ACTIVE" })).toBeNull();
  });

  it("names why not: a status the bulletin does not show, or withdrawn consent first", () => {
    for (const status of ["REPORTED", "LOCATED_ALIVE", "LOCATED_DECEASED", "CLOSED", "REJECTED"])
      expect(publicationBlocker({ ...open, status })).toBe("cases:errors.notPublishable");
    const withdrawn = { consentWithdrawnAt: new Date("2026-11-01") };
    expect(publicationBlocker({ ...withdrawn, status: "ACTIVE" })).toBe("cases:errors.consentWithdrawn");
    expect(publicationBlocker({ ...withdrawn, status: "REPORTED" })).toBe("cases:errors.consentWithdrawn");
  });
});
