import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "./proxy";

const call = (path: string, method = "GET") =>
  proxy(new NextRequest(`http://portal.test${path}`, { method }));

describe("proxy", () => {
  it("gives a page without a locale one", () => {
    const res = call("/report");
    expect(res.status).toBe(307);
    expect(res.headers.get("location")).toBe("http://portal.test/es/report");
  });

  // The matcher for the signed unsubscribe links also catches the API route of the same shape.
  it("never redirects the unsubscribe API (the page's form and the mail client's one-click POST)", () => {
    const res = call("/api/unsubscribe/u1.abc.def", "POST");
    expect(res.headers.get("location")).toBeNull();
    expect(res.status).toBe(200);
  });

  it("marks a signed link's page with its path", () => {
    const res = call("/es/unsubscribe/u1.abc.def");
    expect(res.headers.get("location")).toBeNull();
    expect(res.headers.get("x-middleware-request-x-pathname")).toBe("/es/unsubscribe/u1.abc.def");
  });
});
