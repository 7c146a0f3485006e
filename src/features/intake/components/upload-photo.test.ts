import { describe, expect, it } from "vitest";
import { outcomeOf } from "./upload-photo";

const problem = (code: string) => JSON.stringify({ status: 400, code, detail: "…" });

describe("outcomeOf (the photo route's answer, as the form shows it)", () => {
  it("is a success for a stored photo and for one already stored by a lost earlier try", () => {
    expect(outcomeOf(201, '{"stored":true}')).toEqual({ ok: true });
    expect(outcomeOf(200, '{"stored":false}')).toEqual({ ok: true });
  });

  it("shows the server's reason for a refused file, with no retry (sending it again cannot help)", () => {
    expect(outcomeOf(400, problem("intake:errors.photoType"))).toEqual({
      ok: false,
      error: "intake:errors.photoType",
      retry: false,
    });
    expect(outcomeOf(413, problem("intake:errors.photoTooLarge"))).toMatchObject({
      error: "intake:errors.photoTooLarge",
      retry: false,
    });
  });

  it("never shows a key it does not know, nor a body that is not JSON", () => {
    expect(outcomeOf(400, problem("common:problem.invalid"))).toMatchObject({
      error: "intake:errors.photoUnreadable",
    });
    expect(outcomeOf(400, "<html>")).toMatchObject({ error: "intake:errors.photoUnreadable" });
  });

  it("offers a retry for a busy server, a limit, or no answer at all", () => {
    for (const status of [0, 429, 500, 502, 503])
      expect(outcomeOf(status, "")).toMatchObject({ ok: false, retry: true });
    expect(outcomeOf(429, "")).toMatchObject({ error: "common:errors.rateLimited" });
  });

  it("says the claim can no longer take photos when the server does not find it", () => {
    expect(outcomeOf(404, "")).toEqual({ ok: false, error: "intake:uploads.errors.expired", retry: false });
  });
});
